"""Product -> categories and conditions: from the HS code, keywords, and embeddings."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import numpy as np

from export_assist.compliance import rules
from export_assist.domain.compliance import Inference, ProductProfile
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.normalize import nfkc


def _longest(code: str, table: dict[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return code[:n], table[code[:n]]
    return None


def _keyword_pattern(word: str) -> re.Pattern[str]:
    # ASCII words match on word boundaries ("tea" must not match "steam"); CJK by substring.
    if word.isascii():
        return re.compile(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])")
    return re.compile(re.escape(word))


_CATEGORY_KW = [(_keyword_pattern(k), k, v) for k, v in rules.KEYWORD_CATEGORIES.items()]
_CONDITION_KW = [(_keyword_pattern(k), k, v) for k, v in rules.KEYWORD_CONDITIONS.items()]


class ProfileBuilder:
    """Infers what a product is; each inference carries a reason the user can check."""

    def __init__(
        self, embedder: Embedder | None = None, threshold: float = 0.84, margin: float = 0.015
    ) -> None:
        self._embedder = embedder
        self._threshold = threshold
        self._margin = margin
        self._category_vectors: Vectors | None = None
        self._lock = threading.Lock()

    def build(
        self,
        description: str,
        hs_code: str | None,
        categories: Iterable[str] = (),
        conditions: Iterable[str] = (),
        infer: bool = True,
        exclude: Iterable[str] = (),
    ) -> ProductProfile:
        """A profile from what the user gave plus (when `infer`) what follows from it."""
        found: list[Inference] = [
            Inference(kind="category", value=c, reason="given by the user", source="user")
            for c in categories
        ] + [
            Inference(kind="condition", value=c, reason="given by the user", source="user")
            for c in conditions
        ]
        if infer:
            text = nfkc(description or "").lower()
            found += _consistent(self._from_hs(hs_code), self._from_keywords(text))
            if not any(i.kind == "category" for i in found) and text.strip():
                found += self._from_embedding(description)
            found += self._implied(found)
        dropped = set(exclude)
        found = [i for i in found if i.source == "user" or i.value not in dropped]
        return ProductProfile(
            description=description,
            hs_code=hs_code,
            categories=_unique(i.value for i in found if i.kind == "category"),
            conditions=_unique(i.value for i in found if i.kind == "condition"),
            inferred=_dedupe(found),
        )

    def _from_hs(self, hs_code: str | None) -> list[Inference]:
        if not hs_code:
            return []
        out: list[Inference] = []
        for kind, table in (("category", rules.HS_CATEGORIES), ("condition", rules.HS_CONDITIONS)):
            match = _longest(hs_code, table)
            if match:
                prefix, values = match
                out += [
                    Inference(kind=kind, value=v, reason=f"HS {prefix}", source="hs_code")  # type: ignore[arg-type]
                    for v in values
                ]
        return out

    def _from_keywords(self, text: str) -> list[Inference]:
        out: list[Inference] = []
        for kind, table in (("category", _CATEGORY_KW), ("condition", _CONDITION_KW)):
            for pattern, word, values in table:
                if pattern.search(text):
                    out += [
                        Inference(kind=kind, value=v, reason=f"keyword '{word}'", source="keyword")  # type: ignore[arg-type]
                        for v in values
                    ]
        return out

    def _vectors(self) -> Vectors:
        with self._lock:
            if self._category_vectors is None:
                assert self._embedder is not None
                texts = list(rules.CATEGORY_DESCRIPTIONS.values())
                self._category_vectors = self._embedder.embed_passages(texts)
            return self._category_vectors

    def _from_embedding(self, description: str) -> list[Inference]:
        """The closest category by embedding, only when it is close and clearly ahead."""
        if self._embedder is None:
            return []
        query = self._embedder.embed_query(description)
        sims = self._vectors() @ np.asarray(query, dtype=np.float32).reshape(-1)
        order = np.argsort(-sims)
        best, second = float(sims[order[0]]), float(sims[order[1]])
        if best < self._threshold or best - second < self._margin:
            return []
        name = list(rules.CATEGORY_DESCRIPTIONS)[int(order[0])]
        reason = f"closest category by meaning (similarity {best:.2f})"
        return [Inference(kind="category", value=name, reason=reason, source="embedding")]

    @staticmethod
    def _implied(found: list[Inference]) -> list[Inference]:
        out: list[Inference] = []
        for inf in list(found):
            if inf.kind == "category":
                for extra in rules.IMPLIED.get(inf.value, ()):
                    out.append(
                        Inference(
                            kind="category",
                            value=extra,
                            reason=f"implied by {inf.value}",
                            source=inf.source,
                        )
                    )
        return out


def _consistent(by_hs: list[Inference], by_keyword: list[Inference]) -> list[Inference]:
    """HS inferences, plus keyword ones that do not contradict the kind of goods the HS says."""
    kinds = {rules.KINDS[i.value] for i in by_hs if i.kind == "category" and i.value in rules.KINDS}
    if not kinds:
        return by_hs + by_keyword
    kept = [
        i for i in by_keyword if i.kind == "condition" or rules.KINDS.get(i.value) in (None, *kinds)
    ]
    return by_hs + kept


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _dedupe(found: list[Inference]) -> list[Inference]:
    seen: set[tuple[str, str]] = set()
    out: list[Inference] = []
    for inf in found:
        if (inf.kind, inf.value) not in seen:
            seen.add((inf.kind, inf.value))
            out.append(inf)
    return out
