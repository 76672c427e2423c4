"""Japan -> market origin routes (agreements, how origin is claimed), cited from the corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from export_assist.compliance.evidence import EvidenceFinder
from export_assist.compliance.origin.psr import PsrRuleSet, PsrTable
from export_assist.domain.citations import Citation
from export_assist.errors import InvalidInput, NotFound
from export_assist.geo import EU_MEMBERS, country_name, country_name_ja, normalize_country


class Agreement(BaseModel):
    """One agreement usable from Japan to the market, and how origin is claimed under it."""

    name: str
    in_force: str = ""
    claim: str = ""
    data_elements: list[str] = Field(default_factory=list)
    validity: str = ""
    documents_kept: str = ""
    name_ja: str = ""
    claim_ja: str = ""
    data_elements_ja: list[str] = Field(default_factory=list)
    validity_ja: str = ""
    documents_kept_ja: str = ""


class OriginRoute(BaseModel):
    """Everything about origin for one Japan -> market pair, with citations."""

    market: str
    market_name: str
    agreements: list[Agreement]
    note: str = ""
    note_ja: str = ""
    evidence: list[str]
    citations: list[Citation] = Field(default_factory=list)
    psr: list[PsrRuleSet] = Field(default_factory=list)
    needs_advisor_review: bool = False


def routes() -> dict[str, dict[str, object]]:
    text = resources.files("export_assist.compliance").joinpath("data/origin_routes.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


class OriginService:
    """Origin routes by market, and PSR lookup in the configured tables."""

    def __init__(self, finder: EvidenceFinder | None, psr_tables: dict[str, Path]) -> None:
        self._finder = finder
        self._routes = routes()
        self._psr_paths = psr_tables
        self._psr: dict[str, PsrTable] = {}

    @property
    def markets(self) -> list[str]:
        """Markets with a route (EU covers its member states)."""
        return sorted(self._routes)

    def table(self, agreement: str) -> PsrTable:
        """A PSR table by agreement key (loaded on first use)."""
        if agreement not in self._psr_paths:
            known = ", ".join(sorted(self._psr_paths)) or "none configured"
            raise NotFound(
                f"no PSR table for {agreement!r} (known: {known}); set "
                "EXPORT_ASSIST_COMPLIANCE__PSR_TABLES or pass --psr-file",
                message_ja=f"協定「{agreement}」の品目別規則（PSR）の表はこのサーバーに設定されていません"
                f"（設定済み: {known}）。サイト管理者が EXPORT_ASSIST_COMPLIANCE__PSR_TABLES で設定できます。",
            )
        if agreement not in self._psr:
            self._psr[agreement] = PsrTable.from_file(agreement, self._psr_paths[agreement])
        return self._psr[agreement]

    def psr(self, agreement: str, hs_code: str) -> list[PsrRuleSet]:
        """The product-specific rules for an HS code under one agreement."""
        try:
            return self.table(agreement).lookup(hs_code)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc

    def route(self, market: str, hs_code: str | None = None) -> OriginRoute:
        """How to claim preferential origin from Japan into a market (cited)."""
        code = normalize_country(market)
        key = "EU" if code in EU_MEMBERS else code
        raw = self._routes.get(key)
        if raw is None:
            raise NotFound(
                f"no origin route for {code} yet; covered: {', '.join(self.markets)}",
                message_ja=f"{country_name_ja(code)}向けの原産地ルートはまだ登録されていません"
                f"（対応: {'、'.join(country_name_ja(m) for m in self.markets)}）。",
            )
        route = OriginRoute(
            market=code,
            market_name=country_name(code),
            agreements=[Agreement.model_validate(a) for a in raw.get("agreements") or []],  # type: ignore[attr-defined]
            note=str(raw.get("note", "")).strip(),
            note_ja=str(raw.get("note_ja", "")).strip(),
            evidence=list(raw.get("evidence") or []),  # type: ignore[call-overload]
        )
        if self._finder is not None:
            query = "rules of origin statement certificate of origin preferential tariff validity"
            hits = self._finder.find(query, route.evidence, k=3)
            route.citations = [h.citation for h in hits]
        route.needs_advisor_review = not route.citations
        if hs_code:
            keys = [k for k in raw.get("psr") or [] if k in self._psr_paths]  # type: ignore[attr-defined]
            route.psr = [r for k in keys for r in self.psr(k, hs_code)]
        return route
