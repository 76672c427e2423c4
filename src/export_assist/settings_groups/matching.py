"""Settings of buyer matching: scoring weights, product fit, screening, imports."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

_WEIGHT = "Relative weight (any scale: weights are divided by their sum) of"


class MatchingWeights(BaseModel):
    """Weights of the shortlist scoring model (documented in matching/scoring.py)."""

    product: float = Field(
        default=0.40, ge=0, description=f"{_WEIGHT} product fit (see matching.product_fit)"
    )
    market: float = Field(
        default=0.10, ge=0, description=f"{_WEIGHT} the buyer being in a requested market"
    )
    certification: float = Field(
        default=0.15,
        ge=0,
        description=f"{_WEIGHT} certifications the buyer prefers and the exporter holds "
        "(a required one that is missing excludes the buyer whatever the weight)",
    )
    order_size: float = Field(
        default=0.10, ge=0, description=f"{_WEIGHT} overlap of the order-size ranges"
    )
    channel: float = Field(
        default=0.05, ge=0, description=f"{_WEIGHT} sales channels the exporter serves"
    )
    language: float = Field(
        default=0.05, ge=0, description=f"{_WEIGHT} a language in common (Japanese best)"
    )
    trade_history: float = Field(
        default=0.10, ge=0, description=f"{_WEIGHT} the buyer's past purchases of this code"
    )


class ProductFitSettings(BaseModel):
    """How product fit mixes meaning (embeddings), the code hierarchy and words."""

    semantic: float = Field(
        default=0.45,
        ge=0,
        description="Share of embedding similarity (description vs the buyer's interests)",
    )
    code: float = Field(
        default=0.10, ge=0, description="Share of HS/code proximity (shared code levels)"
    )
    lexical: float = Field(
        default=0.45, ge=0, description="Share of BM25 word overlap with the buyer's interests"
    )
    semantic_floor: float = Field(
        default=0.75,
        ge=0,
        le=1,
        description="Cosine similarity that counts as no fit at all; similarities from it "
        "to 1 are rescaled to 0..1 (e5 vectors rarely fall below about 0.7)",
    )


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

    lists: list[Path] = Field(
        default_factory=list,
        description="Restricted-party list files or folders (FollowTheMoney JSON, CSV), "
        "re-read when they change; empty: only the demo list (if on)",
    )
    include_demo_list: bool = Field(
        default=True,
        description="Also screen against the small FICTITIOUS demo list (for trying it out; "
        "turn off in production)",
    )
    topics: list[str] = Field(
        default_factory=lambda: list(SCREENING_TOPICS),
        description="OpenSanctions topics that make an entity a restricted party; FtM "
        "entities with none of them are not loaded",
    )
    hit_threshold: float = Field(
        default=92.0,
        ge=50,
        le=100,
        description="Name-match score (0-100) from which a screening result is a hit",
    )
    review_threshold: float = Field(
        default=85.0,
        ge=50,
        le=100,
        description="Name-match score (0-100) from which a name is a possible match for an "
        "advisor to check; buyers with a hit or a possible match stay off shortlists",
    )
    country_mismatch_penalty: float = Field(
        default=4.0,
        ge=0,
        le=50,
        description="Points taken off a match whose country differs from the list entry's",
    )


class BuyerImportSettings(BaseModel):
    """Limits and workers of background buyer imports (checked while the upload streams)."""

    max_bytes: int = Field(
        default=20 * 1024 * 1024,
        ge=1024,
        description="Largest upload of one import, in bytes (default 20 MiB); larger: a 413",
    )
    max_rows: int = Field(
        default=100_000,
        ge=1,
        description="Most rows one import reads; later rows are not imported (the job says so)",
    )
    workers: int = Field(
        default=1, ge=1, le=8, description="Imports that run at once (others wait queued)"
    )
    batch_rows: int = Field(
        default=500,
        ge=1,
        le=10_000,
        description="Rows validated and written per database transaction",
    )
    stale_after_s: float = Field(
        default=600.0,
        gt=0,
        description="Seconds without progress after which a queued or running job is "
        "reported as cut off (by a restart)",
    )


class MatchingSettings(BaseModel):
    """Buyer shortlists: scoring weights, candidate pool, diversity, sample directory."""

    weights: MatchingWeights = Field(
        default_factory=MatchingWeights, description="Weights of the scoring model"
    )
    product_fit: ProductFitSettings = Field(
        default_factory=ProductFitSettings, description="How product fit is computed"
    )
    screening: ScreeningSettings = Field(
        default_factory=ScreeningSettings, description="Restricted-party screening"
    )
    pool_size: int = Field(
        default=60,
        ge=1,
        le=1000,
        description="Best-scored buyers screened before the shortlist is picked from them",
    )
    rerank_depth: int = Field(
        default=300,
        ge=10,
        le=100_000,
        description="Buyers with the best product fit that get the full score (at least "
        "3x the shortlist length)",
    )
    learned_ranker: bool = Field(
        default=True,
        description="Order buyers by the trained ranker (matching/data/buyer_ranker.json); "
        "false, or without that file: by the weighted score of `weights`",
    )
    max_per_city: int = Field(
        default=2, ge=1, description="Most buyers from one city in a shortlist (diversity)"
    )
    max_per_country_share: float = Field(
        default=0.6,
        gt=0,
        le=1,
        description="Largest share of a shortlist from one country (0.6: at most 6 of 10)",
    )
    imports: BuyerImportSettings = Field(
        default_factory=BuyerImportSettings, description="Background buyer imports"
    )
    seed_sample_directory: bool = Field(
        default=True,
        description="At start-up, fill an empty buyer directory with a FICTITIOUS sample "
        "(labelled as such) so shortlists work at once",
    )
    sample_size: int = Field(
        default=600, ge=0, le=100_000, description="Buyers in the sample (0: no sample)"
    )
    sample_seed: int = Field(
        default=20260601, description="Random seed of the sample (same seed, same buyers)"
    )
