"""Whether a message asks for a tool or only mentions its subject: a translation asked for, not
asked about (a rule question); buyers searched for, not a rule to "find out"."""

from __future__ import annotations

import re

from export_assist.answering.words import FIND_OUT, FOUND_PARTY, NAMED_LIST, OWN_MAKING, TAX_INVOICE

# Asking for a translation, not about one: 「次の文を英訳してください：…」, "Translate this into
# English", never 「日本の表示をそのまま英訳すればいい？」 (test18: the question came back untranslated
# with an English note) nor "Do I need to translate the label into French?" (both rules).
# 通訳 is an interpreter (「展示会の通訳をお願いしたい」: a business question), not a translation.
_TRANSLATE_ACT = re.compile(
    r"(?<!通)訳して|(?<!通)訳を(?:お願い|ください|頼)|(?<!通)訳お願い|\btranslat(?:e|ion)\b"
)
_POLITE = re.compile(
    r"ください|下さい|お願い|もらえ|いただけ|ほしい|欲しい|\b(?:can|could|would|will) you\b|\bplease\b"
)
_ASKS_RULE = re.compile(
    r"[?？]|必要|べき|いい(?:の|か|です)|ますか|でしょうか|\b(?:do|does|is|are|must|should)\b"
)


def asks_translation(lowered: str) -> bool:
    """A request to translate a text: an action form, asked politely or as a plain order; the
    text to translate (after a colon or in quotes) is not read for question marks."""
    unquoted = re.sub(r"「[^」]*」|『[^』]*』|\"[^\"]*\"", " ", lowered)
    request = re.split(r"[:：]", unquoted, maxsplit=1)[0]
    if not _TRANSLATE_ACT.search(request):
        return False
    return bool(_POLITE.search(request)) or not _ASKS_RULE.search(request)


def buyer_search_text(lowered: str) -> str:
    """What a buyer search reads: no list named in katakana (REACH's 候補リスト), no "find
    out" (a rule asked: "where do we find out what Vietnam requires", test18) and no candidate
    already found."""
    return FOUND_PARTY.sub(" ", FIND_OUT.sub(" ", NAMED_LIST.sub(" ", lowered)))


def drafting_text(lowered: str) -> str:
    """What a document request reads: not the exporter's own making of its goods, nor a tax
    invoice a tax office wants (a tax matter, not a trade document to draft)."""
    return TAX_INVOICE.sub(" ", OWN_MAKING.sub(" ", lowered))


# A business meeting or fair the exporter is going to, named beside a rule asked about what it
# takes there (「クアラルンプールの商談会に、見本として精米を…持っていく。どこかの役所に何か届けない
# といけませんか？」, test44 t020 got JETRO's programmes): the place of the trip, not a meeting asked for.
_GOING_TO = re.compile(
    r"(?:商談会|見本市|展示会)(?:に|へ|で)"
    r"(?=[^。？?]{0,30}(?:持って|持ち込|持参|携行|送る|送って|送ります))"
)
_RULE_WORDS = re.compile(r"届け|届出|手続|許可|申告|検査|証明|規制|いけません|必要")


def programme_text(lowered: str) -> str:
    """What a programme request reads: no fair the exporter goes to when a rule is asked."""
    return _GOING_TO.sub(" ", lowered) if _RULE_WORDS.search(lowered) else lowered


def rule_text(intent: str, lowered: str) -> str:
    """The text an intent's rule words are looked for in (intent.RULES)."""
    if intent == "shortlist":
        return buyer_search_text(lowered)
    if intent == "programmes":
        return programme_text(lowered)
    return drafting_text(lowered) if intent == "documents" else lowered
