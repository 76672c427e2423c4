"""Hybrid search: dense (Chroma) + BM25, fused by reciprocal rank, with metadata filters."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Literal

import numpy as np

from export_assist.domain.citations import SearchFilters, SearchHit
from export_assist.errors import InvalidInput
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.fusion import reciprocal_rank_fusion
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.metadata import citation_from, compile_filters, index_text
from export_assist.retrieval.rerank import Evidence, PassageReranker
from export_assist.retrieval.vectorstore import ChromaStore
from export_assist.settings import SearchSettings

Mode = Literal["hybrid", "dense", "lexical"]


def validate_query(query: str, max_chars: int) -> str:
    """Reject what cannot be searched with a message a person understands."""
    cleaned = (query or "").strip()
    if not cleaned:
        raise InvalidInput("The search query is empty: type a question or some keywords.")
    if len(cleaned) > max_chars:
        raise InvalidInput(
            f"The search query is {len(cleaned)} characters long; the limit is {max_chars}. "
            "Shorten it to the question itself."
        )
    return cleaned


class HybridSearcher:
    """Searches one collection. The lexical index is rebuilt when the store changes."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        settings: SearchSettings,
        version: Callable[[], str] | None = None,
        reranker: PassageReranker | None = None,
    ) -> None:
        self._store = store
        self.reranker = reranker  # reorders hybrid results when set
        self._embedder = embedder
        self._settings = settings
        self._version = version or (lambda: str(store.count()))
        self._lexical: LexicalIndex | None = None
        self._seen_version: str | None = None
        self._lock = threading.Lock()
        self._matrix: tuple[LexicalIndex, np.ndarray] | None = None  # vectors of that index

    def lexical_index(self) -> LexicalIndex:
        """The BM25 index, (re)built from the store when its version changed."""
        version = self._version()
        with self._lock:
            if self._lexical is None or version != self._seen_version:
                chunks = self._store.all_chunks()
                self._lexical = LexicalIndex(
                    [c.id for c in chunks],
                    [c.text for c in chunks],
                    [c.metadata for c in chunks],
                    [index_text(c.metadata, c.text) for c in chunks],
                )
                self._seen_version = version
            return self._lexical

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        top_k: int | None = None,
        mode: Mode = "hybrid",
    ) -> list[SearchHit]:
        """The best passages for a query, each with its citation and scores."""
        query = validate_query(query, self._settings.max_query_chars)
        top_k = top_k or self._settings.top_k
        reranker = self.reranker if mode != "dense" else None
        n = max(self._settings.candidates, top_k, reranker.pool if reranker else 0)
        ev, lex, qvec = self._evidence(query, filters, n, mode)
        fused = ev.fused
        if reranker is not None:
            fused = reranker.rerank(
                ev, lambda ids: self._store.similarities(qvec, ids) if qvec is not None else {}
            )
        return self._hits(fused[:top_k], ev.dense, lex, ev.lexical)

    def evidence(self, query: str, filters: SearchFilters | None, n: int) -> Evidence:
        """Hybrid search's candidates for a query before any reranking (for training)."""
        return self._evidence(validate_query(query, self._settings.max_query_chars), filters, n)[0]

    def embed_query(self, query: str) -> Vectors:
        """The query's unit vector (the embedder's query form)."""
        return self._embedder.embed_query(query)

    def similarities(self, query: str, ids: list[str]) -> dict[str, float]:
        """Cosine similarity of the query to chunks by id."""
        return self._store.similarities(self._embedder.embed_query(query), ids)

    def cosines(self, query: str) -> np.ndarray:
        """Cosine similarity of the query to every chunk, in the lexical index's order: one
        product over the stored vectors, read once per index version (a document's best
        passage is known even when the nearest-neighbour list left the document out)."""
        index = self.lexical_index()
        with self._lock:
            if self._matrix is None or self._matrix[0] is not index:  # rebuilt: re-read
                self._matrix = (index, self._store.vectors(index.ids))
            matrix = self._matrix[1]
        if matrix.size == 0:
            return np.zeros(len(index.ids), dtype=np.float32)
        return matrix @ np.asarray(self._embedder.embed_query(query), dtype=np.float32)

    def _evidence(
        self, query: str, filters: SearchFilters | None, n: int, mode: Mode = "hybrid"
    ) -> tuple[Evidence, list[tuple[str, float]], Vectors | None]:
        compiled = compile_filters(filters)
        lexical = self.lexical_index()
        dense: list[tuple[str, float]] = []
        lex: list[tuple[str, float]] = []
        qvec: Vectors | None = None
        bm25 = lexical.scores(query) if mode in ("hybrid", "lexical") else np.zeros(0)
        if mode in ("hybrid", "dense"):
            qvec = self._embedder.embed_query(query)
            dense = self._store.query(qvec, n, compiled.where())
        mask = lexical.mask(compiled.matches if compiled.clauses else None)
        if mode in ("hybrid", "lexical"):
            lex = lexical.best(bm25, n, mask)
        if mode == "dense":
            fused = dense
        elif mode == "lexical":
            fused = lex
        else:
            fused = reciprocal_rank_fusion(
                [[cid for cid, _ in dense], [cid for cid, _ in lex]],
                [self._settings.dense_weight, self._settings.lexical_weight],
                k=self._settings.rrf_k,
            )
        return Evidence(query, fused, dense, bm25, lexical, mask), lex, qvec

    def _hits(
        self,
        fused: list[tuple[str, float]],
        dense: list[tuple[str, float]],
        lex: list[tuple[str, float]],
        lexical: LexicalIndex,
    ) -> list[SearchHit]:
        dense_rank = {cid: (r, s) for r, (cid, s) in enumerate(dense, start=1)}
        lex_rank = {cid: (r, s) for r, (cid, s) in enumerate(lex, start=1)}
        missing = [cid for cid, _ in fused if cid not in lexical.position]
        fetched = {c.id: c for c in self._store.get(missing)} if missing else {}
        hits: list[SearchHit] = []
        for cid, score in fused:
            if cid in lexical.position:
                i = lexical.position[cid]
                text, meta = lexical.texts[i], lexical.metadatas[i]
            elif cid in fetched:
                text, meta = fetched[cid].text, fetched[cid].metadata
            else:
                continue
            d = dense_rank.get(cid)
            lx = lex_rank.get(cid)
            hits.append(
                SearchHit(
                    chunk_id=cid,
                    text=text,
                    citation=citation_from(meta),
                    score=score,
                    dense_rank=d[0] if d else None,
                    dense_score=d[1] if d else None,
                    lexical_rank=lx[0] if lx else None,
                    lexical_score=lx[1] if lx else None,
                )
            )
        return hits
