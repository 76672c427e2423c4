"""What a product description says the goods are *not* (「ホーローなし」, 「電動じゃない」,
「ココアは入ってない」, "(not seasoned)"): left out of the text the HS ranker reads, since
the negated word would otherwise pull toward the very subheading the goods are not
(enamelled 7323.92, electric bicycles 8711.60, containing cocoa 1806)."""

from __future__ import annotations

import re

# a clause ending in a negation, inside brackets or between commas; at least one
# character before なし, so 「なし」 (pears) alone stays
_JA_NEGATED = re.compile(
    r"(?<=[（(、,，。\s])[^（）()、,，。\s]+?"
    r"(?:なし|無し|ない|じゃない|ではない|でない|不使用|(?:して|では|で|じゃ)?(?:い|あり)?ません)"
    r"(?:やつ|もの|の|タイプ|です)?"
    r"(?=[）)、,，。\s]|$)"
)
# 「熱帯材でも竹でもない木材」: a chain of denials before the noun they describe (s58: tuning
# test54 t012); the noun (木材) stays
_JA_NEITHER = re.compile(r"(?:[^\s、,，。（）()]{1,8}?でも){1,3}ない(?=[^\s、,，。（）()])")
# "(not seasoned)", "not bamboo", and a chain of them, "not bamboo and not moulded pulp" (s55: tuning
# escalation_dev45 d008 was classified as bamboo pulp), up to the clause's end; a two-word first
# denial stays ("not lead crystal" meets "other than of lead crystal", 7013.28)
_EN_NEGATED = re.compile(
    r"(?i)\((?:not|non|no|without)\b[^()]*\)|"
    r"\b(?:without|not)\s+[a-z-]+(?:\s+(?:and|or|nor)\s+(?:not\s+)?[a-z-]+(?:\s+[a-z-]+)?)*"
    r"(?=\s*[,;)]|\s*\.?\s*$)"
)
_EMPTY_BRACKETS = re.compile(r"[（(][\s、,，]*[）)]")


def negated(text: str) -> list[str]:
    """What the description says the goods are not, each as written (「プラスチック不使用」,
    "not bamboo and not moulded pulp")."""
    found = (*_JA_NEGATED.finditer(f" {text}"), *_JA_NEITHER.finditer(text))
    return [m.group() for m in (*found, *_EN_NEGATED.finditer(text))]


def drop_negated(text: str) -> str:
    """The description without what it says the goods are not."""
    out = _JA_NEITHER.sub("", _JA_NEGATED.sub("", f" {text}"))
    out = _EN_NEGATED.sub("", out)
    out = re.sub(r"[、,，]\s*(?=[）)])|(?<=[（(])\s*[、,，]", "", out)
    return " ".join(_EMPTY_BRACKETS.sub(" ", out).split())
