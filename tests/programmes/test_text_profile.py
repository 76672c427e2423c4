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
