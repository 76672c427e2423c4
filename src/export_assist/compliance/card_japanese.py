"""Lint of a card's Japanese renderings: a lead time or legal basis written in English needs
its Japanese form, and the Japanese form names no number the English one does not (a
translation never invents a regulation number, year or duration)."""

from __future__ import annotations

import re
import unicodedata

from export_assist.domain.compliance import RequirementCard

# (English field, Japanese field) pairs a Japanese user reads in every view.
PAIRS = (("lead_time", "lead_time_ja"), ("legal_basis", "legal_basis_ja"))
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d+")
# Words an English text may spell a number with ("about two weeks", "September"); Japanese
# writes digits.
_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12",
    # month names: 「9月〜4月」 for "September-April"
    "january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6",
    "july": "7", "august": "8", "september": "9", "october": "10", "november": "11",
    "december": "12",
}  # fmt: skip


def numbers(text: str) -> set[str]:
    """The numbers a text names (digits after NFKC, and English number words)."""
    flat = unicodedata.normalize("NFKC", text)
    found = {n.lstrip("0") or "0" for n in _NUMBER.findall(flat)}
    words = re.findall(r"[a-z]+", flat.casefold())
    return found | {_WORDS[w] for w in words if w in _WORDS}


def japanese_findings(card: RequirementCard, fields: tuple[str, ...] = ("lead_time",)) -> list[str]:
    """What is missing or unfaithful in the card's Japanese forms of `fields`."""
    out: list[str] = []
    for en_field, ja_field in PAIRS:
        english, japanese = getattr(card, en_field), getattr(card, ja_field)
        if en_field in fields and english and not japanese:
            out.append(f"{en_field} has no {ja_field}: write it in Japanese")
        if japanese and not _JAPANESE.search(japanese):
            out.append(f"{ja_field} {japanese!r} holds no Japanese")
        extra = sorted(numbers(japanese) - numbers(english), key=int)
        if japanese and extra:
            out.append(
                f"{ja_field} names number(s) {', '.join(extra)} that {en_field} does not: "
                "a translation adds no number"
            )
    return out
