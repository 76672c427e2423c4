"""What tells sibling subheadings apart, in Japanese: the material, process, state, use or
goods a subheading's text names (or excludes) that not all of its siblings share.

「鋳鉄製の家庭用品」 for 7323.91, 7323.92 and 7323.94 alike hid the one thing a user can
answer (ほうろう引きか), so a Japanese label is the heading's name with these words
(「鋳鉄製、ほうろう引きでないもの」), translated offline through our glossary
(compliance/data/hs_words_ja.yaml) and the thresholds the text states (「3kg以下」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

# a threshold with its unit: "not exceeding 3kg", "exceeding 50 cc"
_NUMBER = re.compile(
    r"(?P<op>but not exceeding|but not over|not exceeding|not over|not more than|not less than|"
    r"exceeding|more than|"
    r"less than|at least|over|under)\s+(?P<n>\d[\d.,]*)\s*"
    r"(?P<u>kg|g|l|litres?|cm|mm|m|kw|w|v|cc|%|tonnes?|kva|mhz|watts?|volts?)?(?![a-z])"
)
# units as a Japanese label writes them (「2リットル超」, not 「2litres超」); kg, cm, cc as written
_UNITS_JA = {"l": "リットル", "litre": "リットル", "litres": "リットル", "tonne": "トン"}
_UNITS_JA |= {"tonnes": "トン", "volt": "ボルト", "volts": "ボルト", "watt": "ワット"}
_UNITS_JA |= {"watts": "ワット", "w": "W", "v": "V", "kw": "kW", "kva": "kVA", "mhz": "MHz"}
# "exceeding 1000 but not exceeding 1500cc": the unit belongs to both numbers
_RANGE = re.compile(
    r"(exceeding|more than|over) (\d[\d.,]*) (but not (?:exceeding|over) \d[\d.,]*\s*([a-z%]+))"
)
_OPS = {
    "but not exceeding": "以下",
    "but not over": "以下",
    "not over": "以下",
    "not exceeding": "以下",
    "not more than": "以下",
    "not less than": "以上",
    "at least": "以上",
    "exceeding": "超",
    "more than": "超",
    "over": "超",
    "less than": "未満",
    "under": "未満",
}
# words that say nothing about which sibling it is: "whether or not ground", references
_NEUTRAL = re.compile(
    r"\(?whether or not[^,;()]*\)?|\bor not\b|\bn\.e\.c\.?(?: in [a-z.]* ?(?:no\.? )?[\d.]+)?"
    r"|\bof (?:sub)?headings? (?:no\.? )?[\d.]+(?: to [\d.]+)?|\bheading (?:no\.? )?[\d.]+"
    r"|\bitem (?:no\.? )?[\d.]+|\([a-z]+ spp\.?[^)]*\)"
    # "used for domestic purposes" is what the goods serve, not second-hand (「中古」)
    r"|\b(?:of a kind )?used (?=for|in|on|with|as)\b"
)
_NEGATION = r"not|other than|excluding|except|without|nor|neither|having other than"
# "n.e.c.", "other", "other than" at the start: the heading's fallback sibling
OTHER = re.compile(r"(?i)\bn\.e\.c\b|^other\b|;\s*other\b(?! than)")


@dataclass(frozen=True)
class Word:
    """One glossary word found in a subheading text: its Japanese form and whether the
    text excludes it ("not enamelled", "other than cotton")."""

    english: str
    japanese: str
    negated: bool
    head: bool = False  # in the goods' name, before the first ";"


@cache
def _glossary() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/hs_words_ja.yaml")
        .read_text(encoding="utf-8")
    )
    words: dict[str, tuple[str, str]] = {}
    for key, value in yaml.safe_load(text).items():
        pos, neg = (value[0], value[1]) if isinstance(value, list) else (value, f"{value}以外")
        words[str(key).lower()] = (str(pos), str(neg))
    alts = sorted(words, key=len, reverse=True)
    tokens = "|".join(rf"(?<![a-z-]){re.escape(w)}(?![a-z-])" for w in alts)
    scanner = re.compile(
        rf"(?P<neg>\b(?:{_NEGATION})\b)|(?P<open>\()|(?P<close>\))|(?P<semi>;)|(?P<comma>,)|"
        rf"(?P<word>{tokens})|(?P<num>\x00(?P<i>\d+)\x00)"
    )
    return scanner, words


def words_of(english: str) -> list[Word]:
    """The glossary words and thresholds of a subheading text, in order, each once."""
    scanner, glossary = _glossary()
    low = _NEUTRAL.sub(" ", english.lower())
    numbers: list[Word] = []

    def hold(m: re.Match[str]) -> str:
        unit = m.group("u") or ""
        ja = f"{m.group('n')}{_UNITS_JA.get(unit, unit)}{_OPS[m.group('op')]}"
        numbers.append(Word(m.group(0).strip(), ja, False))
        return f" \x00{len(numbers) - 1}\x00 "

    low = _NUMBER.sub(hold, _RANGE.sub(r"\1 \2\4 \3", low))
    found: list[Word] = []
    negated, stack, head = False, [], True
    for m in scanner.finditer(low):
        head = head and m.group("semi") is None
        if m.group("neg"):
            negated = True
        elif m.group("open"):
            stack.append(negated)
            negated = False
        elif m.group("close"):
            negated = stack.pop() if stack else False
        elif m.group("semi"):
            negated, stack = False, []
        elif m.group("comma"):
            # "not fit for human consumption, fresh, chilled": outside brackets a negation
            # ends at the comma ("(not printed, knitted or crocheted)" keeps it)
            negated = negated and bool(stack)
        elif m.group("num"):
            found.append(numbers[int(m.group("i"))])
        else:
            pos, neg = glossary[m.group("word")]
            found.append(Word(m.group("word"), neg if negated else pos, negated, head))
    once: dict[str, Word] = {}
    for w in found:
        once.setdefault(w.japanese, w)
    return list(once.values())


def distinguishing(texts: dict[str, str]) -> dict[str, list[Word]]:
    """For sibling subheadings (code -> English text), the words of each that tell it
    apart (the same word excluded counts as a different word): not shared by all, and
    in the goods' name, or in fewer than half of the siblings, or not in its nearest
    sibling ("table, kitchen" of 7323.91 is in most of 7323; "cast iron" is not)."""
    words = {code: words_of(text) for code, text in texts.items()}
    if len(words) < 2:
        return {code: [] for code in words}
    sets = {code: {w.japanese for w in ws} for code, ws in words.items()}
    shared = set.intersection(*sets.values())
    count: dict[str, int] = {}
    for jas in sets.values():
        for ja in jas:
            count[ja] = count.get(ja, 0) + 1
    out: dict[str, list[Word]] = {}
    for code, ws in words.items():
        others = [sets[c] for c in sets if c != code]
        nearest = max(others, key=lambda o: len(o & sets[code]) - 0.01 * len(o))
        out[code] = [
            w
            for w in ws
            if w.japanese not in shared
            and (w.head or 2 * count[w.japanese] < len(sets) or w.japanese not in nearest)
        ]
    return out


def qualifier(own: list[Word], english: str) -> str:
    """The Japanese words that place a subheading among its siblings: its own words,
    「その他のもの」 for the fallback sibling; "" when the glossary knows none."""
    parts = [w.japanese for w in own]
    if OTHER.search(english):
        parts.append("その他のもの")
    return "、".join(parts)
