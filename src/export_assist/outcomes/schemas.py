"""Outcome events in and out, and the summary figures."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from export_assist.geo import normalize_country, normalize_prefecture

Kind = Literal["contacted", "meeting", "sample_sent", "deal", "support_used"]
By = Literal["programme", "advisor", "region", "market"]


class EventCreate(BaseModel):
    """An event an advisor records for an exporter."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    exporter: str = Field(min_length=1, max_length=200)
    kind: Kind
    occurred_on: dt.date
    region: str = Field(description="The exporter's prefecture, e.g. 静岡県")
    advisor: str | None = Field(default=None, max_length=200, description="Default: the caller")
    market: str | None = None
    programme_id: str | None = Field(default=None, max_length=100)
    via: Literal["programme", "shortlist", "other"] = "programme"
    buyer: str | None = Field(default=None, max_length=300)
    deal_value_jpy: int | None = Field(default=None, gt=0, le=10**13)
    support_amount_jpy: int | None = Field(default=None, gt=0, le=10**12)
    note: str = Field(default="", max_length=2000)
    fictitious: bool = False

    @field_validator("region")
    @classmethod
    def _region(cls, v: str) -> str:
        return normalize_prefecture(v)

    @field_validator("market")
    @classmethod
    def _market(cls, v: str | None) -> str | None:
        return normalize_country(v) if v else None

    @model_validator(mode="after")
    def _complete(self) -> EventCreate:
        if self.kind == "deal" and (self.deal_value_jpy is None or self.market is None):
            raise ValueError("a deal needs deal_value_jpy and market")
        if self.kind == "support_used" and (
            self.support_amount_jpy is None or not self.programme_id
        ):
            raise ValueError("support_used needs programme_id and support_amount_jpy")
        if self.kind != "deal" and self.deal_value_jpy is not None:
            raise ValueError("deal_value_jpy belongs to a deal")
        if self.kind != "support_used" and self.support_amount_jpy is not None:
            raise ValueError("support_amount_jpy belongs to support_used")
        return self


class EventPublic(EventCreate):
    """A stored event."""

    id: int
    advisor: str
    recorded_by: str


class SummaryRow(BaseModel):
    """Figures for one programme, advisor, region or market (from recorded events only)."""

    key: str
    label: str
    contacted: int = 0
    meeting: int = 0
    sample_sent: int = 0
    deal: int = 0  # exporters with at least one deal
    deals: int = 0  # deal events
    deal_value_jpy: int = 0
    support_jpy: int = 0
    cost_per_deal_jpy: float | None = None
    value_per_yen: float | None = None


class Summary(BaseModel):
    """The funnel and money figures grouped one way, with the total."""

    by: By
    rows: list[SummaryRow]
    total: SummaryRow
    fictitious_events: int
