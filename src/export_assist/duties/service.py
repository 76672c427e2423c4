"""Duty lookup: the UK Trade Tariff API when enabled (no network otherwise), official
links for every market that has one on file, and a message in ja and en that says which."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from export_assist.domain.duties import DutyLookup, DutyRate, OfficialLink
from export_assist.duties.links import dotted, official_links
from export_assist.duties.uk_tariff import UkTariffClient, parse_commodity
from export_assist.errors import InvalidInput
from export_assist.geo import country_name, country_name_ja, normalize_country

Now = Callable[[], dt.datetime]


def _rates_text(rates: list[DutyRate], origin: str) -> tuple[str, str]:
    mfn = [r.rate for r in rates if r.kind == "mfn"]
    pref = [r.rate for r in rates if r.kind == "preferential" and r.area == origin]
    pref = pref or [r.rate for r in rates if r.kind == "preferential"]
    ja = "MFN（一般）税率: " + (" / ".join(mfn) or "記載なし")
    en = "MFN (third-country) duty: " + (" / ".join(mfn) or "none listed")
    ja += "、日本原産の特恵税率: " + (" / ".join(pref) or "この回答には記載なし")
    en += "; preferential duty for goods of Japanese origin: " + (
        " / ".join(pref) or "none in this response"
    )
    return ja, en


def _links_message(code: str, market: str, filled: bool, uk_off: bool) -> tuple[str, str]:
    shown = dotted(code)
    name_ja, name_en = country_name_ja(market), country_name(market)
    if not filled:
        return (
            f"{name_ja}のHS {shown}の関税率は、このシステムでは取得していません(自動で調べる"
            "公式の仕組みは未接続です)。次のジェトロの案内か輸入国の税関の関税表で確認するか、"
            "アドバイザーにご相談ください(税率を推測して表示することはしません)。",
            f"This system does not hold the duty rate for HS {shown} in {name_en} (no official "
            "lookup that takes the code is connected): use JETRO's guide below or the importing "
            "country's customs tariff, or ask an advisor (we never show a guessed rate).",
        )
    why_ja = "英国の公式API連携は無効です(設定 compliance.duties.uk_api)。" if uk_off else ""
    why_en = (
        "The UK Trade Tariff API is switched off (setting compliance.duties.uk_api). "
        if uk_off
        else ""
    )
    return (
        f"{why_ja}{name_ja}のHS {shown}の税率はこのシステムでは取得していません。"
        "次の公式データベースで確認してください(税率を推測して表示することはしません)。",
        f"{why_en}This system does not hold the duty rate for HS {shown} in {name_en}; "
        "look it up in the official database below (we never show a guessed rate).",
    )


class DutyService:
    """MFN and preferential rates where an official API is connected; links otherwise."""

    def __init__(self, uk: UkTariffClient | None, now: Now) -> None:
        self._uk = uk  # None: the UK API is off (the default: no network at run time)
        self._now = now

    def lookup(self, hs_code: str, market: str, origin: str = "JP") -> DutyLookup:
        """The duty on a code in a market for goods of `origin`."""
        code = str(hs_code).replace(".", "").replace(" ", "").strip()
        if not (code.isdigit() and 6 <= len(code) <= 10):
            raise InvalidInput(
                f"HS code {hs_code!r} must be 6 to 10 digits (a subheading or finer), "
                "e.g. 090210 or 0902.10.10",
                message_ja=f"HSコード「{hs_code}」は6〜10桁の数字で指定してください（例: 090210、0902.10.10）。",
            )
        origin = str(origin).strip().upper()
        if not (len(origin) == 2 and origin.isalpha() and origin.isascii()):
            raise InvalidInput(
                f"origin {origin!r} must be an ISO alpha-2 code such as JP",
                message_ja=f"原産国「{origin}」は JP のような2文字の国コードで指定してください。",
            )
        where = normalize_country(market)
        where = "GB" if where == "UK" else where
        links = official_links(code, where, origin)
        if where == "GB" and self._uk is not None:
            return self._uk_rates(code, origin, links)
        filled = any(link.code_filled for link in links)
        ja, en = _links_message(code, where, filled, where == "GB")
        return DutyLookup(
            hs_code=code,
            market=where,
            origin=origin,
            source="links_only",
            links=links,
            message_ja=ja,
            message_en=en,
        )

    def _uk_rates(self, code: str, origin: str, links: list[OfficialLink]) -> DutyLookup:
        assert self._uk is not None  # the caller checked
        code10 = code.ljust(10, "0")
        description, rates = parse_commodity(self._uk.commodity(code10), origin)
        ja, en = _rates_text(rates, origin)
        return DutyLookup(
            hs_code=code10,
            market="GB",
            origin=origin,
            source="uk_trade_tariff_api",
            rates=rates,
            links=links,
            retrieved_at=self._now(),
            description=description,
            message_ja=f"英国（HS {code10}）の関税 — {ja}。出典: UK Trade Tariff API。",
            message_en=f"UK duty on {code10} — {en}. Source: UK Trade Tariff API.",
        )
