"""Which fruit a sentence is about, when a market opened its door to Japanese fruit one kind at
a time: Viet Nam took apples from 17 September 2015 and pears from 16 January 2017, each with
its own conditions. A question about apples is answered by the apple sentence, not by the pear
one beside it that shares every other word (s56: tuning test52 t027 "From what date could fresh
apples be shipped again?" quoted the pears' guidelines of 7 March 2017)."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.retrieval.normalize import nfkc

# 「なし」 is also "none" (「表示なし」): as the fruit only in a list or before a particle
_NASHI = r"(?:(?<=[、・|（(「\s/])|(?<=りんごと)|^)なし(?=[（(、・|」\s/]|は|と|の|を|が|も|$)"
# Each kind of fruit in the words a question or a sentence names it with (NFKC, lower case).
FRUIT: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "apple": r"りんご|リンゴ|林檎|(?<![a-z])apples?(?![a-z])",
        "pear": rf"(?<!山)梨|ナシ|{_NASHI}|(?<![a-z])pears?(?![a-z])|pyrus",  # not 山梨 (Yamanashi)
        "mandarin": r"みかん|ミカン|蜜柑|(?<![a-z])(?:satsuma|mandarin|tangerine)s?(?![a-z])",
        "grape": r"ぶどう|ブドウ|葡萄|シャインマスカット|(?<![a-z])grapes?(?![a-z])",
        # (not 「鶏もも肉」, a thigh, nor 「すもも」, a plum)
        "peach": r"(?<![ァ-ヶす])もも(?!肉)|モモ(?!肉)|桃|(?<![a-z])peach(?:es)?(?![a-z])",
        "strawberry": r"いちご|イチゴ|苺|(?<![a-z])strawberr(?:y|ies)(?![a-z])",
        "persimmon": r"(?<![ぁ-ん])柿(?!の種)|(?<![a-z])persimmons?(?![a-z])",
        "melon": r"メロン|(?<![a-z])melons?(?![a-z])",
        "cherry": r"さくらんぼ|サクランボ|(?<![a-z])cherr(?:y|ies)(?![a-z])",
        "kiwi": r"キウイ|(?<![a-z])kiwi",
    }.items()
}
# What naming the asked fruit adds to the score of a sentence stating the fact asked (select).
FRUIT_NAMED = 0.5


def fruits(text: str) -> frozenset[str]:
    """The kinds of fruit a text names."""
    low = nfkc(text).lower()
    return frozenset(name for name, pattern in FRUIT.items() if pattern.search(low))


def fruit_bonus(message: str) -> Callable[[str], float]:
    """FRUIT_NAMED for a sentence naming the fruit the message asks about (nothing when the
    message names no fruit or several)."""
    asked = fruits(message)
    if len(asked) != 1:
        return lambda _unit: 0.0
    return lambda unit: FRUIT_NAMED if fruits(unit) & asked else 0.0


# A fruit named as the exception is no sentence about it: 「かんきつ類（温州みかん…）を除き、
# 植物検疫証明書なしで輸出できます」 answers a question on apples (tuning test19 t042)
_EXCEPT = re.compile(r"を除き|を除いて|を除く|以外|other than|except|apart from|excluding", re.I)


def other_fruit(message: str) -> Callable[[str], bool]:
    """Whether a sentence is about one other fruit than the one the message asks about (the
    mandarins' opening under a pear question): never quoted for it. A list of other fruits
    stays ("only apples, pears and mandarins are admitted" answers a question on peaches), and
    so does a fruit named as the exception to a rule for all the others."""
    asked = fruits(message)
    if len(asked) != 1:
        return lambda _unit: False
    return lambda unit: (
        len(named := fruits(unit)) == 1 and not named & asked and not _EXCEPT.search(unit)
    )
