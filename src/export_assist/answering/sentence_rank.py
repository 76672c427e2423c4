"""A learned order for the sentences to quote (session 20, issue 9 item 3): features of a
sentence given the question, weighted by a small listwise model fitted on the tuning sets
(`scripts/train_sentence_ranker.py` writes `data/sentence_ranker.json`; shipped since
session 37, fitted on every tuning pool, and applied inside each document: select.in_slots;
see docs/benchmarks.md)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from export_assist.answering.glossary import related
from export_assist.domain.citations import SearchHit
from export_assist.retrieval.tokenize import stemmed
from export_assist.sentences import CJK

WEIGHTS = Path(__file__).parent / "data" / "sentence_ranker.json"

_NUMBER = re.compile(r"\d")
_DATE = re.compile(
    r"\d{4}年|\d{1,2}月\d{1,2}日|\b(?:19|20)\d{2}\b|\d+\s*(?:日|営業日|週間|か月|ヶ月|カ月|年間|"
    r"days?|weeks?|months?|years?)",
    re.I,
)
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:%|％|円|ドル|ユーロ|mm|cm|kg|g|mg|ml|l)\b|[$€£¥]\s?\d", re.I)
_LAW = re.compile(
    r"regulation \((?:eu|ec)\)|directive|\d{2,4}/\d{1,4}|\bcfr\b|\bu\.s\.c\.|\bact\b|article|"
    r"section \d|§|法|規則|指令|条|令|告示|通達|ordinance|\bno\. ?\d|第\d+号",
    re.I,
)
_NAMED = re.compile(r"[「『“\"][^」』”\"]{2,40}[」』”\"]")  # a named term, quoted
_LABEL = re.compile(r"^([^:：。.]{2,16})[:：]")  # 「申請方法:」 "Documents:"
_ASKS = re.compile(r"[^。！？!?\n]*[？?]")
_RULE = re.compile(
    r"must|required|requires|mandatory|prohibited|shall|need|必要|義務|しなければ|禁止|できません",
    re.I,
)

NAMES = (
    "hand",
    "asked",
    "asked_max",
    "expanded",
    "bm25_doc",
    "heading",
    "fact_type",
    "number",
    "date",
    "amount",
    "law",
    "quoted",
    "rule",
    "lang",
    "length",
    "rank",
    "doc_rank",
    "top_doc",
    "hit",
    "first_in_passage",
    "asked_density",
    "label",
)


@dataclass(frozen=True)
class Candidate:
    """A sentence as the ranker sees it."""

    text: str
    doc: str
    section: str
    rank: int  # its passage's rank among the retrieved passages
    hit: float  # its passage's retrieval score
    hand: float  # the hand-tuned score (select.hand_scores)


def asking(message: str) -> str:
    """The sentence(s) of a message that ask (those ending in ？/?), else the message."""
    asks = [m.group(0).strip() for m in _ASKS.finditer(message) if len(m.group(0).strip()) > 2]
    return " ".join(asks) or message


def features(
    cands: Sequence[Candidate],
    message: str,
    question: str,
    fact: re.Pattern[str] | None,
    language: str,
    doc_order: Sequence[str],
) -> list[list[float]]:
    """One row of NAMES per candidate. message: the user's last message (its asking
    sentence and that sentence's other-language forms); question: the expanded question;
    fact: the pattern of the fact the question's type asks for (select.fact_of)."""
    ask = asking(message)
    asked = set(stemmed(" ".join([ask, *related(ask)])))
    expanded = set(stemmed(question))
    toks = [set(stemmed(c.text)) for c in cands]
    n = len(cands) or 1
    df = Counter(t for ts in toks for t in ts)

    def idf(t: str) -> float:
        return math.log(1 + n / (1 + df[t]))

    asked_w = {t: idf(t) for t in asked if df[t] > 0}
    asked_total = sum(asked_w.values()) or 1.0
    exp_w = {t: idf(t) for t in expanded if df[t] > 0}
    exp_total = sum(exp_w.values()) or 1.0
    bm25 = _bm25_by_doc(cands, toks, asked | expanded)
    top = max(bm25) or 1.0
    docs = {d: i for i, d in enumerate(doc_order)}
    rows: list[list[float]] = []
    seen_rank: set[int] = set()
    for c, ts, b in zip(cands, toks, bm25, strict=True):
        first = c.rank not in seen_rank
        seen_rank.add(c.rank)
        matched = [w for t, w in asked_w.items() if t in ts]
        head = set(stemmed(c.section))
        label = _LABEL.match(c.text)
        named = set(stemmed(label.group(1))) if label else set()
        i = docs.get(c.doc)
        rows.append(
            [
                c.hand,
                sum(matched) / asked_total,
                max(matched, default=0.0) / (max(asked_w.values(), default=1.0) or 1.0),
                sum(w for t, w in exp_w.items() if t in ts) / exp_total,
                b / top,
                len(asked & head) / (len(asked) or 1),
                1.0 if fact is not None and fact.search(c.text) else 0.0,
                1.0 if _NUMBER.search(c.text) else 0.0,
                1.0 if _DATE.search(c.text) else 0.0,
                1.0 if _AMOUNT.search(c.text) else 0.0,
                1.0 if _LAW.search(c.text) else 0.0,
                1.0 if _NAMED.search(c.text) else 0.0,
                1.0 if _RULE.search(c.text) else 0.0,
                1.0 if bool(CJK.search(c.text)) == (language == "ja") else 0.0,
                math.log(1 + len(c.text)) / 6,
                c.rank / 30,
                1 / (1 + i) if i is not None else 0.0,
                1.0 if i == 0 else 0.0,
                c.hit,
                1.0 if first else 0.0,
                sum(matched) / math.sqrt(len(ts) or 1),
                1.0 if asked & named else 0.0,
            ]
        )
    return rows


