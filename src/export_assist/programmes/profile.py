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
    SmeDefinition,
)
from export_assist.geo import normalize_country, normalize_prefecture

# 中小企業基本法 第2条: (capital limit, employee limit) by kind of business; either suffices.
SME_LIMITS: dict[str, tuple[int, int]] = {
    "manufacturing": (300_000_000, 300),
    "wholesale": (100_000_000, 100),
    "retail": (50_000_000, 50),
    "services": (50_000_000, 100),
    # the SME laws' cabinet orders: ソフトウェア業・情報処理サービス業
    "software": (300_000_000, 300),
}
# Under the Act, software and information services (JSIC G39) are サービス業.
_SME_KIND = {
    "wholesale": "wholesale",
    "retail": "retail",
    "services": "services",
    "content": "services",
    "it": "services",
}
# The cabinet orders of the SME laws (JFC, SMRJ, credit insurance, ...) move software and
# information processing to 3億円/300人; our sector 'it' stands for those businesses.
_CABINET_ORDER_KIND = {**_SME_KIND, "it": "software"}
_LAW = {
    "basic_act": ("中小企業基本法", "SME Basic Act"),
    "cabinet_order": ("中小企業関連法の政令", "SME laws' cabinet order"),
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

    @field_validator("prefecture")
    @classmethod
    def _prefecture(cls, v: str | None) -> str | None:
        # an unknown name would silently fail every prefectural programme's rule
        return normalize_prefecture(v) if v else None

    @field_validator("target_markets")
    @classmethod
    def _markets(cls, v: list[str]) -> list[str]:
        return [normalize_country(m) for m in v]


def _limits(profile: ExporterProfile, definition: SmeDefinition) -> tuple[int, int]:
    kinds = _CABINET_ORDER_KIND if definition == "cabinet_order" else _SME_KIND
    return SME_LIMITS[kinds.get(profile.sector or "", "manufacturing")]


def sme_status(profile: ExporterProfile, definition: SmeDefinition = "basic_act") -> bool | None:
    """True/False when capital or employees decide it under the given SME limits, else from size."""
    cap_limit, emp_limit = _limits(profile, definition)
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


def sme_reason(
    profile: ExporterProfile, definition: SmeDefinition = "basic_act"
) -> tuple[str, str]:
    """Why the profile counts as an SME (ja, en), naming the law and threshold applied."""
    cap, emp = _limits(profile, definition)
    law_ja, law_en = _LAW[definition]
    if profile.capital_jpy is not None or profile.employees is not None:
        return (
            f"{law_ja}の基準（資本金{yen_ja(cap)}以下または従業員{emp}人以下）",
            f"{law_en} threshold (capital up to JPY {cap:,} or up to {emp} employees)",
        )
    return ("会社規模の申告による", "by the company size given")
