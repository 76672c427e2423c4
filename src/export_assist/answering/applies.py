"""Questions whether a rule applies, and the sentences that state a rule's scope."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering.asking import asked_sentences

# A question whether a rule applies ("Do the fibre-labelling rules apply to them?",
# 「畜産物が入っていると対象外？」) is answered by the sentence that states its scope ("applies
# to products of at least 80 % textile fibre", 「畜産物は2020年7月16日から適用」).
SCOPE_ASKED = re.compile(
    r"\bappl(?:y|ies|icable)\b|\bcovered\b|\bin scope\b|\bexempt|対象(?:外|になる|になり|です|か)|"
    r"適用(?:され|対象|外|に)|該当(?:する|します)?(?:か|の)|"
    # whether it holds for every item: 「どんな品目でも使える？」, "can it be used for any goods?"
    r"(?:どんな|どの|何の|なん)(?:品目|もの|物|商品|製品|貨物)でも|何にでも|"
    r"\b(?:any|every|all) (?:items?|goods|products?|kinds? of goods)\b|"
    # whether it holds for goods named beside the rule's own (「お米は届出がいると聞きましたが、
    # 米粉でも届出がいりますか？」, test29 t031: 「米加工品(…米粉など)は届出不要」)
    r"でも[^。？?]{0,12}(?:いります|要ります|いる|要る|必要)(?:です)?(?:か|の|[?？])",
    re.I,
)
SCOPE_STATED = re.compile(
    r"\bappl(?:y|ies|ied|icable)\b|\bcover(?:s|ed)?\b|\bscope\b|\bexempt|\bexclud|対象|適用|除外|該当|"
    # what it cannot be used for: 「武器には特例は使えません」, "not available for arms"
    r"使えません|使えない|使用できません|利用できません|除く|\bcannot be used\b|\bnot available\b|"
    # what needs none of it: 「米加工品は届出不要」
    r"不要|\bnot required\b|\bno need\b",
    re.I,
)
SCOPE_BONUS = 0.8
# goods named with 「でも」 (「米粉でも届出がいりますか」): the kanji or katakana run before it
_EVEN = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ffー]{2,8})でも")


# "What radioactive caesium limit does Korea apply?" asks for a value the market applies,
# not whether a rule applies (test23 t027 quoted a PLS sentence that "applied" to nuts)
ASKS_VALUE = re.compile(
    r"\b(?:what|which)\b(?:\s+[\w-]+){0,3}?\s+(?:limits?|rates?|dut(?:y|ies)|tariffs?|"
    r"standards?|fees?|tax(?:es)?|levels?|maximums?|thresholds?|mrls?|values?|percentages?)\b"
    r"[^?.]*\bappl(?:y|ies)\b",
    re.I,
)


# A share or a measure the question asks about (「3％しかないポリウレタンも書く？」, "a 2 kg
# parcel") is answered by the line the rule draws in that unit which the amount falls on
# (「5%未満の繊維は…まとめられる」, not 「5%以上の各繊維を示す」: test30 t021); prices are left
# out (a price beside a customs threshold is no question of it)
_UNIT = {"%": "%", "％": "%", "パーセント": "%", "percent": "%", "per cent": "%"}
_UNIT.update({u: u for u in ("kg", "g", "mg", "ml", "l")})
_UNITS = "|".join(sorted(map(re.escape, _UNIT), key=len, reverse=True))
_AMOUNT = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})(?![a-z])", re.I)
# the side of the line: after the amount (ja, "or more") or before it (en)
_AFTER = [
    (re.compile(r"^\s*(?:未満|に満たな|より少な)"), lambda x, n: x < n),
    (re.compile(r"^\s*(?:以下|以内|or less|or under)", re.I), lambda x, n: x <= n),
    (re.compile(r"^\s*(?:以上|or more|or over)", re.I), lambda x, n: x >= n),
    (re.compile(r"^\s*(?:を?超え|超)"), lambda x, n: x > n),
]
_BEFORE = [
    (re.compile(r"(?:under|less than|below)\s*$", re.I), lambda x, n: x < n),
    (re.compile(r"(?:up to|not exceeding|not more than|at most)\s*$", re.I), lambda x, n: x <= n),
    (re.compile(r"(?:at least|not less than)\s*$", re.I), lambda x, n: x >= n),
    (re.compile(r"(?:more than|over|exceeding|above)\s*$", re.I), lambda x, n: x > n),
]
THRESHOLD_BONUS = 1.0


def _amounts(text: str) -> list[tuple[float, str]]:
    return [(float(m.group(1)), _UNIT[m.group(2).lower()]) for m in _AMOUNT.finditer(text)]


def _asked_amounts(question: str) -> list[tuple[float, str]]:
    """The amounts of the sentences that ask, else of the whole question."""
    return _amounts(" ".join(asked_sentences(question))) or _amounts(question)


def _falls_on(sentence: str, asked: list[tuple[float, str]]) -> bool:
    """An amount asked about falls on the side of a line the sentence draws in its unit."""
    for m in _AMOUNT.finditer(sentence):
        n, unit = float(m.group(1)), _UNIT[m.group(2).lower()]
        after, before = (
            sentence[m.end() : m.end() + 8],
            sentence[max(0, m.start() - 16) : m.start()],
        )
        sides = [test for p, test in _AFTER if p.search(after)]
        sides += [test for p, test in _BEFORE if p.search(before)]
        if any(test(x, n) for x, u in asked if u == unit for test in sides):
            return True
    return False


def scope_bonus(question: str) -> Callable[[str], float]:
    """What a sentence gains for stating a scope when the question asks whether a rule
    applies, and for drawing a threshold in a unit the question states an amount in
    (nothing for any other question)."""
    scoped = bool(SCOPE_ASKED.search(question)) and not ASKS_VALUE.search(question)
    # the goods asked about by name (「米粉でも」): a scope stated of them is the answer
    named = [m.group(1) for m in _EVEN.finditer(question)]
    asked = _asked_amounts(question)
    if not scoped and not asked:
        return lambda _sentence: 0.0

    def bonus(sentence: str) -> float:
        gained = THRESHOLD_BONUS if asked and _falls_on(sentence, asked) else 0.0
        if not scoped or not SCOPE_STATED.search(sentence):
            return gained
        return gained + (2 * SCOPE_BONUS if any(w in sentence for w in named) else SCOPE_BONUS)

    return bonus
