"""A Japanese product name finds the buyers of that product (s5 user trial): 「アメリカで
日本茶を扱っているバイヤーを紹介してください」 ranked a sake importer first, because the CJK
bigram 日本 of 日本茶 matched its interest 日本酒 and the English interests of tea buyers
shared no word with the query."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer("Sake Cellar LLC", "US", interests=["sake and other fermented beverages", "日本酒"]),
    buyer("Rice Table LLC", "US", interests=["Japanese short-grain rice", "日本米"]),
    buyer("Leaf Hall Corp.", "US", interests=["nori seaweed", "green tea, sencha and matcha"]),
]


def _first(container: Container, description: str) -> str:
    query = ShortlistQuery.model_validate(
        {"product": {"description": description}, "markets": ["US"]}
    )
    return container.shortlists.rank(query).candidates[0].buyer.name


def test_japanese_tea_finds_the_tea_buyer_not_the_sake_buyer(
    container: Container, directory: BuyerDirectory
) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    assert _first(container, "日本茶") == "Leaf Hall Corp."
    assert _first(container, "緑茶 100g袋") == "Leaf Hall Corp."
    assert _first(container, "日本酒") == "Sake Cellar LLC"  # the sake buyer still for sake
