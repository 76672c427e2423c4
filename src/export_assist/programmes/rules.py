"""Eligibility checks: each says met, failed or unknown, in Japanese and English.

Pure functions over a programme, a profile and the date; no clock is read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from export_assist.domain.programmes import Programme
from export_assist.geo import EU_MEMBERS
from export_assist.programmes.profile import ExporterProfile, sme_reason, sme_status

Status = Literal["met", "failed", "unknown"]
ASEAN = frozenset(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"])
SIZE_JA = {"micro": "小規模", "small": "小企業", "medium": "中規模", "large": "大企業"}
STAGE_JA = {
    "none": "輸出未経験",
    "indirect": "間接輸出",
    "some": "輸出経験あり",
    "established": "継続輸出",
}
SOON_DAYS = 30
SECTOR_JA = {
    "agriculture": "農業",
    "fisheries": "水産業",
    "forestry": "林業",
    "food": "食品",
    "alcohol": "酒類",
    "manufacturing": "製造業",
    "machinery": "機械",
    "electronics": "電子機器",
    "textiles": "繊維",
    "cosmetics": "化粧品",
    "crafts": "工芸品",
    "household": "生活用品",
    "chemicals": "化学品",
    "it": "IT",
    "content": "コンテンツ",
    "services": "サービス業",
    "wholesale": "卸売業",
    "retail": "小売業",
}


@dataclass(frozen=True)
class Check:
    """One eligibility rule's outcome for this profile; `ask` says what to find out."""

    rule: str
    status: Status
    ja: str
    en: str
    ask_ja: str = ""
    ask_en: str = ""


def _covers(scope: str, market: str) -> bool:
    return (
        scope == market
        or (scope == "EU" and market in EU_MEMBERS)
        or (scope == "ASEAN" and market in ASEAN)
    )


def check_window(p: Programme, today: dt.date) -> Check:
    """Closed calls fail; open calls say their deadline; unconfirmed calls are asked."""
    w = p.window
    if w.closes and w.closes < today:
        return Check(
            "window", "failed", f"締切（{w.closes}）を過ぎています", f"closed on {w.closes}"
        )
    if w.closes:
        days = (w.closes - today).days
        return Check(
            "window",
            "met",
            f"締切 {w.closes}（あと{days}日）",
            f"deadline {w.closes} ({days} days left)",
        )
    if w.kind == "rolling":
        return Check("window", "met", "随時受付", "open all year")
    return Check(
        "window",
        "unknown",
        "現在の受付期間が未確認",
        "current window not confirmed",
        f"公式ページで現在の募集期間を確認してください（{w.note_ja}）",
        f"Check the current call on the official page ({w.note_en})",
    )


def check_size(p: Programme, prof: ExporterProfile) -> Check | None:
    """SME-only programmes and size lists against the profile."""
    e = p.eligibility
    if not e.sme_only and not e.sizes:
        return None
    law = e.sme_definition
    if e.sizes and "large" not in e.sizes and sme_status(prof, law) is False:
        # capital and employees both above the Act's limits decide, whatever size the
        # exporter calls itself ("medium" with 150 staff and JPY 200M in wholesale is not)
        why_ja, why_en = sme_reason(prof, law)
        return Check(
            "size", "failed", f"中小企業に当たらない（{why_ja}）", f"not an SME ({why_en})"
        )
    if e.sizes and prof.company_size:
        ok = prof.company_size in e.sizes
        label = SIZE_JA[prof.company_size]
        return Check(
            "size", "met" if ok else "failed", f"規模: {label}", f"size: {prof.company_size}"
        )
    sme = sme_status(prof, law)
    if sme is None:
        return Check(
            "size",
            "unknown",
            "中小企業かどうか未確認",
            "SME status unknown",
            "資本金と常時従業員数を教えてください",
            "What are your capital and number of employees?",
        )
    wants_sme = e.sme_only or "large" not in e.sizes
    why_ja, why_en = sme_reason(prof, law)
    if wants_sme and not sme:
        return Check(
            "size", "failed", f"中小企業に当たらない（{why_ja}）", f"not an SME ({why_en})"
        )
    if not sme:
        return Check("size", "met", "規模の制限なし", "no size limit applies")
    return Check("size", "met", f"中小企業に該当（{why_ja}）", f"an SME ({why_en})")


