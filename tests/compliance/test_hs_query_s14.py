"""What the HS ranker reads (session 14, issue 15): the ware names of ceramics and the
polymer names of plastics are materials, an English name's head comes before where the
goods are, who made them and a model number, a polite negation is a negation, a colour
named after a metal is no metal, and 素焼き is pottery, not a cooked dish."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.negation import drop_negated
from export_assist.compliance.hs.product import from_text, materials_in
from export_assist.compliance.hs.query_words import head_words


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("hand-thrown stoneware mug", "ceramic"),
        ("terra cotta herb planter", "ceramic"),
        ("炻器のマグカップ", "ceramic"),
        ("素焼きの鉢カバー", "ceramic"),
        ("LDPE zip bags", "plastics"),
        ("ポリプロピレン製の収納ケース", "plastics"),
        ("polypropylene mooring rope", "man-made fibres"),
    ],
)
def test_ware_and_polymer_names_are_materials(text: str, material: str) -> None:
    assert material in materials_in(text)


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Watercolour painting on paper by a local artist", "painting"),
        ("Adhesive labels on rolls", "labels"),
        ("Pigment dispersion No. 12 blue", "dispersion"),
        ("Slip on canvas shoes", "shoes"),
    ],
)
def test_an_english_head_comes_before_place_maker_and_model_number(name: str, head: str) -> None:
    assert head_words(from_text(name)).split()[0] == head


def test_a_polite_negation_is_left_out() -> None:
    assert "ガラス" not in drop_negated("花瓶、ガラスは使用していません")
    assert "電動" not in from_text("ミル（電動ではありません）").name


def test_a_metal_colour_and_unglazed_pottery() -> None:
    assert "gold" not in english_terms("ゴールドカラー ブレスレット")
    fired = english_terms("素焼きの植木鉢")
    assert "earthenware" in fired and "cooked" not in fired
