"""Product profiles: categories and conditions from the HS code and keywords, with reasons."""

from __future__ import annotations

from export_assist.compliance.profile import ProfileBuilder


def test_matcha_in_japanese_is_tea_and_food() -> None:
    profile = ProfileBuilder().build("抹茶パウダー 100g缶", None)
    assert {"tea", "food"} <= set(profile.categories)
    assert "electronics" not in profile.categories
    reasons = {(i.value, i.source) for i in profile.inferred}
    assert ("tea", "keyword") in reasons


def test_bluetooth_speaker_with_hs_emits_radio_and_has_a_battery() -> None:
    profile = ProfileBuilder().build("Bluetooth speaker with rechargeable battery", "851822")
    assert {"electronics", "radio", "batteries"} <= set(profile.categories)
    assert {"emits_radio", "contains_battery"} <= set(profile.conditions)
    hs = [i for i in profile.inferred if i.source == "hs_code"]
    assert hs and hs[0].reason == "HS 85"


def test_word_boundaries_keep_steam_from_being_tea() -> None:
    profile = ProfileBuilder().build("steam iron", None)
    assert "tea" not in profile.categories


def test_user_corrections_win() -> None:
    builder = ProfileBuilder()
    profile = builder.build(
        "wireless earphones", None, conditions=["mains_powered"], exclude=["emits_radio"]
    )
    assert "emits_radio" not in profile.conditions
    assert "mains_powered" in profile.conditions
    assert builder.build("sake", None, infer=False).categories == []


def test_hs_only_profile() -> None:
    profile = ProfileBuilder().build("", "220860")
    assert {"beverages", "alcohol"} <= set(profile.categories)
    assert profile.conditions == ["contains_alcohol"]


def test_hs_code_fixes_the_kind_of_goods() -> None:
    machine = ProfileBuilder().build("食品包装機械(木製パレット使用)", "842240")
    assert "food" not in machine.categories and "machinery" in machine.categories
    assert "contains_plant_material" in machine.conditions  # conditions still come through
    box = ProfileBuilder().build("プラスチック製弁当箱(電子レンジ対応)", "392410")
    assert "electronics" not in box.categories
    assert {"household", "food_contact"} <= set(box.categories)
    radio_machine = ProfileBuilder().build("Wi-Fi controlled pump", "841370")
    assert {"machinery", "radio"} <= set(radio_machine.categories)
