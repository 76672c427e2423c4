"""Markets named by region, city, demonym or a qualified authority (issue 9: an uncovered
market must be recognised as such, never answered from another market)."""

from __future__ import annotations

from export_assist.answering.places import find_places, market_name, region_members
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "EU", "DE", "FR", "GB", "CN", "KR", "TW", "TH", "VN", "SG", "AE"})


def test_south_america_is_a_region_not_the_united_states() -> None:
    codes = [m.code for m in find_places("Rules for exporting cosmetics to South America")]
    assert codes == ["LATAM"]
    q = understand("Rules for exporting cosmetics to South America", COVERED)
    assert q.destinations == [] and q.unsupported == ["LATAM"]


def test_a_region_without_covered_markets_is_unsupported_in_japanese() -> None:
    q = understand("アフリカ向けに化粧品を輸出する規制は？", COVERED)
    assert q.unsupported == ["AFRICA"] and not q.destinations
    assert market_name("AFRICA", "ja") == "アフリカ"
    assert market_name("LATAM", "en") == "Latin America"


def test_a_region_with_covered_markets_names_no_single_market() -> None:
    assert region_members("SE_ASIA")
    q = understand("What are the cosmetics rules in Southeast Asia?", COVERED)
    assert q.destinations == [] and q.unsupported == []
    # a country named beside its region is the market
    q = understand("ASEAN cosmetic rules in Thailand", COVERED)
    assert q.destinations == ["TH"] and q.unsupported == []


def test_cities_and_demonyms_of_uncovered_markets() -> None:
    assert understand("What do I need to export sake to Lagos?", COVERED).unsupported == ["NG"]
    assert understand("Saudi importers of green tea", COVERED).unsupported == ["SA"]
    assert understand("リヤドで日本茶を売りたい", COVERED).unsupported == ["SA"]


def test_a_qualified_authority_belongs_to_its_qualifier() -> None:
    q = understand("How much is the fee for a Thai FDA cosmetics notification?", COVERED)
    assert q.destinations == ["TH"]
    q = understand("Do I need FDA registration for my sake?", COVERED)
    assert q.destinations == ["US"]


def test_a_language_is_not_a_market() -> None:
    q = understand(
        "モロッコ向けに醤油を輸出します。アラビア語やフランス語のラベルは必要？", COVERED
    )
    assert q.unsupported == ["MA"] and q.destinations == []
    assert understand("中国語のラベルは台湾で必要ですか？", COVERED).destinations == ["TW"]


def test_countries_by_their_short_japanese_names() -> None:
    """s11 trial: 「モンゴルに和菓子を…」 asked which market (pycountry says モンゴル国)."""
    assert understand("モンゴルに羊羹を輸出したい", COVERED).unsupported == ["MN"]
    for name, code in [("モンゴル", "MN"), ("キルギス", "KG"), ("ミクロネシア", "FM"),
                       ("エリトリア", "ER"), ("ボスニア・ヘルツェゴビナ", "BA")]:  # fmt: skip
        assert [m.code for m in find_places(f"{name}へ緑茶を送る規制")] == [code], name
