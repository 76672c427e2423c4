"""A message that asks two things ("What accounts do I need before I can use that system, and
how early can I submit the notification?", test23 t007; 「米粉も要るんですか？もし届け出ないで
出したらどうなりますか？」) is answered on both: when the sentences chosen speak to one part
only, the best sentence that holds the other part's rarest word takes the last place
(issue 9 item 3)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from export_assist.answering.asking import asked_sentences
from export_assist.answering.frame import FRAME
from export_assist.answering.places import find_places
from export_assist.retrieval.tokenize import stem_word, stemmed, tokenize

T = TypeVar("T")
# an English question joined to another by "and" + a question word
_EN_AND = re.compile(
    r",?\s+(?:and|or)\s+(?=(?:how|what|when|which|who|where|can|could|do|does|is|are|must|"
    r"should|will)\b|for [a-z]+ing\b)",  # "...set up with them and for paying the fees?" (qa25-t019)
    re.I,
)
# a pair with hiragana in it is grammar or a verb's ending (「粉も」「と聞」「要る」), no word
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
# a part's word must be this rare among the candidates (at most this share of them) to say
# what the part asks
RARE = 0.25


# Words for one act: a sentence saying who 発給s the carnet answers 「どこが発行しますか」 (the
# Taiwan carnet's sentence gave its place to an unrelated one holding 発行, session 31 trial).
_SAME_ACT = re.compile(r"発給|交付")


def _canon(text: str) -> str:
    return _SAME_ACT.sub("発行", text)


def parts(message: str) -> list[str]:
    """The questions a message asks, each on its own (one part when it asks one thing)."""
    out: list[str] = []
    for sentence in asked_sentences(message):
        out += [p for p in _EN_AND.split(sentence) if p.strip()]
    return out


def _words(part: str) -> set[str]:
    """The part's own words (stemmed), less grammar pairs and frame words."""
    kept = [
        t
        for t in tokenize(_canon(part))
        if len(t) > 1 and not _HIRAGANA.search(t) and t not in FRAME
    ]
    return {stem_word(t) for t in kept}


def cover_parts(
    chosen: list[T],
    ranked: Sequence[T],
    text_of: Callable[[T], str],
    message: str,
    fits: Callable[[T], bool],
) -> list[T]:
    """`chosen` with its last sentence given to an unanswered part of the message: the
    best-ranked sentence (that `fits`) holding that part's rarest word among `ranked`."""
    asked = parts(message)
    if len(asked) < 2 or len(chosen) < 2:
        return chosen
    pools = [set(stemmed(_canon(text_of(x)))) for x in ranked]
    n = len(pools) or 1
    words = [set(stemmed(_canon(text_of(x)))) for x in chosen]
    said = set().union(*words)
    limit = max(1, math.floor(RARE * n))
    rares = [[w for w in _words(p) if 0 < sum(w in q for q in pools) <= limit] for p in asked]
    # a part that names a place is answered only by a sentence naming it (「欧州ではATAカルネを
    # 使っていますが、台湾でも使えますか？」 is not answered by the carnet's general steps)
    places = [[w for w in _places(p) if w in rare] for p, rare in zip(asked, rares, strict=True)]
    for i, rare in enumerate(rares):
        if not rare or _answered(rare, said, places[i]):
            continue
        if places[i]:
            rare = places[i]
        df = {w: sum(w in p for p in pools) for w in rare}
        # the rarest word a sentence that fits holds (「欧州では…台湾でも使えますか」: no
        # sentence fits for 欧州, one does for 台湾)
        extra = next(
            (
                x
                for word in sorted(rare, key=lambda w: (df[w], w))
                for x, p in zip(ranked, pools, strict=True)
                if word in p and x not in chosen and fits(x)
            ),
            None,
        )
        if extra is None:
            continue
        # the place given up: the last quote whose loss leaves every other part that is
        # answered still answered (qa25-t019: the last quote alone held 'container', the
        # one before it said the same thing as the first)
        others = [r for j, r in enumerate(rares) if j != i and r and _answered(r, said)]
        for k in range(len(chosen) - 1, 0, -1):
            left = set().union(*(w for m, w in enumerate(words) if m != k))
            if all(_answered(r, left) for r in others):
                return [*chosen[:k], *chosen[k + 1 :], extra]
    return chosen


def _answered(rare: list[str], said: set[str], must: Sequence[str] = ()) -> bool:
    """A part is answered when the sentences hold more than half of its rare words (and
    every place it names)."""
    return 2 * len(said & set(rare)) > len(rare) and set(must) <= said


def _places(part: str) -> list[str]:
    """The stemmed words of the countries and cities a part names."""
    return [
        w
        for m in find_places(part)
        if m.kind in ("name", "city") and m.code != "JP"
        for w in stemmed(m.surface)
    ]


def with_fact(
    covered: list[T],
    chosen: list[T],
    ranked: Sequence[T],
    text_of: Callable[[T], str],
    fact: re.Pattern[str] | None,
    fits: Callable[[T], bool],
) -> list[T]:
    """The quotes with one that states the fact the question's type asks for (a fine, a date,
    a share), when none does and a candidate does: it takes the place of the last quote the
    ranking chose (`chosen`), not of one cover_parts gave another part of the message (test24
    t031 "…and what happens if I don't?": the fine was 18th, and the answer handed off)."""
    return with_stated(covered, chosen, ranked, text_of, fact.search if fact else None, fits)


def with_stated(
    covered: list[T],
    chosen: list[T],
    ranked: Sequence[T],
    text_of: Callable[[T], str],
    states: Callable[[str], object] | None,
    fits: Callable[[T], bool],
) -> list[T]:
    """with_fact for any statement a quote must make (`states`: a fact's pattern, the
    scope for the goods asked about)."""
    if states is None or len(covered) < 2 or any(states(text_of(x)) for x in covered):
        return covered
    extra = next((x for x in ranked if states(text_of(x)) and x not in covered and fits(x)), None)
    if extra is None:
        return covered
    own = [x for x in covered if x in chosen]
    dropped = own[-1] if own else covered[-1]
    return [extra if x is dropped else x for x in covered]
