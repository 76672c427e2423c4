"""A country's Japanese name is the one people write (CLDR's everyday name), not ISO's
official translation: 「ロシア連邦」 and the misspelt 「タニザニア連合共和国」 reached buyer
reasons, duty notes and export-control flags; the answer engine's market names agree."""

from __future__ import annotations

import pycountry
import pytest

from export_assist.answering.places import market_name
from export_assist.geo import country_name, country_name_ja


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU", "ロシア"),
        ("TZ", "タンザニア"),
        ("IR", "イラン"),
        ("LA", "ラオス"),
        ("CD", "コンゴ民主共和国"),  # CLDR's 「(キンシャサ)」 left out
        ("MO", "マカオ"),  # not 「中華人民共和国マカオ特別行政区」
        ("KP", "北朝鮮"),
        ("DE", "ドイツ"),
    ],
)
def test_everyday_japanese_name(code: str, name: str) -> None:
    assert country_name_ja(code) == name


def test_every_iso_country_has_a_japanese_name_without_brackets() -> None:
    codes = [c.alpha_2 for c in pycountry.countries]
    names = {c: country_name_ja(c) for c in codes}
    # none falls back to its code or an English name
    assert [c for c, n in names.items() if n.isascii()] == []
    assert [n for n in names.values() if any(b in n for b in "()（）")] == []


def test_answer_engine_market_names_are_the_same_names() -> None:
    # the two lists once disagreed: places gave 「諸島」 for CC and 「仏領」 for MF
    for code in ("CC", "MF", "SX", "TZ", "LA", "VE"):
        assert market_name(code, "ja") == country_name_ja(code)
    assert country_name_ja("XX") == "XX"


@pytest.mark.parametrize(
    ("code", "name"),
    [("TW", "Taiwan"), ("KR", "South Korea"), ("VN", "Vietnam"), ("DE", "Germany")],
)
def test_everyday_english_name(code: str, name: str) -> None:
    # checklists' destination_name, buyer notes and pre-filled forms read one function
    assert country_name(code) == name
