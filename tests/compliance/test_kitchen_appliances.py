"""Appliances whose names hold a food word (魚焼きグリル, 精米機, 餅つき機) are appliances:
no food category or fish condition, and a kitchen appliance that plugs in gets the
electrical-safety card (KC in Korea) like any other mains appliance (s17, qa14-t021)."""

from __future__ import annotations

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.shipped_cards import applicable

FOOD_CARDS = {"kr-fishery-ban-eight-prefectures", "kr-japan-food-radioactivity-testing"}


@pytest.mark.parametrize("name", ["魚焼きグリル", "フィッシュロースター", "fish grill"])
def test_a_grill_is_no_fish(builder: ProfileBuilder, library: CardLibrary, name: str) -> None:
    profile = builder.build(name, None)
    assert "food_contact" in profile.categories
    assert not {"food", "seafood"} & set(profile.categories)
    assert "contains_fish" not in profile.conditions
    assert not FOOD_CARDS & applicable(builder, library, name, "KR")


@pytest.mark.parametrize(
    "name", ["精米機", "餅つき機", "ヨーグルトメーカー", "電気グリル鍋", "electric coffee grinder"]
)
def test_a_kitchen_appliance_gets_the_electrical_safety_card(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    profile = builder.build(name, None)
    assert "mains_powered" in profile.conditions
    why = next(i for i in profile.inferred if i.value == "mains_powered")
    assert why.reason_ja  # the user sees why
    assert "kr-kc-electrical-safety" in applicable(builder, library, name, "KR")


@pytest.mark.parametrize(
    "name", ["充電式ジューサー", "手動製麺機", "USBコーヒーミル", "コーヒーミル"]
)
def test_a_battery_or_hand_kitchen_tool_is_not_mains_powered(
    builder: ProfileBuilder, name: str
) -> None:
    assert "mains_powered" not in builder.build(name, None).conditions
