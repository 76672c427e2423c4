"""A demonym used as the name of a language names no market: "labels in both English and
French" is about Canada's two languages, not France; "a French-language label", "translate it
into German" likewise. "A French importer" still names France (places.py)."""

from __future__ import annotations

import re

# Language names an answer meets beside a demonym ("English and French", "French or Dutch").
_LANGUAGES = (
    "english|french|german|chinese|korean|japanese|spanish|italian|dutch|thai|vietnamese|"
    "portuguese|arabic|malay|indonesian|hindi|tagalog|filipino|mandarin|cantonese"
)
# Right before the word: "in French", "into German", "in both English and French".
_BEFORE = re.compile(r"\b(?:in|into|to)\s+(?:both\s+|either\s+)?$", re.I)
# Paired with a word that is only a language ("English and French", "French or English") or
# with a language after "in" ("in German and French"); "a German and French distributor"
# still names two markets.
_ONLY_LANGUAGE = "english|mandarin|cantonese|arabic|hindi|tagalog|filipino"
_PAIRED_BEFORE = re.compile(
    rf"(?:\b(?:{_ONLY_LANGUAGE})|\b(?:in|into)\s+(?:both\s+)?(?:{_LANGUAGES}))"
    r"\s*(?:and|or|&|/|,)\s*$",
    re.I,
)
_PAIRED_AFTER = re.compile(rf"^\s*(?:and|or|&|/|,)\s*(?:{_ONLY_LANGUAGE})\b", re.I)
# After "in French" the phrase ends ("in French?", "in French and English", "in French on the
# label"); "sold in Canadian supermarkets" names Canada.
_ENDS = re.compile(r"^\s*(?:[.,;:?!？。)]|$|(?:and|or|as|on|only|too|please)\b)", re.I)
# Right after the word: "French-language", "French translation", "German text".
_AFTER = re.compile(
    r"^(?:-|\s)(?:language|languages|translation|translations|version|versions|text|"
    r"wording|speaking|speakers?|labels? only)\b",
    re.I,
)


def spoken(text: str, start: int, surface: str) -> bool:
    """Whether the demonym at `start` is used as a language name."""
    before = text[max(0, start - 40) : start]
    after = text[start + len(surface) : start + len(surface) + 40]
    return bool(
        (_BEFORE.search(before) and _ENDS.match(after))
        or _PAIRED_BEFORE.search(before)
        or _PAIRED_AFTER.match(after)
        or _AFTER.match(after)
    )
