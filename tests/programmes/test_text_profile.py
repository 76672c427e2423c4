"""Profile hints from chat messages: only what the words say for sure."""

from __future__ import annotations

from export_assist.programmes.text_profile import profile_from_text


def test_japanese_message() -> None:
    p = profile_from_text(
        "静岡県の中小企業です。抹茶を米国に輸出したい。展示会に出たいので使える補助金は？", ["US"]
    )
    assert (p.prefecture, p.sector, p.company_size) == ("静岡県", "food", "small")
    assert p.planned_activities == ["trade_fair"] and p.target_markets == ["US"]


def test_米国_is_not_rice_and_english_words_are_whole_words() -> None:
    p = profile_from_text("米国向けの工作機械の融資と保険について")
    assert p.sector == "machinery"
    assert set(p.planned_activities) == {"financing", "insurance"}
    assert profile_from_text("Grants for an ecommerce shop?").planned_activities == ["ecommerce"]
    assert profile_from_text("Grants for interior decoration?").planned_activities == []


def test_nothing_said_nothing_assumed() -> None:
    p = profile_from_text("使える補助金は？")
    assert p.model_dump(exclude_defaults=True) == {}


def test_tea_farmer_with_ten_employees_is_read_not_asked_again() -> None:
    """s6 trial: 「静岡県の茶農家（従業員10人）です。…補助金はありますか？」 left sector and size
    open, asked for both, and proposed liquor programmes (any sector) to a tea farmer."""
    p = profile_from_text(
        "静岡県の茶農家（従業員10人）です。海外の展示会に出たいのですが補助金はありますか？"
    )
    assert (p.prefecture, p.sector, p.employees) == ("静岡県", "agriculture", 10)
    p = profile_from_text("うちは社員 25名、資本金1,000万円の町工場です。融資は？")
    assert (p.sector, p.employees, p.capital_jpy) == ("manufacturing", 25, 10_000_000)
    assert profile_from_text("資本金3億円の食品メーカー").capital_jpy == 300_000_000
    assert profile_from_text("We are a sake brewery with 12 employees").employees == 12
    assert profile_from_text("輸出は10年前から").model_dump(exclude_defaults=True) == {}
