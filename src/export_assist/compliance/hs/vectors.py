"""Subheading and ruling vectors shipped with the package, so the ranker embeds nothing
it has: compliance/data/hs_vectors.npz holds the sha256 of each embedded text and its
vector (float16), for one embedding model. Texts the file lacks (another HS table,
another model) are embedded once through the embedder, whose cache keeps them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from export_assist.retrieval.embedding_cache import EmbeddingCache
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.shipped_vectors import read_vectors

VECTORS_FILE = "hs_vectors.npz"


def shipped_path() -> Path:
    """Where the packaged vectors live."""
    return Path(
        str(resources.files("export_assist.compliance").joinpath("data").joinpath(VECTORS_FILE))
    )


@cache
def _shipped(path: Path) -> tuple[str, dict[str, np.ndarray]]:
    if not path.is_file():
        return "", {}
    return read_vectors(path)


def embed_texts(embedder: Embedder, texts: Sequence[str], path: Path | None = None) -> Vectors:
    """Vectors of the texts: shipped ones where the file is for this model, the rest embedded."""
    model, shipped = _shipped(path or shipped_path())
    if model != embedder.model_id:
        shipped = {}
    digests = [EmbeddingCache.digest(t) for t in texts]
    missing = [i for i, d in enumerate(digests) if d not in shipped]
    fresh = embedder.embed_passages([texts[i] for i in missing]) if missing else None
    found = {digests[i]: fresh[n] for n, i in enumerate(missing)} if fresh is not None else {}
    rows = [shipped[d] if d in shipped else found[d] for d in digests]
    return np.asarray(np.vstack(rows), dtype=np.float32) if rows else np.zeros((0, 0), np.float32)


def write_vectors(path: Path, model_id: str, texts: Sequence[str], vectors: Vectors) -> int:
    """Write the shipped file: each text's sha256 and its vector as float16."""
    unique = {EmbeddingCache.digest(t): v for t, v in zip(texts, vectors, strict=True)}
    digests = sorted(unique)
    with path.open("wb") as out:  # np.savez would add ".npz" to a name that lacks it
        np.savez_compressed(
            out,
            model=np.array(model_id),
            digests=np.frombuffer(b"".join(bytes.fromhex(d) for d in digests), np.uint8).reshape(
                -1, 32
            ),
            vectors=np.asarray([unique[d] for d in digests], dtype=np.float16),
        )
    _shipped.cache_clear()
    return len(digests)
