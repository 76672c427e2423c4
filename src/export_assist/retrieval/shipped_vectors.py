"""Corpus vectors shipped with the repository, so a fresh machine embeds nothing it has.

One compact file per embedding model next to the corpus
(`regulations/.embeddings/<model>.npz`): the sha256 of each embedded passage text and
its vector as float16. At start the embedding cache takes in every entry it lacks;
ingest then finds those passages cached and embeds only what the file does not cover
(a document edited since the file was made is simply embedded, as before).
`make vectors` regenerates the file; `export-assist vectors check` says whether it
covers the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from export_assist.retrieval.embedding_cache import EmbeddingCache
from export_assist.retrieval.embeddings import Embedder
from export_assist.retrieval.metadata import index_text
from export_assist.retrieval.vectorstore import ChromaStore


def vectors_path(corpus_dir: Path, model_id: str) -> Path:
    """Where the shipped vectors of a model live, beside the corpus."""
    return corpus_dir / ".embeddings" / f"{re.sub(r'[^A-Za-z0-9._-]+', '_', model_id)}.npz"


def corpus_digests(store: ChromaStore) -> list[str]:
    """The cache keys of every passage in the index, in a stable order."""
    return sorted(
        {EmbeddingCache.digest(index_text(c.metadata, c.text)) for c in store.all_chunks()}
    )


def export_vectors(store: ChromaStore, embedder: Embedder, path: Path) -> int:
    """Write the vectors of every indexed passage (from the cache; missing ones embedded)."""
    chunks = store.all_chunks()
    texts = sorted({index_text(c.metadata, c.text) for c in chunks})
    vectors = embedder.embed_passages(texts) if texts else np.zeros((0, 1), np.float32)
    digests = [EmbeddingCache.digest(t) for t in texts]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:  # np.savez would add ".npz" to a name that lacks it
        np.savez_compressed(
            out,
            model=np.array(embedder.model_id),
            # raw bytes, not numpy "S32" (that drops a digest's trailing zero bytes)
            digests=np.frombuffer(b"".join(bytes.fromhex(d) for d in digests), np.uint8).reshape(
                -1, 32
            ),
            vectors=np.asarray(vectors, dtype=np.float16),
        )
    return len(digests)


def read_vectors(path: Path) -> tuple[str, dict[str, np.ndarray]]:
    """The model id and {digest: float32 vector} of a shipped file."""
    with np.load(path, allow_pickle=False) as data:
        model = str(data["model"])
        digests = [row.tobytes().hex() for row in data["digests"]]
        vectors = data["vectors"].astype(np.float32)
    return model, dict(zip(digests, vectors, strict=True))


def seed_cache(cache: EmbeddingCache, path: Path, model_id: str) -> int:
    """Put the shipped vectors the cache lacks into it; 0 when the file is for another model."""
    if not path.is_file():
        return 0
    model, vectors = read_vectors(path)
    if model != model_id:
        return 0
    present = cache.get_many(model_id, list(vectors))
    missing = {d: v for d, v in vectors.items() if d not in present}
    if missing:
        cache.put_many(model_id, missing)
    return len(missing)


def coverage(path: Path, wanted: list[str]) -> tuple[int, int]:
    """(passages the file covers, passages the file lacks) for the given digests."""
    shipped = set(read_vectors(path)[1]) if path.is_file() else set()
    covered = sum(1 for d in wanted if d in shipped)
    return covered, len(wanted) - covered
