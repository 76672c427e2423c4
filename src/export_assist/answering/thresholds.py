"""An amount the question asks about and the line a rule draws: 「3％しかないポリウレタン」 falls
under 「5%未満の繊維は…まとめられる」, not 「5%以上の各繊維」 (test30 t021); goods shipped
「1年4か月前」 fall beyond 「船積後1年を超えると発給されません」 (escalation_dev28 d019), not
within 「6か月を超え1年以内」. Money counts per currency (「内容品は合計15万円」 falls under
「20万円以下なら輸出申告は不要」, not 「20万円を超える郵便物は…必要」: test39 t012); a unit price
(「単価1,650円」, "USD 12 each") is no amount a customs line is drawn on, and is left out."""

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
# money, after the number (「15万円」, 「1,000豪ドル」, "200,000 yen") -> (currency, factor)
_MONEY_AFTER: dict[str, tuple[str, float]] = {
    "万円": ("JPY", 10_000),
    "円": ("JPY", 1),
    "yen": ("JPY", 1),
    "jpy": ("JPY", 1),
    "米ドル": ("USD", 1),
    "usドル": ("USD", 1),
    "ドル": ("USD", 1),
    "usd": ("USD", 1),
    "ユーロ": ("EUR", 1),
    "eur": ("EUR", 1),
    "euros": ("EUR", 1),
    "ポンド": ("GBP", 1),
    "gbp": ("GBP", 1),
    "豪ドル": ("AUD", 1),
    "オーストラリアドル": ("AUD", 1),
    "aud": ("AUD", 1),
    "香港ドル": ("HKD", 1),
    "hkd": ("HKD", 1),
    "シンガポールドル": ("SGD", 1),
    "sgd": ("SGD", 1),
    "カナダドル": ("CAD", 1),
    "cad": ("CAD", 1),
    "バーツ": ("THB", 1),
    "thb": ("THB", 1),
    "baht": ("THB", 1),
}
# ... and before it ("USD 800", "HK$200", "£135", "¥150,000")
_MONEY_BEFORE: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD",
    "sgd": "SGD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "¥": "JPY", "jpy": "JPY",
    "thb": "THB",
}  # fmt: skip
_UNIT_KEYS = {**_UNIT, **_MONEY_AFTER}
_UNITS = "|".join(sorted(map(re.escape, _UNIT_KEYS), key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AMOUNT = re.compile(rf"(?<![\d,.])({_NUMBER})\s*({_UNITS})(?![a-z])", re.I)
_SIGNS = "|".join(sorted(map(re.escape, _MONEY_BEFORE), key=len, reverse=True))
_PRICE_FIRST = re.compile(rf"(?<![a-z])({_SIGNS})\s?({_NUMBER})(?![\d,])", re.I)
# a unit price: 「単価1,650円」, 「1本3,000円」, "USD 12 each", "at $5 per piece"
_UNIT_PRICE_BEFORE = re.compile(
    r"(?:単価|(?:1|一)\s?(?:個|本|枚|点|箱|袋|瓶|缶|台|足|セット|kg|キロ)(?:あたり|当たり)?|@|"
    r"unit price(?: of)?|priced at)\s*(?:は|:|：|of)?\s*$",
    re.I,
)
_UNIT_PRICE_AFTER = re.compile(r"^\s*(?:/|per\b|each\b|apiece|a piece|a unit|×|x\s?\d)", re.I)
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
_CURRENCIES = {dim for dim, _ in _MONEY_AFTER.values()}


def _unit_price(text: str, start: int, end: int) -> bool:
    """Whether the money at text[start:end] is a price per unit."""
    before, after = text[max(0, start - 12) : start], text[end : end + 10]
    return bool(_UNIT_PRICE_BEFORE.search(before) or _UNIT_PRICE_AFTER.match(after))


def _amounts(text: str, asked: bool = False) -> list[tuple[Amount, int, int]]:
    """(value, dimension), start, end of each amount; runs of one dimension add up
    (「1年4か月」 is 16 months); a period counts in a question only when already past."""
    found: list[tuple[Amount, int, int]] = []
    for m in _AMOUNT.finditer(text):
        dim, factor = _UNIT_KEYS[m.group(2).lower()]
        number = float(m.group(1).replace(",", ""))
        if dim == "month" and factor == 12 and number >= 1000:
            continue  # 「2025年」 is a year, no period
        if asked and dim in _CURRENCIES and _unit_price(text, m.start(), m.end()):
            continue
        value = number * factor
        if found and found[-1][0][1] == dim == "month" and m.start() - found[-1][2] <= 1:
            (before, _), start, _end = found.pop()
            value, m_start = value + before, start
        else:
            m_start = m.start()
        found.append(((value, dim), m_start, m.end()))
    for m in _PRICE_FIRST.finditer(text):
        if asked and _unit_price(text, m.start(), m.end()):
            continue
        amount = (float(m.group(2).replace(",", "")), _MONEY_BEFORE[m.group(1).lower()])
        found.append((amount, m.start(), m.end()))
    found.sort(key=lambda a: a[1])
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


# an exception to the line is no answer to it: 「20万円以下でも、法令により…事前の検査」
_CONCESSION = re.compile(r"でも、|even (?:if|when|below|under|at)|ただし|however", re.I)


def line_first(lines: list[str], first: int, question: str, bullet: str) -> None:
    """The line a stated amount falls on answers first: 「内容品は合計15万円」 is answered by
    「20万円以下なら輸出申告は不要」 before a card saying a declaration is needed (test39 t012),
    unless a card's own sentence draws the line. `first` is the number of card lines; the
    quote moved to the top loses its bullet when cards follow it."""
    asked = asked_amounts(question)
    if not asked or any(falls_on(line, asked) for line in lines[:first]):
        return
    on = [i for i in range(first, len(lines)) if falls_on(lines[i], asked)]
    if not on:
        return
    best = min(on, key=lambda i: bool(_CONCESSION.search(lines[i])))
    if best == 0:  # no card, and the answer already opens with it
        return
    line = lines.pop(best)
    lines.insert(0, line.removeprefix(bullet) if first else line)