def _bm25_by_doc(cands: Sequence[Candidate], toks: list[set[str]], query: set[str]) -> list[float]:
    """BM25 of each sentence for the question's words, among the sentences of its document."""
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        by_doc.setdefault(c.doc, []).append(i)
    out = [0.0] * len(cands)
    for idx in by_doc.values():
        n = len(idx)
        df = Counter(t for i in idx for t in toks[i] & query)
        avg = sum(len(toks[i]) for i in idx) / n or 1.0
        for i in idx:
            norm = 1.2 * (0.25 + 0.75 * len(toks[i]) / avg)
            out[i] = sum(
                math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) * 2.2 / (1 + norm)
                for t in toks[i] & query
            )
    return out


@dataclass(frozen=True)
class Model:
    """Standardisation and weights of the fitted model."""

    mean: tuple[float, ...]
    std: tuple[float, ...]
    weights: tuple[float, ...]

    def score(self, rows: list[list[float]]) -> list[float]:
        """The model's score of each row (a logit; only the order matters)."""
        return [
            sum(
                w * (x - m) / s
                for w, x, m, s in zip(self.weights, r, self.mean, self.std, strict=True)
            )
            for r in rows
        ]


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The fitted model, or None when there is none (the hand score orders alone)."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != NAMES:
        return None
    return Model(tuple(data["mean"]), tuple(data["std"]), tuple(data["weights"]))


def learned_order(
    units: Sequence[tuple[int, SearchHit, str]],
    hand: Sequence[float],
    message: str,
    question: str,
    fact: re.Pattern[str] | None,
    language: str,
    doc_order: Sequence[str],
) -> list[int] | None:
    """The units' indices, best first by the fitted model; None without a model or message."""
    fitted = model()
    if fitted is None or not message or not units:
        return None
    cands = [
        Candidate(u, h.citation.doc_id, h.citation.section, r, h.score, s)
        for (r, h, u), s in zip(units, hand, strict=True)
    ]
    scores = fitted.score(features(cands, message, question, fact, language, doc_order))
    return sorted(range(len(cands)), key=lambda i: -scores[i])
