"""Pieces every document shares: parties, the header, descriptions, delivery terms."""

from __future__ import annotations

from export_assist.documents.models import Party, Shipment
from export_assist.documents.texts import Texts
from export_assist.documents.view import Bi, DocView


def party_lines(p: Party, t: Texts) -> list[str]:
    """A party as printed: names, address, country in both languages, tax id, contact."""
    lines = [p.name] + ([p.name_ja] if p.name_ja else [])
    country = t.fmt.country(p.country)
    lines += [p.address, f"{country} / {t.fmt_ja.country(p.country)}"]
    lines += [f"Tax ID: {p.tax_id}"] if p.tax_id else []
    return lines + ([p.contact] if p.contact else [])


def consignee(s: Shipment, kind: str) -> Party:
    """The consignee a document names (a per-document override wins)."""
    override = s.overrides.get(kind)  # type: ignore[call-overload]
    return override.consignee if override and override.consignee else s.parties.consignee


def date(value: object, t: Texts) -> Bi:
    """A date in both languages' long forms."""
    return Bi(t.fmt_ja.date(value), t.fmt.date(value))  # type: ignore[arg-type]


def common(s: Shipment, kind: str, t: Texts, title: str) -> DocView:
    """A document with its title, number, date and the facts every document states."""
    view = DocView(kind=kind, lang=t.lang, title=t.label(title))
    view.meta = [
        (t.label("field.invoice_number"), s.reference),
        (t.label("field.date"), date(s.date, t)),
    ]
    view.facts = {
        "consignee": consignee(s, kind).name,
        "exporter": s.parties.exporter.name,
        "lines": [],
    }
    return view  # fmt: skip


def description(s: Shipment, i: int, t: Texts) -> Bi:
    """A line's description: the user's own wording per language, else translated, else
    the user's English (marked) when nothing translates into the language."""
    line = s.lines[i]
    if t.lang in line.description:
        return Bi(line.description_ja, line.description[t.lang])
    english = line.description.get("en")
    if english and not t.service.available("ja", t.lang):
        return t.english(line.description_ja, english)
    protected = tuple(x for x in (line.model_number,) if x)
    return t.free(line.description_ja, protected=protected)


def delivery(s: Shipment, t: Texts) -> Bi:
    """Incoterms rule, named place and the rule's name in both languages."""
    name = t.label(f"incoterm.{s.incoterm}")
    head = f"{s.incoterm} {s.named_place}, Incoterms® 2020"
    return Bi(f"{head}（{name.ja}）", f"{head} ({name.tgt})")


def all_parties(s: Shipment, kind: str, t: Texts) -> list[tuple[Bi, list[str]]]:
    """Exporter, consignee, notify party and buyer, as the document names them."""
    out = [(t.label("field.exporter"), party_lines(s.parties.exporter, t)),
           (t.label("field.consignee"), party_lines(consignee(s, kind), t))]  # fmt: skip
    if s.parties.notify:
        out.append((t.label("field.notify_party"), party_lines(s.parties.notify, t)))
    if s.parties.buyer:
        out.append((t.label("field.buyer"), party_lines(s.parties.buyer, t)))
    return out


def payment(s: Shipment, t: Texts) -> Bi:
    """Payment terms: the method and split from the term base, the user's note translated."""
    method = t.label(f"pay.{s.payment}")
    ja, tgt = [method.ja], [method.tgt]
    if s.payment_split:
        split = s.payment_split
        adv = t.label("field.advance_payment")
        ja.append(f"{adv.ja} {t.fmt_ja.percent(split.advance_percent)}")
        tgt.append(f"{adv.tgt} {t.fmt.percent(split.advance_percent)}")
        if split.balance_due and split.advance_percent < 100:
            bal, due = t.label("field.balance"), t.label(f"balance.{split.balance_due}")
            ja.append(f"{bal.ja} {t.fmt_ja.percent(100 - split.advance_percent)}（{due.ja}）")
            tgt.append(f"{bal.tgt} {t.fmt.percent(100 - split.advance_percent)} ({due.tgt})")
    note = t.free(s.payment_note) if s.payment_note else None
    if note:
        ja.append(note.ja)
        tgt.append(note.tgt)
    return Bi("、".join(ja), "; ".join(tgt), *((note.note, note.note_ja) if note else ()))
