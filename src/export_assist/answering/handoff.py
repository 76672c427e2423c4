"""The honest hand-off: what is known, what is not covered (and which markets are),
the Japan-side part when there is one, and that an advisor has the question as a draft."""

from __future__ import annotations

from export_assist.answering import business
from export_assist.answering.compose import Composed
from export_assist.answering.coverage import Coverage
from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.scope import family_name
from export_assist.answering.understand import Question, has_any
from export_assist.answering.vocab import ADVICE_GROUPS
from export_assist.answering.words import advice_said, dated_rate, soft_advice
from export_assist.answering.years import future_years
from export_assist.domain.citations import Citation
from export_assist.retrieval.normalize import nfkc


def names(codes: list[str], lang: str) -> str:
    return t(lang, "sep").join(market_name(c, lang) for c in codes)


def unsupported(q: Question, covered: list[str], japan: Composed) -> tuple[str, list[Citation]]:
    """A market the corpus does not cover: say so, list what is covered, answer Japan's side."""
    lang = q.language
    lines = [
        t(lang, "not_covered", markets=names(q.unsupported, lang)),
        t(lang, "covered", markets=names(covered, lang)),
    ]
    if japan.lines:
        lines += ["", t(lang, "japan_part"), *japan.lines]
    lines += ["", t(lang, "escalated")]
    return "\n".join(lines), japan.citations.items


def not_covered_head(q: Question, covered: list[str]) -> str:
    """The opening of an answer that covers only some of the markets named."""
    lang = q.language
    lines = [
        t(lang, "not_covered", markets=names(q.unsupported, lang)),
        t(lang, "covered", markets=names(covered, lang)),
    ]
    return "\n".join(lines)


def thin(q: Question, covered: list[str], composed: Composed, found: Coverage | None = None) -> str:
    """Evidence too weak for an answer: what is not covered, what the sources do say,
    then the hand-off."""
    lang = q.language
    lines = [t(lang, "thin")]
    missing = (found.years + found.missing)[:4] if found else []
    if missing:
        quoted = t(lang, "sep").join(t(lang, "quoted", term=m) for m in missing)
        lines.append(t(lang, "not_about", what=quoted))
    if composed.lines:
        lines += ["", t(lang, "known"), *composed.lines[:3]]
    if not q.destinations and not q.japan_side:
        lines += ["", t(lang, "covered", markets=names(covered, lang))]
    lines += ["", t(lang, "escalated")]
    return "\n".join(lines)


def beyond_scope(q: Question, families: list[str]) -> str:
    """Products no document of the question's markets is about: say so, hand off."""
    lang = q.language
    what = t(lang, "sep").join(family_name(f, lang) for f in families)
    where = names(q.destinations, lang) if q.destinations else ""
    key = "beyond_scope_market" if where else "beyond_scope"
    return "\n".join([t(lang, key, what=what, markets=where), "", t(lang, "escalated")])


def advice_kinds(q: Question) -> list[str]:
    """The kinds of advice the question asks for (vocab advice groups)."""
    low = nfkc(q.asked or q.text).lower()
    said = advice_said(low)  # 「2,500豪ドル分の注文」 asks nothing of exchange rates
    soft = soft_advice(said)
    kinds = [
        k
        for k, g in ADVICE_GROUPS.items()
        if has_any(said, tuple(g["words"])) or (soft and has_any(said, tuple(g.get("soft") or ())))
    ]
    kinds += [k for k in business.kinds(q) if k not in kinds]
    return kinds if kinds or not dated_rate(low) else ["forecasts"]


def by_type(q: Question) -> bool:
    """Advice by the question's type (business.TYPE_KINDS): no checklist answers it."""
    return q.advice and bool(set(advice_kinds(q)) & business.TYPE_KINDS)


def advice(q: Question) -> str:
    """Advice no regulation text gives (contracts, lawsuits, forecasts, quotes): say which
    kind, that the sources do not answer it, and hand off."""
    lang = q.language
    kinds = advice_kinds(q)
    groups = [ADVICE_GROUPS[k] for k in kinds]
    what = t(lang, "sep").join(str(g[lang if lang == "ja" else "en"]) for g in groups)
    years = future_years(q.asked or q.text)
    if "forecasts" in kinds and years:  # the year asked about, so the user sees it was read
        what += f"（{'、'.join(years)}年）" if lang == "ja" else f" for {', '.join(years)}"
    lines = [t(lang, "advice", what=what or t(lang, "advice_what")), t(lang, "advice_can")]
    lines += ["", t(lang, "escalated")]
    return "\n".join(lines)


def judged(q: Question, listing: str) -> str:
    """A business judgement (which sells better, the cheapest forwarder) asked where a tool
    answered with a listing (support programmes): the listing may help, but an advisor has
    the question (s18, qa15-t038: a programme list replaced the hand-off)."""
    head, _, tail = advice(q).rpartition("\n\n")
    return "\n\n".join([head, listing, tail])


def advice_known(q: Question, known: Composed) -> tuple[str, list[Citation]]:
    """The advice hand-off, with what the sources say on the part that asks a rule (a
    two-part question: 「FDAの登録は必要？あと州の売上税は？」)."""
    text = advice(q)
    if not known.lines:
        return text, []
    head, _, tail = text.rpartition("\n\n")
    lines = [head, "", t(q.language, "known"), *known.lines[:3], "", tail]
    return "\n".join(lines), known.citations.items


def finish(q: Question, composed: Composed) -> str:
    """An answer's lines, then whether a source is under review and where to check."""
    lines = list(composed.lines)
    if any(c.review_status == "needs_review" for c in composed.citations.items):
        lines.append(t(q.language, "needs_review"))
    lines.append(t(q.language, "check"))
    return "\n".join(lines)


def with_escalated(text: str, escalate: bool, lang: str) -> str:
    """The answer with the hand-off said at its end, once, when it escalates."""
    note = t(lang, "escalated")
    return f"{text}\n\n{note}" if escalate and note not in text else text
