"""Units of a passage that say nothing to quote: a pointer to another document, a list of
sources or web addresses, a table's header row; and a pointer inside a sentence, cut out;
a mistakes section's items read with its heading."""

from __future__ import annotations

import re

from export_assist.sentences import CJK

# A pointer to another document says nothing itself ("詳細は…を参照してください。", or a
# list of document titles: 「全体像は「…」と「…」…を参照してください。」), nor does a sentence
# about the document itself ("本書は日本側の手続きだけをまとめます。", "This document covers…").
_POINTER = re.compile(
    r"^(?:詳細は|詳しくは|あわせて)?[^。]{0,60}(?:を|も)(?:参照|ご参照|ご覧)(?:ください|してください)。?$|"
    r"^[^。]*「[^」]+」[^。]*(?:を|も)(?:参照|ご参照|ご覧)(?:ください|してください)。?$|"
    r"^(?:本書|本文書|この文書|このドキュメント|本資料|この資料)(?:は|では|で)|"
    r"(?:本書|本文書|この文書)(?:は|では)[^。]{0,40}(?:まとめ|扱|説明|解説)|"
    r"^see (?:the|also|our) [^.]{0,80}\.?$|^this (?:document|note|page|guide) ",
    re.I,
)
# A pointer inside a sentence: 「…が別に扱います(「日本の酒類の輸出手続き」参照)。」, "(see
# us-fda-food-facility-registration)": the sentence reads without it.
_INNER_POINTER = re.compile(
    r"\s*[(（](?:詳細は)?「[^」]{1,60}」(?:を)?参照[)）]|\s*\(see [a-z]{2,4}-[a-z0-9-]+\)", re.I
)


# A list of sources ("Sources 21 CFR Part 1, eCFR: https://…"), as a PDF's text brings it
# in without a heading the cleaner could drop.
_SOURCES = re.compile(r"^(?:sources?|references?|出典|参考資料|参考文献)\b[\s:：]", re.I)
_URL = re.compile(r"https?://\S+")


def _references(unit: str) -> bool:
    """A unit that lists sources or is mostly web addresses: nothing to quote."""
    urls = _URL.findall(unit)
    share = sum(len(u) for u in urls) / max(1, len(unit))
    return bool(_SOURCES.match(unit)) or len(urls) >= 2 or share >= 0.5


def _table_header(unit: str) -> bool:
    """A table row of short labels ('GB regulation: EU equivalent: Scope') says nothing."""
    cells = [c for c in re.split(r":\s*", unit) if c]
    return len(cells) >= 3 and all(len(c.split()) <= 4 and len(c) <= 40 for c in cells[1:])


def says_nothing(unit: str) -> bool:
    """A pointer, a list of sources or a table header: nothing of its own to quote."""
    return _table_header(unit) or bool(_POINTER.search(unit)) or _references(unit)


def without_pointer(sentence: str) -> str:
    """The sentence without a pointer inside it (「(「…」参照)」, "(see us-…)")."""
    return _INNER_POINTER.sub("", sentence)


# A section of mistakes ("よくある失敗", "Common pitfalls"): its items state what goes wrong
# ("英国輸入者の住所表示がない。"), which reads as a rule unless it says so.
_MISTAKES = re.compile(
    r"^(?:よくある(?:失敗|誤り|間違い|落とし穴)|(?:common )?pitfalls\b.*)$", re.I
)


def labelled(unit: str, section: str) -> str:
    """A unit of a mistakes section with that heading in front ("よくある失敗：…"); a bare
    Japanese list item, which says nothing alone, too (「事前承認が必要な品目：武器・弾薬、…、
    花火・爆発物（国防省）」, qa25-t042 quoted the item alone)."""
    heading = section.rsplit(">", 1)[-1].strip()
    if _MISTAKES.match(heading) and not unit.startswith(heading):
        return f"{heading}：{unit}" if CJK.search(heading) else f"{heading}: {unit}"
    named = _BRACKETED.sub("", heading).strip()
    if _bare_item(unit) and CJK.search(named) and len(named) <= 30 and named not in unit:
        return f"{named}：{unit}"
    return unit


# A note in brackets in a heading (「（カッコ内はジェトロが記す主管官庁）」) is no part of its name.
_BRACKETED = re.compile(r"\s*[（(][^（）()]*[）)]")


def _bare_item(unit: str) -> bool:
    """A Japanese list item that is no sentence (no 。, no label of its own)."""
    text = unit.rstrip()
    return (
        bool(CJK.search(text))
        and not text.endswith(("。", ".", "？", "?", "!", "！"))
        and "：" not in text
        and ":" not in text
        and len(text) <= 80
    )


# A sentence whose only statement is that something was not checked (「…かどうかは確認して
# いません（要確認）。」, "… has not been checked (to be confirmed).") tells the reader what the
# sources do not know: quoted only where it is what was asked (escalation_dev22 d016: two of
# three lines were such sentences; test24 t007 led with one about another product).
_UNCHECKED = re.compile(
    r"(?:確認していません|確認できていません|確認していない|確認できない|確認できません|未確認です)"
    r"\s*[(（]?(?:要確認)?[)）]?[。.]?\s*$"
    r"|\b(?:not|never) (?:yet )?(?:been )?(?:checked|confirmed|verified)\b[^.]{0,40}"
    r"(?:\s*\((?:to be confirmed|unverified|to be checked)\))?\.?\s*$",
    re.I,
)


def unchecked(unit: str) -> bool:
    """The sentence says only that something was not checked."""
    return bool(_UNCHECKED.search(unit))
