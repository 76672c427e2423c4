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
_EN_NEGATED = re.compile(
    r"(?i)\((?:not|non|no|without)\b[^()]*\)|\b(?:without|not)\s+[a-z-]+(?=\s*[,;)]|\s*$)"
)
_EMPTY_BRACKETS = re.compile(r"[（(][\s、,，]*[）)]")


def drop_negated(text: str) -> str:
    """The description without what it says the goods are not."""
    out = _JA_NEGATED.sub("", f" {text}")
    out = _EN_NEGATED.sub("", out)
    out = re.sub(r"[、,，]\s*(?=[）)])|(?<=[（(])\s*[、,，]", "", out)
    return " ".join(_EMPTY_BRACKETS.sub(" ", out).split())
