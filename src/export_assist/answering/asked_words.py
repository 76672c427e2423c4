"""Question words weighted by rarity among the candidate sentences, and the asked sentence's
own words weighed once more than the scene before it, when the sentences to quote are
chosen (select.hand_scores; issue 9 item 3)."""

from __future__ import annotations

import math
import re

from export_assist.answering.asking import asked_sentences
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, stemmed
from export_assist.sentences import split_sentences

# A message that sets a scene before its question (「乾燥ホタテを初めて出します。…検査の頻度は
# どうなったら下がるんですか？」, test22 t020): the asked sentence's own words count this much
# more, so the scene's words (the goods, the market) do not choose the sentences alone.
ASKED = 1.0
_KANA_ONLY = re.compile(r"^[\u3040-\u309fー]+$")
# Grammar, pronouns and time words of a question (not its 'Japan', 'export' or 'notify', which
# tell Japan's side from the market's: test24 t011 lost its Japanese notification sentence
# when the whole frame.FRAME was left out); all are frame words too
_GRAMMAR = frozenset(
    """a about actually after all already also an and another any are ask asked asking asks at
    basically be been before being bit both but by can could did do does doing done down each
    either even ever every few for from get gets give go goes gone got had has have having he her
    here him his how i if in into is it its just know let like lot lots made make many may me
    might more most much must my no not now of off ok okay on once only or other our ours out
    over own please pretty quite really said same say says she should so some soon still stuff
    such sure take tell than thank thanks that the their theirs them themselves then there these
    they thing things think this through to today told too under until up upon us very want
    wanted wants was we well went what when where which who whom whose why will with would yes
    yet you your yours""".split()
)
_GRAMMAR_STEMS = frozenset(stem_word(w) for w in _GRAMMAR)
# 「同じ」「大丈夫」 compare and reassure: 「タイと同じ段取りで大丈夫？」 (test31 t006) chose
# Taiwan's 「他国産と同じリスク」 over the Taiwan apple rule
_JA_GRAMMAR = frozenset({"同じ", "と同", "大丈", "丈夫", "夫で"})


def asked_weights(question: str, pool: list[set[str]]) -> dict[str, float]:
    """The weights of the asked sentences' words (none when the message is its question
    alone): a word the scene shares counts too (「旋盤」 asked again after the scene named it)."""
    sentences = asked_sentences(question)
    asked = " ".join(sentences)
    if len(asked) >= len(nfkc(question).strip()) - 1:
        return {}
    if _POINTS_BACK.search(asked):  # "…antique ivory plectrums… Can we ship them?" (test30 t009)
        asked = f"{_before(question, sentences[0])} {asked}"
    # kana-only pairs are grammar (「どう」「たら」「です」), not what is asked
    wanted = [tok for tok in stemmed(asked) if not _KANA_ONLY.match(tok) and tok not in _JA_GRAMMAR]
    return rarity_weights(" ".join(wanted), [list(p) for p in pool]) if wanted else {}


# goods the asked sentence names only by a pronoun ("Can we ship them?", 「それを送れますか」) are
# what the sentence before it named
_POINTS_BACK = re.compile(
    r"(?i)\b(?:ship|send|export|sell|mail|post|bring|take|carry|import|pack)\w* "
    r"(?:them|it|these|those)\b|(?:それ|これ|それら|これら)を(?:送|輸出|出|売|持|発送)"
)


def _before(question: str, first: str) -> str:
    """The sentence said just before the first asked one."""
    said = [s.strip() for s in split_sentences(nfkc(question)) if s.strip()]
    i = said.index(first) if first in said else len(said)
    return said[i - 1] if i > 0 else ""


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
    wanted = {t for t in stemmed(question) if t not in _GRAMMAR_STEMS}
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
