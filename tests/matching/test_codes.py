"""Hierarchical codes: validation and prefix proximity (HS and other schemes)."""

from __future__ import annotations

import pytest

from export_assist.errors import InvalidInput
from export_assist.matching.codes import best_proximity, normalize_code, proximity


@pytest.mark.parametrize("raw", ["0", "12345678901", "09.02a", "", "tea"])
def test_bad_hs_codes_say_what_is_wrong(raw: str) -> None:
    with pytest.raises(InvalidInput, match="2 to 10 digits"):
        normalize_code(raw, "hs", where="line 3")


def test_hs_codes_are_cleaned() -> None:
    assert normalize_code("0902.10", "hs") == "090210"
    assert normalize_code("8482 10-00", "hs") == "84821000"


def test_other_schemes_accept_letters() -> None:
    assert normalize_code("n6115b", "gsin") == "N6115B"
    assert normalize_code("03142000", "cpv") == "03142000"
    with pytest.raises(InvalidInput, match="unknown code scheme"):
        normalize_code("1", "nace")


def test_hs_proximity_counts_whole_levels() -> None:
    assert proximity("090210", "090210") == 1.0
    assert proximity("090210", "09") == 1.0  # a chapter interest contains the subheading
    assert proximity("090210", "090230") == pytest.approx(2 / 3)  # same heading
    assert proximity("090210", "090110") == pytest.approx(1 / 3)  # same chapter only
    assert proximity("090210", "848210") == 0.0


def test_fresh_and_frozen_headings_of_the_same_goods_are_close() -> None:
    assert proximity("020230", "020130") == pytest.approx(2 / 3)  # boneless beef, frozen/fresh
    assert proximity("020230", "020120") == pytest.approx(0.5)  # beef, another cut
    assert proximity("020230", "020230") == 1.0
    assert proximity("020230", "020110") > proximity("020230", "020610") == pytest.approx(1 / 3)
    assert proximity("0303", "0302") == pytest.approx(0.75)
    assert proximity("N0201", "N0202", "gsin") == pytest.approx(4 / 5)  # other schemes: chars


def test_generic_proximity_counts_characters() -> None:
    assert proximity("N6115B", "N6115A", "gsin") == pytest.approx(5 / 6)
    assert proximity("N6115B", "N61", "gsin") == 1.0
    assert best_proximity("N6115B", ["F029", "N6130", "N6115"], "gsin") == (1.0, "N6115")
