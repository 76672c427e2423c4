"""Follow-ups: a message inherits product, markets and topic from the conversation, and a
message that only changes a slot ("フランスの場合は？") re-asks the previous question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from export_assist.answering import vocab
from export_assist.answering.places import find_places, market_name
from export_assist.answering.understand import Question, understand
from export_assist.languages import reply_language
from export_assist.retrieval.normalize import nfkc

# What is left of "フランスの場合は？" / "And what about France?" once places are removed.
_FILLER = re.compile(
    r"(の場合は?|の場合|では|だと|なら|はどう(です|でしょう)?か?|はどう|は|も|について|"
    r"and|what|about|how|for|in|the|case|of|instead|then|if|it|is|what's|\s|[?？!！。、.,])",
    re.I,
)
# "その中で" / "among them": the question is about the previous answer's items.
_ANAPHORA = (
    "その中で",
    "そのうち",
    "その中",
    "それ",
    "これ",
    "among them",
    "of those",
    "which of",
    "among these",
    "that one",
    "this one",
    "この",
    "その",
)


def slot_only(text: str) -> bool:
    """True when the message is only a market or product change ("フランスの場合は？")."""
    rest = nfkc(text)
    for m in sorted(find_places(rest), key=lambda m: -m.start):
        rest = rest[: m.start] + rest[m.start + len(m.surface) :]
    return len(_FILLER.sub("", rest)) <= 1


# What is left of "綿です" / "It's cotton." once the material words are removed.
_MATERIAL_FILLER = re.compile(
    r"(?i)(です|でできています|でできている|で作られています|製品?|素材は?|材質は?|です|だよ|"
    r"100|%|パーセント|it'?s|it is|they are|they'?re|made|of|from|pure|all|\s|[?？!！。、.,])"
)


def material_answer(text: str) -> str:
    """The material word when the message only names a material ("綿です"), else ''."""
    low = nfkc(text).lower()
    said = ""
    for _name, words in vocab.MATERIALS:
        for word in sorted(words, key=len, reverse=True):
            if word in low:
                said = said or word
                low = low.replace(word, "")
    return said if said and len(_MATERIAL_FILLER.sub("", low)) <= 1 else ""


def _with_material(previous: Question, current: Question, word: str) -> Question:
    """The previous question again, now with the material the user answered."""
    phrase = previous.phrase or previous.product
    if word.lower() not in phrase.lower():
        joined = phrase.isascii() or word.isascii()
        phrase = f"{word} {phrase}" if joined else f"{word}{phrase}"
    return previous.with_(
        text=current.text,
        language=current.language,
        material=current.material,
        phrase=phrase,
        asked=previous.asked or previous.text,
        context=previous.asked or previous.text,
        inherited=["product", "question"],
    )


def resolve(current: Question, previous: Question | None, covered: frozenset[str]) -> Question:
    """The current question with what it leaves unsaid taken from the previous one."""
    if previous is None:
        return current
    word = material_answer(current.text) if current.material else ""
    if word and previous.product:  # 「このタオルのHSコードは？」「綿です」
        return _with_material(previous, current, word)
    if slot_only(current.text) and (current.destinations or current.unsupported):
        asked = swap_market(previous.asked or previous.text, current)
        again = understand(asked, covered)
        return again.with_(
            text=current.text,
            language=current.language,
            destinations=current.destinations,
            unsupported=current.unsupported,
            product=again.product or previous.product,
            phrase=again.phrase or previous.phrase,
            material=again.material or previous.material,
            categories=again.categories or previous.categories,
            conditions=again.conditions or previous.conditions,
            intent=previous.intent,
            topics=previous.topics,
            qtype=previous.qtype,
            asked=asked,
            inherited=["question"],
        )
    return _inherit(current, previous)


def swap_market(text: str, current: Question) -> str:
    """The earlier question asked of the new market: "マレーシア向けに使える協定は？" becomes
    "カナダ向けに使える協定は？", so retrieval reads the new market, not the old one."""
    new = [*current.destinations, *current.unsupported]
    mentions = [m for m in find_places(text) if m.code != "JP"]
    if len(new) != 1 or len({m.code for m in mentions}) != 1:
        return text
    name = market_name(new[0], reply_language(text))
    for m in sorted(mentions, key=lambda m: -m.start):
        text = text[: m.start] + name + text[m.start + len(m.surface) :]
    return text


def _inherit(current: Question, previous: Question) -> Question:
    inherited: list[str] = []
    changes: dict[str, object] = {}
    if not current.destinations and not current.unsupported and not _japan_only(current):
        changes |= {"destinations": previous.destinations, "unsupported": previous.unsupported}
        inherited.append("market")
    # a product the vocabulary lacks is still the conversation's (「冷凍たこ焼き」, s9 trial V9)
    if not current.product and not current.hs_code and (previous.product or previous.phrase):
        changes |= {
            "product": previous.product,
            "categories": previous.categories,
            "conditions": previous.conditions,
            "phrase": previous.phrase,
            "material": current.material or previous.material,  # the same product's
        }
        inherited.append("product")
        if previous.hs_code:
            changes["hs_code"] = previous.hs_code
    if not current.topics and _refers_back(current.text):
        changes |= {"topics": previous.topics, "japan_side": previous.japan_side}
        # a question of its own ("FDAの事前通知はいつまでに？") is not the checklist again
        own = previous.intent == "checklist" and current.qtype != "what" and not _anaphora(current)
        if current.intent == "regulation" and not own:
            changes["intent"] = previous.intent
        inherited.append("topic")
    if not current.material and previous.material and current.intent == previous.intent:
        changes["material"] = previous.material
    if not current.topics and (inherited or not current.product):
        # a follow-up leans on the previous question ("And what is the UK equivalent?")
        changes["context"] = previous.asked or previous.text
    return current.with_(**changes, inherited=inherited) if changes else current


def _japan_only(q: Question) -> bool:
    return q.japan_side and not q.destinations


def _anaphora(q: Question) -> bool:
    """The message points at the previous answer's items ("その中で", "among them")."""
    low = nfkc(q.text).lower()
    return any(w in low for w in _ANAPHORA)


_PRONOUN = re.compile(r"\b(it|that|this|they|them|those|these|one)\b")


def _refers_back(text: str) -> bool:
    low = nfkc(text).lower()
    return any(w in low for w in _ANAPHORA) or bool(_PRONOUN.search(low)) or len(low) <= 25


def resolve_history(messages: Sequence[str], current: str, covered: frozenset[str]) -> Question:
    """Understand the current message in the light of the user's earlier messages."""
    previous: Question | None = None
    for text in messages:
        previous = resolve(understand(text, covered), previous, covered)
    return resolve(understand(current, covered), previous, covered)
