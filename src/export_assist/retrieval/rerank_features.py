"""Features of a query's candidate passages for the passage reranker (one row each).

Everything here comes from what hybrid search already holds: the BM25 scores of every
chunk, the dense similarities of the candidates, the fused ranks, the chunks' tokens and
the index's IDF. No model, no I/O: the same code builds training rows and live rows."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# The order of the model's columns; a model file names the features it was trained on.
FEATURES: tuple[str, ...] = (
    "bm25_rel",
    "bm25_lrank",
    "stem_rel",
    "stem_lrank",
    "dense",
    "dense_gap",
    "dense_lrank",
    "fused_lrank",
    "cover",
    "cover_idf",
    "bigram",
    "length",
    "q_len",
    "doc_best",
    "doc_dense",
    "doc_share",
    "doc_cover",
    "neighbour",
    "dense_grank",
    "nb_dense_gap",
    "terms",
    "sec_best",
    "sec_size",
    "near_best",
)

# The features that need no embeddings: a model trained on these reranks BM25 and hybrid
# candidates alike (the dense ones and the fused rank depend on the vector store).
DENSE: tuple[str, ...] = (
    "dense",
    "dense_gap",
    "dense_lrank",
    "doc_dense",
    "fused_lrank",
    "dense_grank",
    "nb_dense_gap",
)
LEXICAL: tuple[str, ...] = tuple(f for f in FEATURES if f not in DENSE)


@dataclass(frozen=True)
class Candidates:
    """A query's candidate pool: index positions with their dense scores and fused ranks."""

    positions: Sequence[int]
    dense: Sequence[float]  # cosine similarity of each candidate to the query
    fused_rank: Sequence[int]  # 1-based rank in the fused (RRF) list
    dense_rank: Sequence[int] = ()  # 1-based rank in the dense list (its length + 1: absent)
    neighbour_dense: Sequence[float] = ()  # best cosine of the chunks beside it, same document


@dataclass(frozen=True)
class IndexView:
    """What the features read from the lexical index."""

    tokens: Sequence[Sequence[str]]
    idf: dict[str, float]
    doc_ids: Sequence[str]
    doc_vocab: dict[str, frozenset[str]]  # every token of each document
    texts: Sequence[str] = ()  # each chunk's text, as stored
    siblings: Sequence[np.ndarray] = ()  # other chunks under the same parent section


# Capitalised words after the first: the defined terms of rules and statutes
# ("Reporting Entity", "Inside Information") that a question names as the text does.
_TERM = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*")


def defined_terms(query: str) -> list[str]:
    """The capitalised terms of a question, lowercased (not its first word)."""
    return sorted({m.group(0).lower() for m in _TERM.finditer(query.strip())})


def term_cover(query: str, texts: Sequence[str]) -> np.ndarray:
    """Share of the question's defined terms that each text holds word for word."""
    terms = defined_terms(query)
    if not terms:
        return np.zeros(len(texts))
    return np.array([sum(t in text.lower() for t in terms) / len(terms) for text in texts])


