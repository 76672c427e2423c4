"""The comparison baseline of issue 15: stemmed BM25 over each official 6-digit
description with its heading and chapter texts, queried with the product's name,
attributes and category path."""

from __future__ import annotations

import numpy as np

from export_assist.compliance.hs.product import ProductQuery
from export_assist.compliance.hs.suggest import validate_description
from export_assist.compliance.hs.table import HsTable
from export_assist.domain.hs import HsSuggestion
from export_assist.retrieval.bm25 import Bm25
from export_assist.retrieval.tokenize import stemmed


class PathBm25Baseline:
    """Stemmed BM25 over chapter + heading + subheading descriptions (English)."""

    def __init__(self, table: HsTable) -> None:
        self.table = table
        self.codes = table.subheadings
        texts = [" ".join(e.description_en for e in table.path(c)) for c in self.codes]
        self._bm25 = Bm25(texts, stemmed)

    def suggest_product(self, q: ProductQuery, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes by BM25 of the whole listing text."""
        scores = self._bm25.scores(q.text)
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            HsSuggestion(
                code=self.codes[i],
                description=self.table.describe(self.codes[i]),
                description_ja=self.table.describe(self.codes[i], "ja"),
                score=round(float(scores[i]), 4),
                reason="stemmed BM25 over the description path",
            )
            for i in order
            if scores[i] > 0
        ]

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes for a free-text description."""
        # the plain text only: a baseline gets none of the suggester's product-term map
        return self.suggest_product(ProductQuery(validate_description(text)), k)
