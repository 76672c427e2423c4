"""HS suggestion: description (ja/en) -> top 6-digit codes, scored through the hierarchy.

Each subheading is scored by BM25 on its own text, BM25 on its text with its parents' text (a "tea"
query reaches 0902xx even when the subheading says "green, in packets"), plus the
BM25 scores of its heading and chapter as documents of their own (a heading that
many children support ranks its children up), plus, when an embedder is given,
cosine similarity to the subheading's text. The baseline is plain BM25 over the
subheadings' own descriptions.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.table import HsTable
from export_assist.domain.hs import HsQuestion, HsSuggestion
from export_assist.errors import InvalidInput
from export_assist.retrieval.bm25 import Bm25, scale
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.tokenize import tokenize


class HsSuggesting(Protocol):
    """What the API, the CLI and the tools need of an HS suggester."""

    table: HsTable

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k 6-digit codes for a description."""
        ...

    def ask(self, text: str, suggestions: list[HsSuggestion]) -> HsQuestion | None:
        """One clarifying question when the best candidates differ on one attribute."""
        ...

    def embeddings(self) -> Vectors | None:
        """Embed what the suggester needs now (slow once; cached afterwards)."""
        ...


def validate_description(text: str, max_chars: int = 2000) -> str:
    """Reject an empty or overlong description with a clear message."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise InvalidInput("describe the product (ja or en) to get HS code suggestions")
    if len(cleaned) > max_chars:
        raise InvalidInput(
            f"the description is {len(cleaned)} characters; the limit is {max_chars}"
        )
    return cleaned


class BaselineSuggester:
    """BM25 over the 6-digit descriptions only (the comparison baseline)."""

    def __init__(self, table: HsTable) -> None:
        self.codes = table.subheadings
        self._table = table
        self._bm25 = Bm25([table.entries[c].description_en for c in self.codes])

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes by BM25."""
        scores = self._bm25.scores(validate_description(text))
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            HsSuggestion(
                code=self.codes[i],
                description=self._table.describe(self.codes[i]),
                description_ja=self._table.describe(self.codes[i], "ja"),
                score=round(float(scores[i]), 4),
                reason="BM25 over the subheading description",
            )
            for i in order
        ]


def _diverse(codes: Sequence[str], ranked: np.ndarray, k: int, per_heading: int = 3) -> list[int]:
    """Top k, at most `per_heading` per 4-digit heading: five siblings are one guess, not five."""
    chosen: list[int] = []
    seen: dict[str, int] = {}
    for i in ranked:
        heading = codes[int(i)][:4]
        if seen.get(heading, 0) < per_heading:
            chosen.append(int(i))
            seen[heading] = seen.get(heading, 0) + 1
        if len(chosen) == k:
            return chosen
    rest = [int(i) for i in ranked if int(i) not in chosen]
    return chosen + rest[: k - len(chosen)]


class HsSuggester:
    """Hierarchy-aware lexical scoring, optionally fused with embedding similarity."""

    def __init__(
        self,
        table: HsTable,
        embedder: Embedder | None = None,
        weights: tuple[float, float, float, float, float] = (1.0, 0.5, 0.3, 0.2, 1.0),
    ) -> None:
        self.table = table
        self.codes = table.subheadings
        self._embedder = embedder
        self._wown, self._w6, self._w4, self._w2, self._wd = weights
        self._own = Bm25(
            [
                f"{table.entries[c].description_en} {table.entries[c].description_ja}"
                for c in self.codes
            ]
        )
        self._index = {c: i for i, c in enumerate(self.codes)}
        self._sub = Bm25([self._context(c) for c in self.codes])
        self._headings = sorted({c[:4] for c in self.codes})
        self._chapters = sorted({c[:2] for c in self.codes})
        groups: dict[str, list[str]] = {}
        for code, entry in table.entries.items():
            for n in (2, 4):
                if len(code) >= n:
                    groups.setdefault(code[:n], []).append(
                        f"{entry.description_en} {entry.description_ja}"
                    )
        self._head_bm25 = Bm25([" ".join(groups.get(h, [])) for h in self._headings])
        self._chap_bm25 = Bm25([" ".join(groups.get(ch, [])) for ch in self._chapters])
        head_pos = {h: i for i, h in enumerate(self._headings)}
        chap_pos = {ch: i for i, ch in enumerate(self._chapters)}
        self._head_of = np.array([head_pos[c[:4]] for c in self.codes])
        self._chap_of = np.array([chap_pos[c[:2]] for c in self.codes])
        self._vectors: Vectors | None = None
        self._lock = threading.Lock()

    def _context(self, code: str) -> str:
        return " ".join(f"{e.description_en} {e.description_ja}" for e in self.table.path(code))

    def embeddings(self) -> Vectors | None:
        """Subheading vectors (embedded once; the embedder's cache keeps them across runs)."""
        if self._embedder is None:
            return None
        with self._lock:
            if self._vectors is None:
                texts = [self._context(c) for c in self.codes]
                self._vectors = self._embedder.embed_passages(texts)
            return self._vectors

    def scores(self, text: str) -> np.ndarray:
        """The combined score of every subheading for a description."""
        query = validate_description(text)
        query = f"{query} {english_terms(query)}"  # a Japanese name reaches English texts
        combined = self._wown * scale(self._own.scores(query))
        combined += self._w6 * scale(self._sub.scores(query))
        combined += self._w4 * scale(self._head_bm25.scores(query))[self._head_of]
        combined += self._w2 * scale(self._chap_bm25.scores(query))[self._chap_of]
        vectors = self.embeddings()
        if vectors is not None and self._embedder is not None:
            sims = vectors @ np.asarray(self._embedder.embed_query(query)).reshape(-1)
            combined += self._wd * scale(np.clip(sims - float(np.median(sims)), 0, None))
        return combined

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k 6-digit codes with a score and the reason they were chosen."""
        if not 1 <= k <= 50:
            raise InvalidInput(f"k must be between 1 and 50, got {k}")
        combined = self.scores(text)
        order = _diverse(self.codes, np.argsort(-combined, kind="stable")[: k * 10], k)
        words = set(tokenize(text))
        english = set(tokenize(english_terms(text)))  # a Japanese name's English reading
        # A code with no evidence at all is no suggestion: fewer than k is an honest answer.
        return [
            self._suggestion(self.codes[i], float(combined[i]), words, english)
            for i in order
            if combined[i] > 0
        ]

    def ask(self, text: str, suggestions: list[HsSuggestion]) -> HsQuestion | None:
        """One clarifying question when the best candidates differ on exactly one attribute."""
        return clarifying_question(from_text(text), suggestions, self.table)

    def _suggestion(
        self, code: str, score: float, words: set[str], english: set[str]
    ) -> HsSuggestion:
        path = self.table.path(code)
        context = set(tokenize(self._context(code)))
        matched = sorted((words | english) & context)
        share = len(words & context) / len(words) if words else 0.0
        if english:  # the English words explain a Japanese name as well as its own do
            share = max(share, len(english & context) / len(english))
        heading = next((e for e in path if e.level == 4), None)
        reason = f"matched: {', '.join(matched[:6])}" if matched else "closest by meaning"
        if heading:
            reason += f"; heading {heading.code} {heading.description_en}"
        return HsSuggestion(
            code=code,
            description=self.table.describe(code),
            description_ja=self.table.describe(code, "ja"),
            score=round(score, 4),
            reason=reason,
            coverage=round(share, 3),
        )
