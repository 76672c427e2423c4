"""Markets named by a city from CLDR's world cities (Addis Ababa, Almaty, Dhaka in either
language and spelling), everyday words that are also city names left alone, and a
price's currency that names no market (issue 9)."""

from __future__ import annotations

import pytest

from export_assist.answering.cities import world_cities
from export_assist.answering.places import find_places, prices
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "DE", "FR", "AU", "EU", "SG"})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("アディスアベバの取引先に緑茶を送りたい", "ET"),  # CLDR writes アジスアベバ
        ("A buyer in Addis Ababa wants green tea", "ET"),
        ("Our new distributor is based in Almaty.", "KZ"),
        ("ダッカのスーパーにインスタントラーメンを卸したい", "BD"),
        ("Our importer in Sao Paulo asks for soy sauce", "BR"),  # São Paulo without accents
        ("An importer in Ouagadougou wants rice crackers", "BF"),
    ],
)
def test_an_uncovered_market_named_by_its_city(text: str, code: str) -> None:
    q = understand(text, COVERED)
    assert q.unsupported == [code] and q.destinations == []


def test_city_names_that_are_everyday_words_name_no_market() -> None:
    for text in ("oral care products", "使い捨てカイロを輸出", "cayenne pepper", "lima beans"):
        assert find_places(text) == [], text
    assert "Oral" not in world_cities() and "カイロ" not in world_cities()
    # Japan's own cities never come from the table: the exporter's home is no market
    assert "JP" not in set(world_cities().values())


def test_a_price_names_no_market() -> None:
    q = understand("We want to sell green tea at USD 5 a can. What labels do we need?", COVERED)
    assert q.destinations == [] and q.unsupported == []
    assert understand("1缶5米ドルで販売します。表示は？", COVERED).destinations == []
    assert prices("at USD 5 or 4.50 EUR") == [(3, 8), (12, 20)]
    # a currency without an amount is still a (weak) hint, a stronger place wins
    assert understand("A buyer in Paris paying in USD", COVERED).destinations == ["FR"]
    assert understand("Invoices in SGD: which labels?", COVERED).destinations == ["SG"]
