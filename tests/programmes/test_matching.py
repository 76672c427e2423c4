"""Matching: closed calls never proposed, deadlines within 30 days marked, rules explained."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from export_assist.programmes.catalogue import load_catalogue
from export_assist.programmes.matching import match_programmes
from export_assist.programmes.profile import ExporterProfile, sme_status

from .conftest import CATALOGUE, TODAY


def _ids(folder: Path, profile: ExporterProfile, today: dt.date = TODAY) -> list[str]:
    cat = load_catalogue([folder])
    return [m.id for m in match_programmes(cat.programmes, profile, today).matches]


def test_closed_calls_are_never_proposed(tiny_folder: Path) -> None:
    ids = _ids(tiny_folder, ExporterProfile(prefecture="東京都", company_size="small"))
    assert "closed-call" not in ids
    assert {"soon-call", "later-call", "tokyo-only"} <= set(ids)
    # The day after the deadline of 'soon-call', it disappears too.
    later = _ids(tiny_folder, ExporterProfile(prefecture="東京都"), dt.date(2026, 12, 21))
    assert "soon-call" not in later


def test_deadline_within_30_days_is_marked(tiny_folder: Path) -> None:
    cat = load_catalogue([tiny_folder])
    result = match_programmes(cat.programmes, ExporterProfile(), TODAY)
    by_id = {m.id: m for m in result.matches}
    assert by_id["soon-call"].deadline_soon and by_id["soon-call"].days_left == 21
    assert not by_id["later-call"].deadline_soon
    assert "あと21日" in " ".join(by_id["soon-call"].met)
    excluded = {e.id: e.reason for e in result.excluded}
    assert excluded["closed-call"] == "対象外: 締切（2026-11-28）を過ぎています"


def test_prefecture_rule_met_failed_or_asked(tiny_folder: Path) -> None:
    cat = load_catalogue([tiny_folder])
    unknown = match_programmes(cat.programmes, ExporterProfile(), TODAY, lang="en")
    tokyo = next(m for m in unknown.matches if m.id == "tokyo-only")
    assert "Which prefecture is your main office in?" in tokyo.asks
    assert "What are your capital and number of employees?" in tokyo.asks
    osaka = match_programmes(cat.programmes, ExporterProfile(prefecture="大阪府"), TODAY)
    assert "tokyo-only" not in [m.id for m in osaka.matches]
    assert "tokyo-only" in [e.id for e in osaka.excluded]


def test_sme_test_follows_the_sme_basic_act() -> None:
    # Wholesale: 1億円 or 100 employees; manufacturing: 3億円 or 300.
    assert (
        sme_status(ExporterProfile(sector="wholesale", capital_jpy=200_000_000, employees=150))
        is False
    )
    assert (
        sme_status(ExporterProfile(sector="machinery", capital_jpy=200_000_000, employees=150))
        is True
    )
    assert sme_status(ExporterProfile(sector="retail", employees=40)) is True
    assert sme_status(ExporterProfile()) is None
    assert sme_status(ExporterProfile(company_size="large")) is False


def test_software_firm_follows_the_programmes_own_sme_definition() -> None:
    # Under the SME Basic Act software/information services are サービス業 (5千万円/100人);
    # the cabinet orders of the SME laws (SMRJ, JFC) give them 3億円/300人.
    it = ExporterProfile(sector="software", capital_jpy=80_000_000, employees=120)
    assert sme_status(it) is False
    assert sme_status(it, "cabinet_order") is True
    assert sme_status(it.model_copy(update={"sector": "content"}), "cabinet_order") is False
    cat = load_catalogue([CATALOGUE])
    assert cat.get("smrj-overseas-handson").eligibility.sme_definition == "cabinet_order"
    assert cat.get("meti-japan-brand").eligibility.sme_definition == "basic_act"
    prof = it.model_copy(update={"company_size": "small"})
    result = match_programmes(cat.programmes, prof, TODAY, limit=50)
    smrj = next(m for m in result.matches if m.id == "smrj-overseas-handson")
    assert "中小企業関連法の政令の基準（資本金3億円以下または従業員300人以下）" in " ".join(
        smrj.met
    )
    reasons = {e.id: e.reason for e in result.excluded}
    assert (
        "中小企業基本法の基準（資本金5,000万円以下または従業員100人以下）"
        in reasons["meti-japan-brand"]
    )


def test_large_company_gets_no_sme_only_programme() -> None:
    cat = load_catalogue([CATALOGUE])
    big = ExporterProfile(sector="machinery", capital_jpy=5_000_000_000, employees=2000)
    result = match_programmes(cat.programmes, big, TODAY, limit=50)
    proposed = {m.id for m in result.matches}
    sme_only = {p.id for p in cat.programmes if p.eligibility.sme_only}
    assert sme_only and not proposed & sme_only
    assert "jetro-trade-investment-advice" in proposed


def test_capital_and_employees_outweigh_the_size_an_exporter_calls_itself() -> None:
    # "medium" by its own word, but a wholesaler with 1.5 times both of the Act's limits
    cat = load_catalogue([CATALOGUE])
    prof = ExporterProfile(
        company_size="medium", sector="wholesale", capital_jpy=200_000_000, employees=150
    )
    result = match_programmes(cat.programmes, prof, TODAY, limit=50)
    sme_sized = {
        p.id for p in cat.programmes if p.eligibility.sizes and "large" not in p.eligibility.sizes
    }
    assert sme_sized and not {m.id for m in result.matches} & sme_sized
    reasons = {e.id: e.reason for e in result.excluded}
    assert "中小企業に当たらない" in reasons["nexi-sme-export-credit-insurance"]


def test_food_exporter_in_yamagata_gets_food_programmes_first() -> None:
    cat = load_catalogue([CATALOGUE])
    prof = ExporterProfile(
        company_size="small",
        sector="food",
        prefecture="山形県",
        hs_codes=["0902.10"],
        target_markets=["DE"],
        export_experience="none",
        planned_activities=["financing"],
    )
    result = match_programmes(cat.programmes, prof, TODAY)
    ids = [m.id for m in result.matches]
    assert ids[0] in {"maff-export-business-plan-certification", "jfc-food-export-promotion-fund"}
    assert "tokyo-kosha-trade-fair-grant" not in ids
    first = result.matches[0]
    assert first.citation.url.startswith("https://") and first.citation.verified_on == TODAY
    assert "対象分野: 食品" in first.met


def test_market_rule_covers_eu_members() -> None:
    cat = load_catalogue([CATALOGUE])
    china = match_programmes(
        cat.programmes, ExporterProfile(target_markets=["CN"]), TODAY, limit=50
    )
    france = match_programmes(
        cat.programmes, ExporterProfile(target_markets=["FR"]), TODAY, limit=50
    )
    assert "jetro-tmall-global-cross-border-ec" in [m.id for m in china.matches]
    assert "jetro-tmall-global-cross-border-ec" in [e.id for e in france.excluded]


def test_everyday_words_are_accepted_and_stored_canonical() -> None:
    prof = ExporterProfile(
        sector="seafood", planned_activities=["buyer_matching", "credit_insurance", "matching"]
    )
    assert prof.sector == "fisheries"
    assert prof.planned_activities == ["business_matching", "insurance"]


def test_every_planned_activity_gets_options_before_the_cut() -> None:
    cat = load_catalogue([CATALOGUE])
    prof = ExporterProfile(
        company_size="small", sector="food", planned_activities=["ip_protection", "consulting"]
    )
    result = match_programmes(cat.programmes, prof, TODAY, limit=4)
    served = [set(cat.get(m.id).activities) for m in result.matches]
    assert sum("ip_protection" in s for s in served) >= 1
    assert sum("consulting" in s for s in served) >= 1


def test_nexi_country_table_is_a_reference_not_a_programme() -> None:
    """s5 trial P1: 国カテゴリー表 (NEXI's country table) was ranked 2nd among programmes."""
    cat = load_catalogue([CATALOGUE])
    prof = ExporterProfile(
        company_size="small", employees=20, sector="food", prefecture="静岡県",
        hs_codes=["0902"], target_markets=["US", "DE"], export_experience="some",
        planned_activities=["trade_fair", "insurance"],
    )  # fmt: skip
    result = match_programmes(cat.programmes, prof, TODAY)
    ids = [m.id for m in result.matches]
    assert "nexi-country-cover-policy" not in ids
    assert "nexi-sme-export-credit-insurance" in ids and "jetro-trade-fair-japan-pavilion" in ids
    assert [r.id for r in result.references] == ["nexi-country-cover-policy"]
    assert result.references[0].official_name.startswith("国カテゴリー表")
