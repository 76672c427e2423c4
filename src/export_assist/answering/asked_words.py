"""Question words weighted by rarity among the candidate sentences, and the asked sentence's
own words weighed once more than the scene before it, when the sentences to quote are
chosen (select.hand_scores; issue 9 item 3)."""

from __future__ import annotations

import math
import re

from export_assist.answering.asking import asked_sentences
from export_assist.answering.frame import FRAME
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, stemmed

# A message that sets a scene before its question (「乾燥ホタテを初めて出します。…検査の頻度は
# どうなったら下がるんですか？」, test22 t020): the asked sentence's own words count this much
# more, so the scene's words (the goods, the market) do not choose the sentences alone.
ASKED = 1.0
_KANA_ONLY = re.compile(r"^[\u3040-\u309fー]+$")
# Grammar, pronouns and time words of the frame (not its 'Japan', 'export' or 'notify', which
# tell Japan's side from the market's: test24 t011 lost its Japanese notification sentence
# when the whole frame was left out)
_GRAMMAR = frozenset(
    """a an the and or but if so than then that this these those there here it its they them
    their we our us you your i me my he she his her him who whom whose what which when where
    why how some any all each every both either few many much more most other another same
    such own only just also very too now still yet already soon today once ever even
    be is are was were been being do does did done doing have has had having can could may
    might must shall should will would get gets got go goes went gone come comes came take
    took give gave make made let like well way ways thing things stuff lot lots bit
    ask asks asked asking tell told say said says know think want wants wanted please
    thank thanks ok okay yes no not sure really actually basically quite pretty rather
    about above after again against before below between during into over through under
    until upon with within without from for to of in on at by off out up down ours yours
    theirs themselves""".split()
)
_FRAME_STEMS = frozenset(stem_word(w) for w in FRAME if w.isascii() and w in _GRAMMAR)


def asked_weights(question: str, pool: list[set[str]]) -> dict[str, float]:
    """The weights of the asked sentences' words (none when the message is its question
    alone): a word the scene shares counts too (「旋盤」 asked again after the scene named it)."""
    asked = " ".join(asked_sentences(question))
    if len(asked) >= len(nfkc(question).strip()) - 1:
        return {}
    # kana-only pairs are grammar (「どう」「たら」「です」), not what is asked
    wanted = [tok for tok in stemmed(asked) if not _KANA_ONLY.match(tok)]
    return rarity_weights(" ".join(wanted), [list(p) for p in pool]) if wanted else {}


def overlap(sentence: str, weights: dict[str, float]) -> float:
    """The share of the weights whose words the sentence holds."""
    if not weights:
        return 0.0
    tokens = set(stemmed(sentence))
    return sum(w for tok, w in weights.items() if tok in tokens) / sum(weights.values())


def rarity_weights(question: str, pool: list[list[str]]) -> dict[str, float]:
    """Question tokens weighted by how rare they are among the candidate sentences; the
    question's grammar ("they", "now", "ask") is no word of what is asked (qa25-t028:
    'they', 'now' and 'some' outweighed 'ivory')."""
    # English words by their stem: "claim" asked, "claims" stated
    wanted = {t for t in stemmed(question) if t not in _FRAME_STEMS}
    n = len(pool) or 1
    df = {tok: sum(1 for toks in pool if tok in toks) for tok in wanted}
    return {tok: math.log(1 + n / (1 + df[tok])) for tok in wanted if df[tok] > 0}


def with_asked(texts: list[str], scores: list[float], question: str, stated: bool) -> list[float]:
    """The sentences' hand scores plus the asked sentence's own words; a type whose fact a
    sentence can state (a penalty, a date, an amount) keeps that fact decisive: the asked
    words weigh half as much there (test_s23: the penalty sentence for 「どんな罰則」)."""
    asked = asked_weights(question, [set(stemmed(u)) for u in texts])
    if not asked:
        return scores
    weight = ASKED / 2 if stated else ASKED
    return [s + weight * overlap(u, asked) for u, s in zip(texts, scores, strict=True)]
