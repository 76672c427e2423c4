"""The Chroma adapter: PersistentClient in the data dir, or HttpClient to a server.

Only this module imports chromadb (besides the embedding-function registration).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from export_assist.errors import ServiceUnavailable
from export_assist.retrieval.chroma_ef import ExportAssistEmbeddingFunction
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.settings import Settings

Metadata = dict[str, str | int | float | bool]


@dataclass
class StoredChunk:
    """A chunk as read back from the store."""

    id: str
    text: str
    metadata: Metadata


def make_client(settings: Settings) -> Any:
    """A Chroma client as the settings ask: embedded or server."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.vector_store.backend == "http":
        try:
            return chromadb.HttpClient(
                host=settings.vector_store.host,
                port=settings.vector_store.port,
                ssl=settings.vector_store.ssl,
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises bare exceptions for connection errors
            raise ServiceUnavailable(
                f"Cannot reach the Chroma server at {settings.vector_store.host}:"
                f"{settings.vector_store.port}: {exc}"
            ) from exc
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


class ChromaStore:
    """One Chroma collection of chunks with flat metadata and precomputed embeddings."""

    def __init__(self, client: Any, name: str, embedder: Embedder) -> None:
        self._client = client
        self._embedder = embedder
        self._marker_collection: Any = None
        self.name = name
        self._collection = client.get_or_create_collection(
            name=name,
            embedding_function=ExportAssistEmbeddingFunction(embedder),
            metadata={"hnsw:space": "cosine"},
        )

    def count(self) -> int:
        """Number of chunks stored."""
        return int(self._collection.count())

    # The index version lives beside the chunks, in a small collection of its own, so every
    # process that reads this store (API workers on other machines, too) sees an ingest.
    def _markers(self) -> Any:
        if self._marker_collection is None:  # a race builds it twice: get_or_create is safe
            self._marker_collection = self._client.get_or_create_collection(
                name=f"{self.name}.versions",
                embedding_function=ExportAssistEmbeddingFunction(self._embedder),
            )
        return self._marker_collection

    def version_marker(self) -> str:
        """The marker the last ingest that changed this collection left ('' if none)."""
        documents = self._markers().get(ids=[self.name], include=["documents"])["documents"]
        return str(documents[0]) if documents else ""

    def set_version_marker(self, marker: str) -> None:
        """Record a new marker (a one-number vector: the collection is never queried)."""
        self._markers().upsert(ids=[self.name], documents=[marker], embeddings=[[0.0]])

    def upsert(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        embeddings: Vectors,
        metadatas: Sequence[Metadata],
        batch: int = 1000,
    ) -> None:
        """Insert or replace chunks (in batches below Chroma's maximum batch size)."""
        for start in range(0, len(ids), batch):
            end = start + batch
            self._collection.upsert(
                ids=list(ids[start:end]),
                documents=list(texts[start:end]),
                embeddings=np.asarray(embeddings[start:end], dtype=np.float32),
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str], batch: int = 1000) -> None:
        """Delete chunks by id."""
        for start in range(0, len(ids), batch):
            self._collection.delete(ids=list(ids[start : start + batch]))

    def query(
        self, embedding: Vectors, n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """Nearest chunks as (id, cosine similarity), best first."""
        total = self.count()
        if total == 0:
            return []
        result = self._collection.query(
            query_embeddings=[np.asarray(embedding, dtype=np.float32)],
            n_results=min(n, total),
            where=where or None,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [0.0] * len(ids)
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

    def similarities(self, embedding: Vectors, ids: Sequence[str]) -> dict[str, float]:
        """Cosine similarity of a query vector to the stored chunks with these ids."""
        if not ids:
            return {}
        result = self._collection.get(ids=list(ids), include=["embeddings"])
        vectors = np.asarray(result["embeddings"], dtype=np.float32)
        if vectors.size == 0:
            return {}
        sims = vectors @ np.asarray(embedding, dtype=np.float32)
        return {cid: float(s) for cid, s in zip(result["ids"], sims, strict=True)}

    def vectors(self, ids: Sequence[str], page: int = 5000) -> np.ndarray:
        """The stored embeddings of chunks, one row per id in the order asked for (a
        missing id gets a zero row: it matches nothing)."""
        rows: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), page):
            got = self._collection.get(ids=list(ids[start : start + page]), include=["embeddings"])
            rows.update(
                zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32), strict=True)
            )
        width = next((len(v) for v in rows.values()), 0)
        zero = np.zeros(width, dtype=np.float32)
        return np.vstack([rows.get(cid, zero) for cid in ids]) if ids else np.zeros((0, 0))

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id, in the order asked for (missing ids are left out)."""
        if not ids:
            return []
        result = self._collection.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {
            cid: StoredChunk(cid, doc or "", dict(meta or {}))
            for cid, doc, meta in zip(
                result["ids"], result["documents"], result["metadatas"], strict=True
            )
        }
        return [by_id[cid] for cid in ids if cid in by_id]

    def all_metadata(self, page: int = 5000) -> dict[str, Metadata]:
        """Every chunk id with its metadata (for incremental ingest)."""
        out: dict[str, Metadata] = {}
        offset = 0
        while True:
            result = self._collection.get(include=["metadatas"], limit=page, offset=offset)
            for cid, meta in zip(result["ids"], result["metadatas"], strict=True):
                out[cid] = dict(meta or {})
            if len(result["ids"]) < page:
                return out
            offset += page

    def all_chunks(self, page: int = 5000) -> list[StoredChunk]:
        """Every chunk with its text and metadata (to build the lexical index)."""
        out: list[StoredChunk] = []
        offset = 0
        while True:
            result = self._collection.get(
                include=["documents", "metadatas"], limit=page, offset=offset
            )
            out.extend(
                StoredChunk(cid, doc or "", dict(meta or {}))
                for cid, doc, meta in zip(
                    result["ids"], result["documents"], result["metadatas"], strict=True
                )
            )
            if len(result["ids"]) < page:
                return out
            offset += page
