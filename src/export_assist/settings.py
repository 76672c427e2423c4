"""One settings tree for the whole application (EXPORT_ASSIST_ prefix, __ nesting).

Built once, in `create_app()` or the CLI entry point, never at import time.
Example: ``EXPORT_ASSIST_VECTOR_STORE__BACKEND=http`` selects the Chroma server.
Every field has a description; `export-assist settings` prints them with the value in
force, where it came from and the environment variable that sets it. Most groups
live in `settings_groups/` (retrieval, matching, server, content) and are re-exported
here; this module keeps the root and the auth, assistant and compliance groups.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from export_assist.settings_groups.content import DocumentSettings, TranslationSettings
from export_assist.settings_groups.matching import (
    SCREENING_TOPICS,
    BuyerImportSettings,
    MatchingSettings,
    MatchingWeights,
    ProductFitSettings,
    ScreeningSettings,
)
from export_assist.settings_groups.retrieval import (
    ChunkingSettings,
    EmbeddingSettings,
    SearchSettings,
    VectorStoreSettings,
)
from export_assist.settings_groups.server import (
    ApiSettings,
    DatabaseSettings,
    LimitsSettings,
    LLMSettings,
)

__all__ = [
    "SCREENING_TOPICS",
    "ApiSettings",
    "AssistantSettings",
    "AuthSettings",
    "BuyerImportSettings",
    "ChunkingSettings",
    "ComplianceSettings",
    "DatabaseSettings",
    "DocumentSettings",
    "DutySettings",
    "EmbeddingSettings",
    "LLMSettings",
    "LimitsSettings",
    "MatchingSettings",
    "MatchingWeights",
    "ProductFitSettings",
    "ScreeningSettings",
    "SearchSettings",
    "Settings",
    "TranslationSettings",
    "VectorStoreSettings",
]


class AuthSettings(BaseModel):
    """API keys, widget tokens, publishable keys. Demo mode makes a local run usable at once
    ('auto': only on loopback)."""

    demo_keys: Literal["auto", "on", "off"] = Field(
        default="auto",
        description="Demo mode (`export-assist keys demo` makes and prints the keys; the demo "
        "page gets widget tokens): 'auto' only when bound to a loopback address, 'on' always "
        "(never on a public server), 'off' never",
    )
    demo_tenant: str = Field(default="demo", description="Organisation the demo keys belong to")
    token_secret: SecretStr | None = Field(
        default=None,
        description="Signing secret of widget tokens; unset: a random one kept in the data dir. "
        "Set the same value on every worker when workers do not share a data dir",
    )
    widget_token_ttl_s: int = Field(
        default=900, ge=5, le=86_400, description="Lifetime of a widget token unless asked"
    )
    widget_token_max_ttl_s: int = Field(
        default=3600, ge=5, le=86_400, description="Longest lifetime a widget token may ask for"
    )
    visitor_session_rate: str = Field(
        default="20/minute",
        description="New visitor tokens per visitor address and publishable key ('N/minute')",
    )
    publishable_session_rate: str = Field(
        default="600/minute", description="New visitor tokens per publishable key"
    )
    visitor_request_rate: str = Field(
        default="30/minute", description="Requests per visitor token (chat turns, reads)"
    )

    @field_validator("visitor_session_rate", "publishable_session_rate", "visitor_request_rate")
    @classmethod
    def _rate(cls, value: str) -> str:
        from limits import parse  # why here: settings import nothing heavy at module level

        try:
            parse(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a rate such as '30/minute'") from exc
        return value


class AssistantSettings(BaseModel):
    """The chat assistant: how much evidence it needs before it answers, how much it says."""

    min_dense_score: float = Field(
        default=0.80,
        ge=0,
        le=1,
        description="Embedding similarity (0-1) a passage needs before the assistant cites "
        "it as evidence for an answer",
    )
    history_turns: int = Field(
        default=6, ge=0, le=50, description="Earlier turns of a conversation sent with a question"
    )
    max_answer_tokens: int = Field(
        default=400, ge=16, le=8192, description="Longest LLM answer, in tokens"
    )


class DutySettings(BaseModel):
    """Duty lookup: official tariff APIs are off unless enabled (no network by default)."""

    uk_api: bool = Field(
        default=False,
        description="Read MFN and preferential rates for GB from the UK Trade Tariff API "
        "(network at run time); off: official lookup links only",
    )
    uk_base_url: str = Field(
        default="https://www.trade-tariff.service.gov.uk/api/v2",
        description="Base URL of the UK Trade Tariff API (uk_api only)",
    )
    timeout_s: float = Field(
        default=10.0, gt=0, le=120, description="Seconds to wait for the tariff API"
    )


class ComplianceSettings(BaseModel):
    """Checklist engine, HS suggestion and origin data (unset paths use the defaults)."""

    cards_dir: Path | None = Field(
        default=None, description="Folder of requirement cards (YAML); unset: <corpus_dir>/cards"
    )
    hs_table: Path | None = Field(
        default=None,
        description="HS nomenclature CSV; unset: <data_dir>/hs/hs_table.csv once `hs import` "
        "ran, else the packaged table",
    )
    evidence_per_card: int = Field(
        default=2, ge=1, le=10, description="Passages cited for each checklist item"
    )
    min_evidence_score: float = Field(
        default=0.5,
        ge=0,
        description="BM25 score under which the best supporting passage counts as weak and "
        "the item is marked for review",
    )
    text_items: int = Field(
        default=3,
        ge=0,
        le=20,
        description="Extra 'found in the text, verify' items per destination beyond the cards",
    )
    text_candidates: int = Field(
        default=12, ge=1, le=100, description="Passages searched to find those extra items"
    )
    category_similarity: float = Field(
        default=0.86,
        ge=0,
        le=1,
        description="Embedding similarity (0-1) to a category's examples from which a "
        "product is put in that category",
    )
    hs_dense: bool = Field(
        default=True,
        description="HS ranker reads embedding similarity too (off: its words-only model)",
    )
    psr_tables: dict[str, Path] = Field(
        default_factory=dict,
        description="Product-specific rules of origin: agreement key -> JSON file, e.g. "
        '{"uk-japan-cepa": "japan.json"}',
    )
    duties: DutySettings = Field(
        default_factory=DutySettings, description="Duty-rate lookup (official tariff APIs)"
    )


class Settings(BaseSettings):
    """The root of the settings tree."""

    model_config = SettingsConfigDict(
        env_prefix="EXPORT_ASSIST_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    data_dir: Path = Field(
        default=Path("./data"),
        description="Where everything the app writes lives: database, Chroma, caches, "
        "documents, demo keys (relative to the working directory)",
    )
    corpus_dir: Path = Field(
        default=Path("./regulations"),
        description="The regulation corpus `ingest` reads by default, with its cards and "
        "shipped vectors",
    )
    programmes_dir: Path = Field(
        default=Path("./programmes"), description="The support-programme catalogue (YAML)"
    )
    vector_store: VectorStoreSettings = Field(
        default_factory=VectorStoreSettings, description="Where passage vectors are stored"
    )
    embeddings: EmbeddingSettings = Field(
        default_factory=EmbeddingSettings, description="How passages and questions are embedded"
    )
    search: SearchSettings = Field(
        default_factory=SearchSettings, description="Hybrid regulation search"
    )
    chunking: ChunkingSettings = Field(
        default_factory=ChunkingSettings, description="How documents are cut into passages"
    )
    llm: LLMSettings = Field(default_factory=LLMSettings, description="The optional language model")
    database: DatabaseSettings = Field(
        default_factory=DatabaseSettings, description="The SQL database"
    )
    api: ApiSettings = Field(default_factory=ApiSettings, description="The HTTP server")
    limits: LimitsSettings = Field(
        default_factory=LimitsSettings, description="What one request may hold"
    )
    matching: MatchingSettings = Field(
        default_factory=MatchingSettings, description="Buyer shortlists and screening"
    )
    compliance: ComplianceSettings = Field(
        default_factory=ComplianceSettings, description="Checklists, HS codes, origin"
    )
    auth: AuthSettings = Field(
        default_factory=AuthSettings, description="API keys, and demo keys for a local run"
    )
    assistant: AssistantSettings = Field(
        default_factory=AssistantSettings, description="The chat assistant"
    )
    translation: TranslationSettings = Field(
        default_factory=TranslationSettings, description="Translation of trade texts"
    )
    documents: DocumentSettings = Field(
        default_factory=DocumentSettings, description="Trade-document rendering"
    )

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
