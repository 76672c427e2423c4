"""Candidate subheadings for a product and the features the learned ranker reads.

Evidence at three levels: stemmed BM25 over the subheading (its own text, its
chapter/heading path and the US national lines below it), over each heading and each
chapter as a document; embedding similarity of the product to the subheading's own
text, to its heading's and to its chapter's (each embedded alone: short texts embed
fast, and the three cosines are three features); CBP rulings on similar
goods (nearest rulings by meaning and by words, voting for their code, heading and
chapter); and whether the materials the product names agree with the subheading's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from export_assist.compliance.hs.product import ProductQuery, materials_in
from export_assist.compliance.hs.public_data import Ruling, rulings, us_detail
from export_assist.compliance.hs.query_words import (
    asks_parts,
    asks_raw,
    candidate_flags,
    catch_all_codes,
    distinct_words,
    head_tokens,
    head_words,
    packing_flags,
    packing_of,
    used_on_removed,
    without_materials,
)
from export_assist.compliance.hs.table import HsTable
from export_assist.compliance.hs.vectors import embed_texts
from export_assist.retrieval.bm25 import Bm25, scale
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.tokenize import stemmed

FEATURES = (
    "bm25_full",
    "bm25_full_n",
    "bm25_own_n",
    "bm25_us_n",
    "bm25_name_n",
    "bm25_head_n",
    "bm25_chap_n",
    "bm25_cat_head_n",
    "bm25_cat_chap_n",
    "dense6",
    "dense6_gap",
    "dense4",
    "dense2",
    "rul_dense6",
    "rul_dense4",
    "rul_dense2",
    "rul_bm6",
    "rul_bm4",
    "rul_bm2",
    "material_match",
    "material_conflict",
    "is_other",
    "log_rank_bm25",
    "log_rank_dense",
    "bm25_headword_n",
    "bm25_headword_head_n",
    "bm25_nomat_n",
    "parts_unasked",
    "raw_unasked",
    "head_in_heading",
    "head_in_own",
    "packing_agree",
    "own_unmatched",
    "catch_all",
)
_POOL = 30  # candidates taken from each of the first-stage lists
_NEIGHBOURS = 10  # rulings that vote
_HEADINGS = 3  # headings best matched by the head of the name, taken whole
_PER_CANDIDATE: tuple[str, ...] = ("material_match", "material_conflict", "head_in_heading")
_PER_CANDIDATE += ("head_in_own", "own_unmatched", "catch_all")
# the first-stage lists each give their best _POOL candidates
_POOLED: tuple[str, ...] = ("bm25_full", "bm25_own_n", "dense6", "rul_dense6", "rul_bm6")
_POOLED += ("bm25_headword_n", "bm25_nomat_n")


@dataclass(frozen=True)
class Candidates:
    """Candidate positions (into the table's subheadings) and their feature rows."""

    index: np.ndarray
    matrix: np.ndarray
    materials: frozenset[str]


def _ranks(scores: np.ndarray) -> np.ndarray:
    ranks = np.empty(scores.size, dtype=np.float32)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(scores.size)
    return np.asarray(np.log1p(ranks), dtype=np.float32)


class HsEvidence:
    """Indexes over one HS table (built once) that score every subheading for a product."""

    def __init__(
        self, table: HsTable, embedder: Embedder | None = None, subheadings: bool = True
    ) -> None:
        self.table = table
        self.codes = table.subheadings
        self._embedder = embedder
        # without subheading vectors (a model trained on heading/chapter meaning only)
        # dense6 repeats the heading's cosine
        self.dense_subheadings = subheadings
        pos = self._pos = {c: i for i, c in enumerate(self.codes)}
        headings = sorted({c[:4] for c in self.codes})
        chapters = sorted({c[:2] for c in self.codes})
        head_pos = {h: i for i, h in enumerate(headings)}
        chap_pos = {ch: i for i, ch in enumerate(chapters)}
        self._head = np.array([head_pos[c[:4]] for c in self.codes])
        self._chap = np.array([chap_pos[c[:2]] for c in self.codes])
        self._nh, self._nc = len(headings), len(chapters)
        self._headings, self._chapters = headings, chapters
        detail = us_detail()
        own = [self._own(c) for c in self.codes]
        self.context = [self._path(c) for c in self.codes]  # as HsSuggester embeds it
        full = [f"{p} {detail.get(c, '')}" for c, p in zip(self.codes, self.context, strict=True)]
        toks = [stemmed(t) for t in full]
        self._bm_full = Bm25(full, stemmed, toks)
        self._bm_own = Bm25(own, stemmed)
        self._bm_us = Bm25([detail.get(c, "") for c in self.codes], stemmed)
        self._bm_head = Bm25([], stemmed, self._grouped(toks, self._head, self._nh))
        self._bm_chap = Bm25([], stemmed, self._grouped(toks, self._chap, self._nc))
        self.rulings: list[Ruling] = [r for r in rulings() if r.code in pos]
        self._rul_pos = np.array([pos[r.code] for r in self.rulings], dtype=np.int64)
        self._bm_rul = Bm25([r.subject for r in self.rulings], stemmed)
        self._materials = [materials_in(t) for t in full]
        self._own_materials = [materials_in(t) for t in own]
        self._other = np.array(["other" in t.lower() for t in own], dtype=np.float32)
        self._parts, self._raw = candidate_flags(
            [self.table.entries[c].description_en for c in self.codes]
        )
        own_en = [self.table.entries[c].description_en for c in self.codes]
        self._packing = packing_flags(own_en)
        # the head counts where the text names the goods, not what they are used on
        # ("lighting ... of a kind used on bicycles" is no bicycle: s9 trial, road bike)
        self._own_toks = [set(stemmed(used_on_removed(t))) for t in own_en]
        self._heading_toks = [set(stemmed(used_on_removed(self._entry(c[:4])))) for c in self.codes]
        self._distinct = [
            distinct_words(o, h) for o, h in zip(own_en, self._heading_toks, strict=True)
        ]
        self._vectors: tuple[Vectors, ...] | None = None
        self._lock = threading.Lock()

    def _own(self, code: str) -> str:
        e = self.table.entries[code]
        return f"{e.description_en} {e.description_ja}"

    def _path(self, code: str) -> str:
        return " ".join(f"{e.description_en} {e.description_ja}" for e in self.table.path(code))

    @staticmethod
    def _grouped(tokens: list[list[str]], groups: np.ndarray, n: int) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in range(n)]
        for toks, g in zip(tokens, groups, strict=True):
            out[int(g)].extend(toks)
        return out

    def texts(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """What is embedded: subheading, heading and chapter texts, ruling subjects."""
        return (
            [self._entry(c) for c in self.codes] if self.dense_subheadings else [],
            [self._entry(h) for h in self._headings],
            [self._entry(ch) for ch in self._chapters],
            [r.subject for r in self.rulings],
        )

    def _entry(self, code: str) -> str:
        e = self.table.get(code)
        return f"{e.description_en} {e.description_ja}".strip() if e else code

    def vectors(self) -> tuple[Vectors, ...] | None:
        """Subheading, heading, chapter and ruling vectors (shipped, else embedded once)."""
        if self._embedder is None:
            return None
        with self._lock:
            if self._vectors is None:
                embedder = self._embedder
                self._vectors = tuple(embed_texts(embedder, t) for t in self.texts())
            return self._vectors

    def _lexical(self, q: ProductQuery) -> dict[str, np.ndarray]:
        full = self._bm_full.scores(q.text)
        head = scale(self._bm_head.scores(q.text))[self._head]
        chap = scale(self._bm_chap.scores(q.text))[self._chap]
        cat_head = scale(self._bm_head.scores(q.category))[self._head] if q.category else 0 * full
        cat_chap = scale(self._bm_chap.scores(q.category))[self._chap] if q.category else 0 * full
        head_text = head_words(q)
        word = self._bm_full.scores(head_text) if head_text else 0 * full
        word_h = scale(self._bm_head.scores(head_text))[self._head] if head_text else 0 * full
        return {
            "bm25_headword_n": scale(word),
            "bm25_headword_head_n": word_h,
            "bm25_nomat_n": scale(self._bm_full.scores(without_materials(q.text))),
            "bm25_full": full,
            "bm25_full_n": scale(full),
            "bm25_own_n": scale(self._bm_own.scores(q.text)),
            "bm25_us_n": scale(self._bm_us.scores(q.text)),
            "bm25_name_n": scale(self._bm_full.scores(q.name)),
            "bm25_head_n": head,
            "bm25_chap_n": chap,
            "bm25_cat_head_n": cat_head,
            "bm25_cat_chap_n": cat_chap,
        }

    def _votes(self, sims: np.ndarray, exclude: str | None, prefix: str) -> dict[str, np.ndarray]:
        """Rulings nearest to the product vote for their code, heading and chapter."""
        n = len(self.codes)
        out = {f"{prefix}{d}": np.zeros(n, dtype=np.float32) for d in (6, 4, 2)}
        if not self.rulings:
            return out
        sims = sims.astype(np.float32).copy()
        if exclude is not None:
            sims[[i for i, r in enumerate(self.rulings) if r.number == exclude]] = -np.inf
        top = np.argsort(-sims)[:_NEIGHBOURS]
        top = top[np.isfinite(sims[top]) & (sims[top] > 0)]
        for i in top:
            code_pos = int(self._rul_pos[i])
            w = float(sims[i])
            out[f"{prefix}6"][code_pos] += w
            out[f"{prefix}4"][self._head == self._head[code_pos]] += w
            out[f"{prefix}2"][self._chap == self._chap[code_pos]] += w
        return out

    def _no_dense(self) -> dict[str, np.ndarray]:
        zero = np.zeros(len(self.codes), dtype=np.float32)
        names = ("dense6", "dense6_gap", "dense4", "dense2", "rul_dense6", "rul_dense4")
        return {k: zero for k in (*names, "rul_dense2")}

    def _dense(self, q: ProductQuery, exclude: str | None) -> dict[str, np.ndarray]:
        """Cosine of the product to each subheading's own text, its heading's and its
        chapter's, and the votes of the rulings nearest by meaning."""
        vectors = self.vectors()
        if vectors is None or self._embedder is None:
            return self._no_dense()
        subs, heads, chaps, ruled = vectors
        query = " ".join(p for p in (q.name, q.category) if p)[:500]
        qv = np.asarray(self._embedder.embed_query(query), dtype=np.float32).reshape(-1)
        head_sims = (heads @ qv)[self._head]
        sims = subs @ qv if self.dense_subheadings else head_sims
        out = {
            "dense6": sims,
            "dense6_gap": sims - float(sims.max()),
            "dense4": head_sims,
            "dense2": (chaps @ qv)[self._chap],
        }
        out.update(self._votes(ruled @ qv, exclude, "rul_dense"))
        return out

    def candidates(
        self, q: ProductQuery, exclude_ruling: str | None = None, dense: bool = True
    ) -> Candidates:
        """The subheadings worth ranking for a product, with their feature rows (the
        embedding features zero when not `dense` or without an embedder)."""
        cols = self._lexical(q)
        cols.update(self._dense(q, exclude_ruling) if dense else self._no_dense())
        cols.update(self._votes(self._bm_rul.scores(q.text), exclude_ruling, "rul_bm"))
        cols["log_rank_bm25"] = _ranks(cols["bm25_full"])
        cols["log_rank_dense"] = _ranks(cols["dense6"])
        cols["is_other"] = self._other
        cols["parts_unasked"] = self._parts * (not asks_parts(q))
        cols["raw_unasked"] = self._raw * (not asks_raw(q))
        cols["packing_agree"] = self._packing * packing_of(q)
        prior = cols["bm25_full_n"] + cols["bm25_head_n"] + cols["dense6_gap"] * 5
        pool = [np.argsort(-cols[name], kind="stable")[:_POOL] for name in _POOLED]
        # every subheading of the headings the head of the name matches best: the expert's
        # code is often a sibling no word of the product reaches ("Knives; sets of ...")
        by_heading = np.zeros(self._nh, dtype=np.float32)
        by_heading[self._head] = cols["bm25_headword_head_n"]
        top = np.argsort(-by_heading, kind="stable")[:_HEADINGS]
        pool.append(np.flatnonzero(np.isin(self._head, top[by_heading[top] > 0])))
        mats, head, said = q.materials, head_tokens(q), set(stemmed(q.text))
        fallback = [self._pos[c] for c in catch_all_codes(mats) if c in self._pos]
        pool.append(np.asarray(fallback, dtype=np.int64))
        index = np.unique(np.concatenate([*pool, np.argsort(-prior, kind="stable")[: 2 * _POOL]]))
        for name in _PER_CANDIDATE:
            cols[name] = np.zeros(len(self.codes), dtype=np.float32)
        for i in index:
            cols["catch_all"][i] = float(i in fallback)
            # what the subheading names beyond its heading (tuna, enamelled) and the
            # product does not say: the "other" sibling is then often the expert's code
            if self._distinct[i]:
                cols["own_unmatched"][i] = len(self._distinct[i] - said) / len(self._distinct[i])
            # the head noun in the heading's or the subheading's own words: what the goods are
            cols["head_in_heading"][i] = float(bool(head & self._heading_toks[i]))
            cols["head_in_own"][i] = float(bool(head & self._own_toks[i]))
            cols["material_match"][i] = float(bool(mats & self._materials[i]))
            own = self._own_materials[i]
            cols["material_conflict"][i] = float(bool(mats and own and not mats & own))
        matrix = np.stack([np.asarray(cols[f], dtype=np.float32)[index] for f in FEATURES], 1)
        return Candidates(index=index, matrix=matrix, materials=mats)
