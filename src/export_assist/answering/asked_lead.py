"""A follow-up that asks a new question of the same topic leads with its own answer: after
a labelling answer, 「どこに相談すればいい？」 is answered by who is in charge, 「どのくらい時間が
かかる？」 by the lead time and 「費用はいくら？」 by an amount, not by the previous answer's
lead card again (the card sentence follows as the context)."""

from __future__ import annotations

import re

from export_assist.answering.asked_facts import FACTS
from export_assist.answering.compose import (
    Composed,
    _where,
    asked_fact,
    authority_in,
    lead_time_text,
)
from export_assist.answering.textclean import plain
from export_assist.answering.understand import Question
from export_assist.domain.compliance import RequirementCard
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import tokenize
from export_assist.translation.termbase import TermBase

# Question types a follow-up asks of the topic the conversation is on.
ASKED = ("who", "when", "how_much", "number")
TEXT = {
    "ja": {
        "who": "{where}、「{title}」の所管は{authority}です。",
        "when": "{where}、「{title}」の期限・所要期間は{lead}です。",
        "consult": "個別の手続きは所管当局の窓口のほか、ジェトロの貿易投資相談"
        "(https://www.jetro.go.jp/services/advice.html)でも相談できます。",
    },
    "en": {
        "who": "{where}, {title} is the responsibility of {authority}.",
        "when": "{where}, the lead time for {title} is {lead}.",
        "consult": "Besides the authority, JETRO's trade and investment advice service "
        "(https://www.jetro.go.jp/services/advice.html) answers questions on export procedures.",
    },
}
# Asking whom to consult, not who is in charge: 「どこに相談すれば」, "who can I ask".
_CONSULT = re.compile(
    r"相談|問い合わせ|問合せ|聞けば|聞いたら|頼めば|consult|who (?:can|should) (?:i|we) ask|contact"
)
_MARKER = re.compile(r"\s*\[\d+\]$")
# Words of any follow-up that say nothing of what it asks.
_GENERIC = {"how", "much", "long", "what", "the", "is", "it", "does", "do", "take"}
_WORD = re.compile(r"^(?:[\u4e00-\u9fff\u30a0-\u30ff]{2,}|[a-z0-9]{3,})$")


def lead_with_asked(out: Composed, q: Question, termbase: TermBase | None) -> Composed:
    """The answer to what the follow-up asks first; the answer unchanged when the question
    is no follow-up on the same topic or nothing composed answers it."""
    if "topic" not in q.inherited or q.qtype not in ASKED or not out.cards or not out.lines:
        return out
    card = out.cards[0]
    found = _asked_line(card, q, termbase)
    if found:
        marker = _MARKER.search(out.lines[0])
        out.lines.insert(0, found + (marker.group(0) if marker else ""))
    elif (i := _stating_quote(out, q)) is not None:
        line = out.lines.pop(i)
        out.lines.insert(0, re.sub(r"^(?:・|• )", "", line))
    if q.qtype == "who" and _CONSULT.search(nfkc(q.text).lower()):
        lang = "ja" if q.language == "ja" else "en"
        out.lines.insert(1, TEXT[lang]["consult"])
    return out


def _asked_line(card: RequirementCard, q: Question, termbase: TermBase | None) -> str:
    """The card's field the question asks for, as one sentence ('' when it has none)."""
    lang = "ja" if q.language == "ja" else "en"
    title = plain(card.title_ja if lang == "ja" and card.title_ja else card.title)
    where = _where(card, q)
    if q.qtype == "who":
        authority = authority_in(card, lang, termbase)
        return (
            TEXT[lang]["who"].format(where=where, title=title, authority=plain(authority))
            if authority
            else ""
        )
    requirement = card.requirement_ja if lang == "ja" and card.requirement_ja else card.requirement
    fact = asked_fact(requirement, title, q).strip()
    if fact and _content(q.text) & _content(fact):  # about what this message asks
        return fact
    lead = lead_time_text(card, lang) if q.qtype == "when" else ""
    return TEXT[lang]["when"].format(where=where, title=title, lead=plain(lead)) if lead else ""


def _stating_quote(out: Composed, q: Question) -> int | None:
    """The first quoted line that states the fact asked for when the card sentence does not."""
    fact = FACTS.get(q.qtype)
    if fact is None or fact.search(out.lines[0]):
        return None
    own = _content(q.text)  # the follow-up's own words ("費用", "有効期間")
    first = len(out.cards)
    for i, line in enumerate(out.lines[first:], start=first):
        said = _MARKER.sub("", line)
        if fact.search(said) and own & _content(said):
            return i
    return None


def _content(text: str) -> set[str]:
    """Content tokens: kanji, katakana or Latin (no kana bigram such as 「用は」)."""
    return {w for w in tokenize(text) if _WORD.match(w)} - _GENERIC
