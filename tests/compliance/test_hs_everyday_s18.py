"""Everyday Japanese goods (session 18, issue 15): food seaweed is no seaweed ash nor seaweed
unfit to eat, and names the map lacked (a city bicycle, a knitted hat, mosquito coils, go
stones, a cup-and-ball toy) reach their headings."""

from __future__ import annotations

from functools import cache

import pytest

from export_assist.compliance.hs.edible import edible_ranks
from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import packaged_table


@cache
def _suggester() -> RankedHsSuggester:
    return RankedHsSuggester(packaged_table(), None)  # the shipped words-only model


def _codes(text: str, k: int = 3) -> list[str]:
    return [s.code for s in _suggester().suggest(text, k)]


@pytest.mark.parametrize("text", ["羅臼昆布", "鳴門わかめ 乾燥 50g", "芽ひじき（食用）"])
def test_food_seaweed_is_fit_for_human_consumption(text: str) -> None:
    found = _codes(text, 5)
    assert found[0] == "121221", found
    assert not any(c.startswith("2621") or c == "121229" for c in found), found


def test_seaweed_for_feed_or_fertiliser_keeps_the_model_order() -> None:
    own = [packaged_table().entries[c].description_en for c in ("121221", "121229", "262190")]
    assert edible_ranks(own, "昆布（食用）") == [0, 1, 1]
    assert edible_ranks(own, "肥料用の海藻 seaweed for fertiliser") == [0, 0, 0]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("通学用のシティサイクル（変速なし）", "8712"),
        ("カシミヤのニットキャップ", "6505"),
        ("蚊取り線香 30巻入り", "3808"),
        ("那智黒の碁石", "9504"),
        ("竹製のけん玉", "9503"),
    ],
)
def test_everyday_names_reach_their_heading(text: str, heading: str) -> None:
    found = _codes(text)
    assert found[0].startswith(heading), found
