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
    # French dates in French law titles: "Loi n° 94-665 du 4 août 1994" → 1994年8月4日
    "janvier": "1", "février": "2", "mars": "3", "avril": "4", "mai": "5", "juin": "6",
    "juillet": "7", "août": "8", "septembre": "9", "octobre": "10", "novembre": "11",
    "décembre": "12",
}  # fmt: skip


# Japanese era years name Gregorian ones: 昭和29年 = 1954 (a Japanese law's number as e-Gov
# writes it: 関税法（昭和29年法律第61号）for "Act No. 61 of 1954").
_ERA = {"昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_YEAR = re.compile(r"(昭和|平成|令和)(元|\d+)年")


def _gregorian(match: re.Match[str]) -> str:
    year = 1 if match.group(2) == "元" else int(match.group(2))
    return f"{_ERA[match.group(1)] + year}年"


def has_japanese(text: str) -> bool:
    """True when a text holds kana or kanji."""
    return bool(_JAPANESE.search(text))


def numbers(text: str) -> set[str]:
    """The numbers a text names (digits after NFKC, Japanese era years as Gregorian ones,
    and English number words)."""
    flat = _ERA_YEAR.sub(_gregorian, unicodedata.normalize("NFKC", text))
    # one amount however written: "200,000" and 「20万」 are 200000
    flat = _MAN.sub(_scaled, _THOUSANDS.sub("", flat))
    found = {n.lstrip("0") or "0" for n in _NUMBER.findall(flat)}
    words = re.findall(r"[^\W\d_]+", flat.casefold())
    return found | {_WORDS[w] for w in words if w in _WORDS and _counts(w, flat)}


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# 「20万」「3,000万」「1億」, "30 million", "1.5 billion"
_MAN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|億|million\b|billion\b)(?!\d)", re.I)
_SCALE = {"万": 10**4, "億": 10**8, "million": 10**6, "billion": 10**9}


def _scaled(match: re.Match[str]) -> str:
    value = float(match.group(1)) * _SCALE[match.group(2).lower()]
    return str(int(value)) if value == int(value) else match.group(0)


# Month names that are also words ("may", "march", "mars"): a month only beside a day or year.
_AMBIGUOUS = {"may", "march", "mars", "mai"}


def _counts(word: str, flat: str) -> bool:
    if word not in _AMBIGUOUS:
        return True
    return bool(re.search(rf"(?i)\d\s*{word}\b|\b{word}\s*\d", flat))


def japanese_findings(
    card: RequirementCard, fields: tuple[str, ...] = ("lead_time", "legal_basis")
) -> list[str]:
    """What is missing or unfaithful in the card's Japanese forms of `fields`."""
    out: list[str] = []
    for en_field, ja_field in PAIRS:
        english, japanese = getattr(card, en_field), getattr(card, ja_field)
        if en_field in fields and english and not japanese:
            out.append(f"{en_field} has no {ja_field}: write it in Japanese")
        if japanese and not has_japanese(japanese):
            out.append(f"{ja_field} {japanese!r} holds no Japanese")
        extra = sorted(numbers(japanese) - numbers(english), key=int)
        if japanese and extra:
            out.append(
                f"{ja_field} names number(s) {', '.join(extra)} that {en_field} does not: "
                "a translation adds no number"
            )
    return out
