"""An amount the question asks about and the line a rule draws: 「3％しかないポリウレタン」 falls
under 「5%未満の繊維は…まとめられる」, not 「5%以上の各繊維」 (test30 t021); goods shipped
「1年4か月前」 fall beyond 「船積後1年を超えると発給されません」 (escalation_dev28 d019), not
within 「6か月を超え1年以内」. Prices are left out: a price beside a customs threshold is no
question of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering.asking import asked_sentences
from export_assist.retrieval.normalize import nfkc

THRESHOLD_BONUS = 1.0

# unit -> (dimension, factor): shares and measures, and periods in months
_UNIT: dict[str, tuple[str, float]] = {
    "%": ("%", 1),
    "％": ("%", 1),
    "パーセント": ("%", 1),
    "percent": ("%", 1),
    "per cent": ("%", 1),
    "kg": ("g", 1000),
    "g": ("g", 1),
    "mg": ("g", 0.001),
    "l": ("ml", 1000),
    "ml": ("ml", 1),
    "年": ("month", 12),
    "years": ("month", 12),
    "year": ("month", 12),
    "か月": ("month", 1),
    "ヶ月": ("month", 1),
    "カ月": ("month", 1),
    "箇月": ("month", 1),
    "months": ("month", 1),
    "month": ("month", 1),
    "週間": ("month", 7 / 30),
    "weeks": ("month", 7 / 30),
    "week": ("month", 7 / 30),
    "日": ("month", 1 / 30),
    "days": ("month", 1 / 30),
    "day": ("month", 1 / 30),
}
_UNITS = "|".join(sorted(map(re.escape, _UNIT), key=len, reverse=True))
_AMOUNT = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})(?![a-z])", re.I)
# a period asked about is one already past: 「1年4か月前に出荷した」, "shipped 14 months ago"
_PAST = re.compile(r"^\s*(?:前|経|たっ|過ぎ|ago|after|later|have passed|has passed)", re.I)

Test = Callable[[float, float], bool]
# the side of the line: after the amount (ja, "or more") or before it (en)
_AFTER: list[tuple[re.Pattern[str], Test]] = [
    (re.compile(r"^\s*(?:未満|に満たな|より少な)"), lambda x, n: x < n),
    (re.compile(r"^\s*(?:以下|以内|or less|or under)", re.I), lambda x, n: x <= n),
    (re.compile(r"^\s*(?:以上|or more|or over)", re.I), lambda x, n: x >= n),
    (re.compile(r"^\s*(?:を?超え|超)"), lambda x, n: x > n),
]
_BEFORE: list[tuple[re.Pattern[str], Test]] = [
    (re.compile(r"(?:under|less than|below|within)\s*$", re.I), lambda x, n: x < n),
    (re.compile(r"(?:up to|not exceeding|not more than|at most)\s*$", re.I), lambda x, n: x <= n),
    (re.compile(r"(?:at least|not less than)\s*$", re.I), lambda x, n: x >= n),
    (re.compile(r"(?:more than|over|exceeding|above)\s*$", re.I), lambda x, n: x > n),
]

Amount = tuple[float, str]


def _amounts(text: str, asked: bool = False) -> list[tuple[Amount, int, int]]:
    """(value, dimension), start, end of each amount; runs of one dimension add up
    (「1年4か月」 is 16 months); a period counts in a question only when already past."""
    found: list[tuple[Amount, int, int]] = []
    for m in _AMOUNT.finditer(text):
        dim, factor = _UNIT[m.group(2).lower()]
        if dim == "month" and factor == 12 and float(m.group(1)) >= 1000:
            continue  # 「2025年」 is a year, no period
        value = float(m.group(1)) * factor
        if found and found[-1][0][1] == dim == "month" and m.start() - found[-1][2] <= 1:
            (before, _), start, _end = found.pop()
            value, m_start = value + before, start
        else:
            m_start = m.start()
        found.append(((value, dim), m_start, m.end()))
    if asked:
        found = [a for a in found if a[0][1] != "month" or _PAST.match(text[a[2] : a[2] + 12])]
    return found


# A strength said in degrees is a share of alcohol (「アルコール分15度」 is 15 %), and a rice
# polishing ratio (「精米歩合50%」) is no share a rule's line is drawn on (escalation_dev36 d022:
# it met 「アルコール分30%を超える酒類」 while the 15 % sake falls under 「30%以下…ゼロ」).
_DEGREES = re.compile(r"((?:アルコール|度数|alcohol)[^\d。、,]{0,4}\d+(?:\.\d+)?)\s*度(?!\d)", re.I)
_POLISHED = re.compile(r"精米歩合\s*\d+(?:\.\d+)?\s*(?:%|パーセント)")


def asked_amounts(question: str) -> list[Amount]:
    """The amounts of the sentences that ask, else of the whole question."""
    text = _POLISHED.sub(" ", _DEGREES.sub(r"\1%", nfkc(question)))
    said = " ".join(asked_sentences(text))
    return [a for a, _, _ in _amounts(said, True) or _amounts(text, True)]


def falls_on(sentence: str, asked: list[Amount]) -> bool:
    """An amount asked about meets every line the sentence draws in its dimension (a range
    「6か月を超え1年以内」 holds only what lies between)."""
    text = nfkc(sentence)
    for dim in {d for _, d in asked}:
        tests: list[tuple[float, Test]] = []
        for (n, d), start, end in _amounts(text):
            if d != dim:
                continue
            after, before = text[end : end + 8], text[max(0, start - 16) : start]
            tests += [(n, test) for p, test in _AFTER if p.search(after)]
            tests += [(n, test) for p, test in _BEFORE if p.search(before)]
        if tests and any(all(test(x, n) for n, test in tests) for x, d in asked if d == dim):
            return True
    return False
