"""Everyday Japanese food names (session 18, issue 9 item 5 and issue 15): a particle and the
first kana of a word no longer spell another term (「青森のりんご」 is no laver), a box the
goods are packed in is no box, and a whole raw fish of a species the nomenclature does not
name is the heading's "other" fish, not its fins, fillets or another species."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.fish import fish_ranks
from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.table import packaged_table
from tests.compliance.hs_words_only import codes as _codes


@pytest.mark.parametrize(
    ("text", "wanted", "absent"),
    [
        ("長野のりんご（生食用）", "apples", "laver"),
        ("岩手産のりんご 10kg", "apples", "laver"),
        ("福島のもも", "", "laver"),
        ("焼きのり 10枚", "laver", "apples"),
    ],
)
def test_a_particle_does_not_start_another_term(text: str, wanted: str, absent: str) -> None:
    words = english_terms(text).split()
    assert absent not in words, words
    assert not wanted or wanted in words, words


@pytest.mark.parametrize("text", ["長野のりんご（箱詰め）", "山形のりんご 化粧箱詰め 5kg"])
def test_apples_packed_in_a_box_are_fresh_apples(text: str) -> None:
    assert "boxes" not in english_terms(text)
    found = _codes(text)
    assert found[0] == "080810", found
    assert not any(c.startswith(("2621", "1212", "4415")) for c in found), found


@pytest.mark.parametrize(
    "text",
    ["冷凍の養殖ハマチ（丸ごと）", "冷凍の真鯛（内臓を除いた丸のまま）", "冷凍カンパチ"],
)
def test_a_frozen_whole_fish_the_nomenclature_does_not_name_is_other_fish(text: str) -> None:
    found = _codes(text)
    assert found[0] == "030389", found
    assert "030392" not in found and not any(c.startswith("0304") for c in found), found


def test_a_chilled_one_is_fresh_or_chilled_other_fish() -> None:
    assert _codes("生食用の冷蔵ハマチ（丸のまま）")[0] == "030289"


@pytest.mark.parametrize(
    ("text", "code"),
    [("冷凍の秋刀魚", "030359"), ("冷凍の鰹（丸のまま）", "030343"), ("冷凍の真鱈", "030363")],
)
def test_a_species_the_nomenclature_names_keeps_its_subheading(text: str, code: str) -> None:
    assert _codes(text)[0] == code


def test_a_part_asked_for_is_not_put_back() -> None:
    codes = ["030389", "030391", "030489"]
    own = [packaged_table().entries[c].description_en for c in codes]
    assert fish_ranks(codes, own, "frozen yellowtail fish")[1:] == [3, 3]
    asked = fish_ranks(codes, own, "冷凍ぶりの切り身 frozen yellowtail fish fillets")
    assert asked[2] < 3  # fillets asked: 0304 keeps its place
    assert fish_ranks(codes, own, "dried yellowtail fish 干しぶり") == [0, 0, 0]  # dried: as ranked
