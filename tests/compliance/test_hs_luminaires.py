"""A light one stands, hangs or fixes is a luminaire (9405); a bulb or LED module is a
light source (8539); a light on its own battery is a portable lamp (8513). 「LED専用の卓上
ライト（電気スタンド）」 read as LED lamps 8539.52 (s17): ライト/照明 said only "lamps", the
word every 8539 subheading starts with, never the "luminaires" of 9405."""

from __future__ import annotations

from functools import cache

import pytest

from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import packaged_table


@cache
def _suggester() -> RankedHsSuggester:
    return RankedHsSuggester(packaged_table(), None)  # the shipped words-only model


def _top(name: str) -> list[str]:
    return [s.code for s in _suggester().suggest(name, k=5)]


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("LED専用の卓上ライト（電気スタンド）", "9405"),
        ("LEDデスクライト 調光機能付き", "9405"),
        ("木製フロアランプ", "9405"),
        ("和紙のペンダントライト", "9405"),
        ("LED電球 E26口金", "8539"),
        ("LEDヘッドライト 登山用 乾電池式", "8513"),
    ],
)
def test_lights_reach_their_heading_first(name: str, heading: str) -> None:
    assert _top(name)[0].startswith(heading), _top(name)


def test_a_desk_light_for_led_only_is_9405_21_in_the_top_two() -> None:
    assert "940521" in _top("LED専用の卓上ライト（電気スタンド）")[:2]
