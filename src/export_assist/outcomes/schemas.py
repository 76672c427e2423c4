"""Outcome events in and out, and the summary figures."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from export_assist.geo import normalize_country

Kind = Literal["contacted", "meeting", "sample_sent", "deal", "support_used"]
By = Literal["programme", "advisor", "region", "market"]
PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
    "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 "
    "奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 "
    "熊本県 大分県 宮崎県 鹿児島県 沖縄県"
).split()


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
        if v not in PREFECTURES:
            raise ValueError("region must be a prefecture name such as 静岡県")
        return v

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
