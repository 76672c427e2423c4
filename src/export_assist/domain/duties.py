"""Import duties for an HS code in a market: rates read from an official tariff API, or
official lookup links when there is no API we can read. Never a rate we made up."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from export_assist.domain.urls import WebUrl

RateKind = Literal["mfn", "preferential"]


class DutyRate(BaseModel):
    """One duty measure as the authority publishes it (the rate text is theirs, verbatim)."""

    kind: RateKind
    rate: str = Field(
        description="The duty expression as published, e.g. '12.00 % + 147.00 GBP / 100 kg'"
    )
    measure_type: str = ""
    area: str = Field(default="", description="Geographical area code (1011 = erga omnes)")
    area_name: str = ""
    legal_basis: str = ""
    legal_url: WebUrl = ""
    starts: dt.date | None = None
    quota_order_number: str | None = None


class OfficialLink(BaseModel):
    """An official lookup for the code, filled in where the service takes it."""

    title: str
    title_ja: str = Field(default="", description="The title in Japanese (empty: use title)")
    url: WebUrl
    publisher: str
    code_filled: bool = Field(description="True when the link opens the code itself")


class DutyLookup(BaseModel):
    """What we can say about the duty on a code in a market, and where it comes from."""

    hs_code: str
    market: str
    origin: str = "JP"
    source: Literal["uk_trade_tariff_api", "links_only"]
    rates: list[DutyRate] = Field(default_factory=list)
    links: list[OfficialLink] = Field(default_factory=list)
    retrieved_at: dt.datetime | None = None
    description: str = ""
    message_ja: str
    message_en: str

    @field_validator("hs_code")
    @classmethod
    def _digits(cls, value: str) -> str:
        return value.replace(".", "").replace(" ", "")