def check_prefecture(p: Programme, prof: ExporterProfile) -> Check | None:
    """Prefectural programmes need the exporter's prefecture."""
    prefs = p.eligibility.prefectures
    if not prefs:
        return None
    if not prof.prefecture:
        return Check(
            "prefecture",
            "unknown",
            f"対象地域: {'・'.join(prefs)}",
            f"region: {', '.join(prefs)}",
            "本社（主たる事業所）の都道府県を教えてください",
            "Which prefecture is your main office in?",
        )
    ok = prof.prefecture in prefs
    return Check(
        "prefecture",
        "met" if ok else "failed",
        f"所在地: {prof.prefecture}",
        f"located in {prof.prefecture}",
    )


def check_product(p: Programme, prof: ExporterProfile) -> Check | None:
    """Sector or HS code against the programme's product scope."""
    e = p.eligibility
    if not e.sectors and not e.hs_prefixes:
        return None
    hs_hit = [c for c in prof.hs_codes if any(c.startswith(x) for x in e.hs_prefixes)]
    if (prof.sector and prof.sector in e.sectors) or hs_hit:
        if prof.sector in e.sectors:
            return Check(
                "product",
                "met",
                f"対象分野: {SECTOR_JA[prof.sector]}",
                f"sector fits: {prof.sector}",
            )
        return Check("product", "met", f"対象品目: HS {hs_hit[0]}", f"product fits: HS {hs_hit[0]}")
    if not prof.sector and not prof.hs_codes:
        return Check(
            "product",
            "unknown",
            f"対象分野: {'・'.join(SECTOR_JA[s] for s in e.sectors)}",
            f"sectors: {', '.join(e.sectors)}",
            "業種と主な商品（HSコード）を教えてください",
            "What is your sector and your main product (HS code)?",
        )
    return Check("product", "failed", "対象分野外", f"outside the sectors {', '.join(e.sectors)}")


def check_market(p: Programme, prof: ExporterProfile) -> Check | None:
    """Market-specific programmes against the target markets."""
    scope = p.eligibility.markets
    if not scope:
        return None
    if not prof.target_markets:
        return Check(
            "market",
            "unknown",
            f"対象市場: {', '.join(scope)}",
            f"markets: {', '.join(scope)}",
            "輸出したい国・地域を教えてください",
            "Which markets do you want to export to?",
        )
    hits = [m for m in prof.target_markets if any(_covers(s, m) for s in scope)]
    if hits:
        return Check(
            "market", "met", f"対象市場: {', '.join(hits)}", f"market fits: {', '.join(hits)}"
        )
    return Check("market", "failed", "対象市場外", f"only for {', '.join(scope)}")


def check_stage(p: Programme, prof: ExporterProfile) -> Check | None:
    """Export experience against the stages the programme serves."""
    stages = p.eligibility.export_stages
    if not stages:
        return None
    if prof.export_experience is None:
        return Check(
            "stage",
            "unknown",
            "輸出経験の段階が未確認",
            "export stage unknown",
            "これまでの輸出経験を教えてください",
            "How much have you exported so far?",
        )
    ok = prof.export_experience in stages
    label = STAGE_JA[prof.export_experience]
    return Check(
        "stage", "met" if ok else "failed", f"輸出段階: {label}", f"stage: {prof.export_experience}"
    )


def conditions(p: Programme) -> list[Check]:
    """Conditions no profile can show: each becomes a question for the exporter."""
    e = p.eligibility
    return [
        Check("condition", "unknown", ja, en, f"確認: {ja}", f"Confirm: {en}")
        for ja, en in zip(e.conditions_ja, e.conditions_en, strict=True)
    ]


def all_checks(p: Programme, prof: ExporterProfile, today: dt.date) -> list[Check]:
    """Every check that applies, window first."""
    found = [
        check_window(p, today),
        check_size(p, prof),
        check_prefecture(p, prof),
        check_product(p, prof),
        check_market(p, prof),
        check_stage(p, prof),
    ]
    return [c for c in found if c is not None] + conditions(p)
