"""The exporter profile that programmes are matched against, and the SME test."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from export_assist.domain.programmes import (
    ACTIVITY_ALIASES,
    SECTOR_ALIASES,
    Activity,
    CompanySize,
    ExportStage,
    Sector,
)
from export_assist.geo import normalize_country

# 中小企業基本法 第2条: (capital limit, employee limit) by kind of business; either suffices.
SME_LIMITS: dict[str, tuple[int, int]] = {
    "manufacturing": (300_000_000, 300),
    "wholesale": (100_000_000, 100),
    "retail": (50_000_000, 50),
    "services": (50_000_000, 100),
}
_SME_KIND = {
    "wholesale": "wholesale",
    "retail": "retail",
    "services": "services",
    "content": "services",
}


class ExporterProfile(BaseModel):
    """What we know about the exporter; every field may be missing (then it is asked)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    company_size: CompanySize | None = None
    capital_jpy: int | None = Field(default=None, ge=0)
    employees: int | None = Field(default=None, ge=0)
    sector: Sector | None = None
    prefecture: str | None = Field(
        default=None, max_length=10, description="都道府県名, e.g. 山形県"
    )
    products: list[str] = Field(default_factory=list, max_length=50)
    hs_codes: list[str] = Field(default_factory=list, max_length=50)
    target_markets: list[str] = Field(default_factory=list, max_length=50)
    export_experience: ExportStage | None = None
    planned_activities: list[Activity] = Field(default_factory=list)

    @field_validator("sector", mode="before")
    @classmethod
    def _sector_word(cls, v: object) -> object:
        if isinstance(v, str):
            word = v.strip().lower()
            return SECTOR_ALIASES.get(word, word)
        return v

    @field_validator("planned_activities", mode="before")
    @classmethod
    def _activity_words(cls, v: object) -> object:
        if isinstance(v, list):
            words = [a.strip().lower() if isinstance(a, str) else a for a in v]
            return list(dict.fromkeys(ACTIVITY_ALIASES.get(a, a) for a in words))
        return v

    @field_validator("hs_codes")
    @classmethod
    def _hs(cls, v: list[str]) -> list[str]:
        out = []
        for code in v:
            digits = code.replace(".", "").strip()
            if not (digits.isdigit() and 2 <= len(digits) <= 10):
                raise ValueError(f"HS code {code!r} must be 2-10 digits")
            out.append(digits)
        return out

    @field_validator("target_markets")
    @classmethod
    def _markets(cls, v: list[str]) -> list[str]:
        return [normalize_country(m) for m in v]


def sme_status(profile: ExporterProfile) -> bool | None:
    """True/False when capital or employees decide it under the SME Basic Act, else from size."""
    kind = _SME_KIND.get(profile.sector or "", "manufacturing")
    cap_limit, emp_limit = SME_LIMITS[kind]
    if profile.capital_jpy is not None and profile.capital_jpy <= cap_limit:
        return True
    if profile.employees is not None and profile.employees <= emp_limit:
        return True
    if profile.capital_jpy is not None and profile.employees is not None:
        return False
    if profile.company_size is not None:
        return profile.company_size != "large"
    return None


def yen_ja(amount: int) -> str:
    """An amount in Japanese units: 300000000 -> 3億円, 50000000 -> 5,000万円."""
    if amount >= 100_000_000 and amount % 100_000_000 == 0:
        return f"{amount // 100_000_000:,}億円"
    if amount >= 10_000 and amount % 10_000 == 0:
        return f"{amount // 10_000:,}万円"
    return f"{amount:,}円"


def sme_reason(profile: ExporterProfile) -> tuple[str, str]:
    """Why the profile counts as an SME (ja, en), naming the threshold applied."""
    kind = _SME_KIND.get(profile.sector or "", "manufacturing")
    cap, emp = SME_LIMITS[kind]
    if profile.capital_jpy is not None or profile.employees is not None:
        return (
            f"中小企業基本法の基準（資本金{yen_ja(cap)}以下または従業員{emp}人以下）",
            f"SME Basic Act threshold (capital up to JPY {cap:,} or up to {emp} employees)",
        )
    return ("会社規模の申告による", "by the company size given")
