"""Whether a sentence repeats what is already said: most of its character bigrams (word pairs
in English) are there and it states no figure that is not."""

from __future__ import annotations

import re
from itertools import pairwise

from export_assist.retrieval.normalize import nfkc


def _grams(text: str) -> set[str]:
    """Character bigrams of Japanese text; pairs of words of text in Latin letters, whose
    character bigrams ("th", "in", "on") any long English text holds (s26: a sentence on
    plants in hand luggage read as a repeat of a card about plant inspection)."""
    if len(_CJK.findall(text)) < 0.2 * len(re.sub(r"\s+", "", text)):
        words = _WORD.findall(text.casefold())
        return {f"{a} {b}" for a, b in pairwise(words)} or set(words)
    flat = re.sub(r"\s+", "", text.casefold())
    return {flat[i : i + 2] for i in range(len(flat) - 1)}


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W_]+")


# A figure as written: "101.9", "2021/630", "9%", "QCVN 01:2017" (its digits and joints).
_FIGURE = re.compile(r"\d+(?:[./:,-]\d+)*\s*[%％]?")


def new_figures(a: str, b: str) -> set[str]:
    """The figures of a (two characters or more: a section, a rate, a regulation number)
    that b does not state."""
    seen = {_figure(f) for f in _FIGURE.findall(nfkc(b))}
    found = {_figure(f) for f in _FIGURE.findall(nfkc(a))}
    return {f for f in found - seen if len(f) >= 2}


def _figure(text: str) -> str:
    """A figure without its spaces and thousands commas ("1,000 %" -> "1000%")."""
    return re.sub(r"[\s,]", "", text)


def similar(a: str, b: str, limit: float = 0.6) -> bool:
    """True when most of sentence a's character bigrams are already in text b (a adds
    little to b). A sentence stating a figure b lacks adds that figure: 「栄養成分表示:
    21 CFR 101.9の書式」 is no repeat of a card sentence citing 21 CFR Part 101."""
    ga, gb = _grams(a), _grams(b)
    if not (ga and gb) or len(ga & gb) / len(ga) < limit:
        return False
    return not new_figures(a, b)
