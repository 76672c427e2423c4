"""The two documents made of running text: the statement on origin (the agreement's own
wording per language) and the cover letter (a template per language). Neither needs a
translation model; only the user's own message does."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import jinja2

from export_assist.documents.localfmt import Fmt
from export_assist.documents.models import Shipment
from export_assist.documents.origin import load_agreements
from export_assist.documents.parts import common, date, description, party_lines
from export_assist.documents.texts import Texts
from export_assist.documents.view import Bi, DocView


@lru_cache(maxsize=32)
def _template(lang: str) -> jinja2.Template:
    name = f"cover_letter.{lang}.txt"
    text = (resources.files("export_assist.documents") / "data" / "letters" / name).read_text(
        "utf-8"
    )
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False
    )
    return env.from_string(text)


def letter_langs() -> set[str]:
    """Languages with a cover-letter template."""
    folder = resources.files("export_assist.documents") / "data" / "letters"
    return {
        p.name[len("cover_letter.") : -len(".txt")]
        for p in folder.iterdir()
        if p.name.startswith("cover_letter.")
    }


def _letter(s: Shipment, t: Texts, lang: str) -> str:
    fmt = t.fmt_ja if lang == "ja" else t.fmt
    departure = fmt.date(s.transport.departure) if s.transport.departure else None
    return _template(lang).render(
        buyer=s.buyer.name, reference=s.reference, departure=departure, vessel=s.transport.vessel,
        port_of_loading=s.transport.port_of_loading, port_of_discharge=s.transport.port_of_discharge,
    ).strip()  # fmt: skip


def cover_letter(s: Shipment, t: Texts) -> DocView:
    """Cover letter: the template of each language filled with the shipment's fields, the
    enclosed documents from the term base, and the user's own message translated."""
    view = common(s, "cover_letter", t, "doc.cover_letter")
    view.parties = [(t.label("field.buyer"), party_lines(s.buyer, t))]
    view.body_first = True
    target = t.lang if t.lang in letter_langs() else "en"
    note = None if target == t.lang else f"no {t.lang} letter template; English used"
    view.paragraphs.append(Bi(_letter(s, t, "ja"), _letter(s, t, target), note))
    if s.letter_ja:
        view.paragraphs.append(t.free(s.letter_ja, protected=(s.reference,)))
    enclosed = [t.label(f"doc.{k}") for k in s.documents if k != "cover_letter"]
    view.rows = [[str(i + 1), b] for i, b in enumerate(enclosed)]
    view.columns = [t.label("field.line_no"), t.label("field.enclosures")]
    view.totals = [(t.label("field.signature"), s.parties.exporter.name)]
    return view


def origin_statement(s: Shipment, t: Texts) -> DocView:
    """Statement on origin in the agreement's wording, with the data elements it requires."""
    view = common(s, "origin_statement", t, "doc.origin_statement")
    if s.agreement is None:
        return view
    rules = load_agreements()[s.agreement]
    view.meta.append((t.label("field.agreement"), t.label(rules.term_id)))
    view.parties = [(t.label("field.exporter"), party_lines(s.parties.exporter, t)),
                    (t.label("field.consignee"), party_lines(s.parties.consignee, t))]  # fmt: skip
    reference = s.parties.exporter.tax_id or "—"
    origin = s.lines[0].origin
    used, wording, note = rules.text(t.lang)
    ja_used, ja_wording, ja_note = rules.text("ja")
    tgt_fmt = t.fmt if used == t.lang else Fmt(used)
    ja_text = ja_wording.format(exporter_reference=reference, origin_name=t.fmt_ja.country(origin))
    if ja_note and ja_used == "ja":
        ja_text = f"（参考訳）{ja_text}"
    tgt_text = wording.format(exporter_reference=reference, origin_name=tgt_fmt.country(origin))
    view.paragraphs.append(Bi(ja_text, tgt_text))
    view.columns = [
        t.label(f"field.{c}")
        for c in ("line_no", "description", "hs_code", "origin", "origin_criterion")
    ]
    view.rows = [[str(i + 1), description(s, i, t), ln.hs_code, ln.origin, rules.criterion(ln.origin_criterion)]
                 for i, ln in enumerate(s.lines)]  # fmt: skip
    place = Bi(
        f"{s.transport.port_of_loading}、{date(s.date, t).ja}",
        f"{s.transport.port_of_loading}, {date(s.date, t).tgt}",
    )
    view.meta.append((t.label("field.place_date"), place))
    view.totals = [(t.label("field.printed_name"), s.parties.exporter.name)]
    view.notes.append(
        f"{rules.basis}; valid {rules.validity_months} months. Wording: {rules.wording_source}."
    )
    if note:
        view.notes.append(f"Statement wording ({t.lang}): {note}.")
    view.facts["origin_lines"] = [{"hs_code": ln.hs_code, "origin": ln.origin} for ln in s.lines]
    return view
