"""Citations for cards: BM25 over the card's evidence documents only (no embedding per card)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import numpy as np

from export_assist.answering.textclean import is_meta_section
from export_assist.domain.citations import SearchHit
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.metadata import citation_from
from export_assist.retrieval.search import HybridSearcher
from export_assist.retrieval.tokenize import tokenize

_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def sentences(text: str) -> list[str]:
    """Split a passage into sentences (Latin and Japanese punctuation, line breaks)."""
    parts = [p.strip(" -*#|\t") for p in _SENTENCE.split(text)]
    return [p for p in parts if len(p) > 3]


def best_sentences(text: str, query: str, n: int = 2) -> list[str]:
    """The passage's sentences sharing most tokens with the query, in passage order."""
    wanted = set(tokenize(query))
    scored = [(len(wanted & set(tokenize(s))), i, s) for i, s in enumerate(sentences(text))]
    top = [t for t in sorted(scored, key=lambda t: (-t[0], t[1]))[:n] if t[0] > 0]
    if not top:  # nothing shared: the passage's opening sentences
        top = scored[:n]
    return [s for _, _, s in sorted(top, key=lambda t: t[1])]


@dataclass
class _DocMasks:
    fingerprint: str
    masks: dict[tuple[str, ...], np.ndarray]
    status: dict[str, str]


class EvidenceFinder:
    """Finds the passages of a card's evidence documents that best match a query."""

    def __init__(self, searcher: HybridSearcher) -> None:
        self._searcher = searcher
        self._cache = _DocMasks("", {}, {})
        self._lock = threading.Lock()

    def _fresh(self, index: LexicalIndex) -> None:
        if self._cache.fingerprint != index.fingerprint:
            status = {
                str(m.get("doc_id", "")): str(m.get("review_status", "verified"))
                for m in index.metadatas
            }
            self._cache = _DocMasks(index.fingerprint, {}, status)

    def _mask(self, index: LexicalIndex, doc_ids: tuple[str, ...]) -> np.ndarray:
        # Masks are cached per index version: the per-chunk predicate is the slow part.
        # A document's Sources/Checked sections list URLs and dates, not the rule: they
        # often share the card's words (a URL naming ICS2) but are never its citation.
        with self._lock:
            self._fresh(index)
            mask = self._cache.masks.get(doc_ids)
            if mask is None:
                wanted = set(doc_ids)
                mask = np.array(
                    [
                        1.0
                        if m.get("doc_id") in wanted
                        and not is_meta_section(str(m.get("section", "")))
                        else 0.0
                        for m in index.metadatas
                    ],
                    dtype=np.float32,
                )
                self._cache.masks[doc_ids] = mask
            return mask

    def doc_status(self, index: LexicalIndex | None = None) -> dict[str, str]:
        """review_status of every indexed document, by id."""
        index = index or self._searcher.lexical_index()
        with self._lock:
            self._fresh(index)
            return self._cache.status

    def index(self) -> LexicalIndex:
        """The current lexical index (take it once per request, pass it to `find`)."""
        return self._searcher.lexical_index()

    def find(
        self, query: str, doc_ids: list[str], k: int = 2, index: LexicalIndex | None = None
    ) -> list[SearchHit]:
        """Top passages of the given documents for the query (empty when none matches)."""
        if not doc_ids:
            return []
        index = index or self._searcher.lexical_index()
        mask = self._mask(index, tuple(sorted(doc_ids)))
        if not mask.any():
            return []
        hits: list[SearchHit] = []
        for cid, score in index.search(query, k, mask):
            i = index.position[cid]
            hits.append(
                SearchHit(
                    chunk_id=cid,
                    text=index.texts[i],
                    citation=citation_from(index.metadatas[i]),
                    score=score,
                    lexical_score=score,
                )
            )
        return hits