def _bigrams(tokens: Sequence[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(tokens))


def _ranks(values: np.ndarray, of: np.ndarray) -> np.ndarray:
    """1-based rank each value of `of` would take among `values` (higher is better)."""
    ordered = np.sort(values)
    return (values.size - np.searchsorted(ordered, of, side="right") + 1).astype(np.float64)


def feature_rows(
    query_tokens: Sequence[str],
    bm25: np.ndarray,
    stem: np.ndarray,
    cands: Candidates,
    view: IndexView,
    query: str = "",
) -> np.ndarray:
    """One row of FEATURES per candidate, in the candidates' order."""
    pos = np.asarray(cands.positions, dtype=np.int64)
    n = pos.size
    out = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return out
    top = float(bm25.max()) if bm25.size else 0.0
    rel = bm25[pos] / top if top > 0 else np.zeros(n)
    dense = np.asarray(cands.dense, dtype=np.float64)
    col = {name: i for i, name in enumerate(FEATURES)}
    out[:, col["bm25_rel"]] = rel
    out[:, col["bm25_lrank"]] = np.log1p(_ranks(bm25, bm25[pos]))
    stem_top = float(stem.max()) if stem.size else 0.0
    out[:, col["stem_rel"]] = stem[pos] / stem_top if stem_top > 0 else 0.0
    out[:, col["stem_lrank"]] = np.log1p(_ranks(stem, stem[pos]))
    _dense_features(out, col, cands, dense)
    out[:, col["q_len"]] = math.log1p(len(set(query_tokens)))
    _term_features(out, col, query_tokens, pos, view)
    if view.texts:
        out[:, col["terms"]] = term_cover(query, [view.texts[int(p)] for p in pos])
    _section_features(out, col, pos, view, stem / stem_top if stem_top > 0 else stem)
    srel = out[:, col["stem_rel"]]
    _document_features(out, col, srel, dense, pos, view, stem, stem_top)
    unique = set(query_tokens)
    mass = sum(view.idf.get(t, 0.0) for t in unique) or 1.0
    for doc in set(view.doc_ids[int(p)] for p in pos):
        held = unique & view.doc_vocab.get(doc, frozenset())
        share = sum(view.idf.get(t, 0.0) for t in held) / mass
        out[[view.doc_ids[int(p)] == doc for p in pos], col["doc_cover"]] = share
    return out


def _dense_features(
    out: np.ndarray, col: dict[str, int], cands: Candidates, dense: np.ndarray
) -> None:
    """What the embeddings say: cosine, its gap to the best, ranks, the neighbours' cosine."""
    n = dense.size
    out[:, col["dense"]] = dense
    out[:, col["dense_gap"]] = dense.max() - dense
    out[:, col["dense_lrank"]] = np.log1p(_ranks(dense, dense))
    out[:, col["fused_lrank"]] = np.log1p(np.asarray(cands.fused_rank, dtype=np.float64))
    if len(cands.dense_rank) == n:
        out[:, col["dense_grank"]] = np.log1p(np.asarray(cands.dense_rank, dtype=np.float64))
    if len(cands.neighbour_dense) == n:
        out[:, col["nb_dense_gap"]] = dense.max() - np.asarray(cands.neighbour_dense)


def _term_features(
    out: np.ndarray,
    col: dict[str, int],
    query_tokens: Sequence[str],
    pos: np.ndarray,
    view: IndexView,
) -> None:
    """How much of the query each passage holds: words, IDF mass, adjacent word pairs."""
    unique = set(query_tokens)
    weights = {t: view.idf.get(t, 0.0) for t in unique}
    mass = sum(weights.values()) or 1.0
    pairs = _bigrams(query_tokens)
    for row, p in enumerate(pos):
        tokens = view.tokens[int(p)]
        present = unique.intersection(tokens)
        out[row, col["cover"]] = len(present) / len(unique) if unique else 0.0
        out[row, col["cover_idf"]] = sum(weights[t] for t in present) / mass
        if pairs:
            out[row, col["bigram"]] = len(pairs & _bigrams(tokens)) / len(pairs)
        out[row, col["length"]] = math.log1p(len(tokens))


def _document_features(
    out: np.ndarray,
    col: dict[str, int],
    rel: np.ndarray,
    dense: np.ndarray,
    pos: np.ndarray,
    view: IndexView,
    scores: np.ndarray,
    top: float,
) -> None:
    """Evidence from the passage's own document: its best candidates and its neighbours."""
    docs = [view.doc_ids[int(p)] for p in pos]
    best_rel: dict[str, float] = {}
    best_dense: dict[str, float] = {}
    count: dict[str, int] = {}
    for d, r, s in zip(docs, rel, dense, strict=True):
        best_rel[d] = max(best_rel.get(d, 0.0), float(r))
        best_dense[d] = max(best_dense.get(d, -1.0), float(s))
        count[d] = count.get(d, 0) + 1
    top_dense = float(dense.max())
    size = len(view.doc_ids)
    for row, (d, p) in enumerate(zip(docs, pos, strict=True)):
        out[row, col["doc_best"]] = best_rel[d]
        out[row, col["doc_dense"]] = top_dense - best_dense[d]
        out[row, col["doc_share"]] = count[d] / len(docs)
        # the chunks beside it in the index (stored in document order) of the same document
        near = [q for q in (int(p) - 1, int(p) + 1) if 0 <= q < size and view.doc_ids[q] == d]
        if near and top > 0:
            out[row, col["neighbour"]] = max(float(scores[q]) for q in near) / top


def _section_features(
    out: np.ndarray, col: dict[str, int], pos: np.ndarray, view: IndexView, rel: np.ndarray
) -> None:
    """The best stemmed BM25 among the passage's siblings (same parent section) and among
    the chunks up to three places either side in its document: where one passage answers,
    the question often needs the next clauses too."""
    size = len(view.doc_ids)
    for row, p in enumerate(int(q) for q in pos):
        if view.siblings:
            sib = view.siblings[p]
            out[row, col["sec_size"]] = math.log1p(sib.size)
            out[row, col["sec_best"]] = float(rel[sib].max()) if sib.size else 0.0
        doc = view.doc_ids[p]
        near = [q for q in range(p - 3, p + 4) if q != p and 0 <= q < size]
        same = [q for q in near if view.doc_ids[q] == doc]
        out[row, col["near_best"]] = float(rel[same].max()) if same else 0.0
