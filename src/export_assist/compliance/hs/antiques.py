"""Age of works of art and collectors' pieces (chapter 97): a subheading "of an age exceeding
100 years" is for antiques only. An SME's goods are new unless the description says they are
old: "original watercolour paintings (painted by hand this year)" is 9701.91, not 9701.21
(test34 t013 put the antique sibling first)."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

_ANTIQUE_CODE = re.compile(r"(?i)of an age exceeding 100 years")
_YOUNG_CODE = re.compile(r"(?i)of an age not exceeding 100 years")
# what says the goods are old: antique, a century, a period before living memory
_SAYS_OLD = re.compile(
    r"(?i)\b(?:antiques?|antiquit(?:y|ies)|centur(?:y|ies)|(?:1[0-8]|[2-9])\d\d\s*s?\b|"
    r"\d{3,}\s*years?\s*old|over\s+100\s+years|edo[- ]period|meiji)\b|"
    r"骨董|古美術|アンティーク|百年|100年|世紀|江戸時代|明治|大正|時代物|古い"
)


def is_antique_code(own_text: str) -> bool:
    """Whether a subheading's own text is for goods more than 100 years old."""
    return bool(_ANTIQUE_CODE.search(own_text))


def is_young_code(own_text: str) -> bool:
    """Whether a subheading's own text is for such goods at most 100 years old."""
    return bool(_YOUNG_CODE.search(own_text))


def says_old(text: str) -> bool:
    """Whether a description says the goods are old enough to be antiques."""
    return bool(_SAYS_OLD.search(nfkc(text)))
