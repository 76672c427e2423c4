"""The product's own buyers first (issue 15, session 11): for green tea to the US, rice,
soy-sauce and sake importers ranked between the tea importers (and above them when no HS
code was given), because Japanese-food buyers share the query's meaning and market."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer(
        "Kome Foods LLC",
        "US",
        product_codes=["1006", "210310"],
        interests=["Japanese short-grain rice", "soy sauce"],
    ),
    buyer(
        "Shoyu House Inc.",
        "US",
        product_codes=["210310"],
        interests=["soy sauce", "miso and Japanese seasonings"],
    ),
    buyer(
        "Leaf Hall Corp.",
        "US",
        product_codes=["090210"],
        interests=["green tea, sencha and matcha"],
    ),
    buyer(
        "Sake Cellar LLC",
        "US",
        product_codes=["2206"],
        interests=["sake and other fermented beverages"],
    ),
    buyer(
        "Kyusu Trading Inc.",
        "US",
        product_codes=["0902", "1905"],
        interests=["rice crackers", "Japanese teas"],
    ),
]
TEA = {"Leaf Hall Corp.", "Kyusu Trading Inc."}


def _names(container: Container, description: str, code: str | None) -> list[str]:
    query = ShortlistQuery.model_validate(
        {"product": {"description": description, "code": code}, "markets": ["US"]}
    )
    return [c.buyer.name for c in container.shortlists.rank(query).candidates]


def test_tea_buyers_come_before_every_other_buyer(
    container: Container, directory: BuyerDirectory
) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    for description, code in (
        ("煎茶 ティーバッグ", "090210"),
        ("Japanese green tea", None),
        ("日本茶", None),
    ):
        names = _names(container, description, code)
        assert set(names[:2]) == TEA, (description, names)
        assert len(names) == len(BUYERS)  # the others still follow
    # soy sauce: its own buyers first, the tea buyers after
    assert set(_names(container, "醤油", "210310")[:2]) == {"Kome Foods LLC", "Shoyu House Inc."}


KOREA = [
    buyer(
        "Seoul Skin Lab Co., Ltd.",
        "KR",
        product_codes=["330499"],
        interests=["skin care lotions and serums"],
    ),
    buyer(
        "Hangang Beauty Trading Co., Ltd.",
        "KR",
        product_codes=["3304", "6109"],
        interests=["skin care and make-up", "T-shirts"],
    ),
    buyer(
        "Busan Leaf Provisions Co., Ltd.",
        "KR",
        product_codes=["090210", "030722"],
        interests=["green tea and matcha", "frozen scallops"],
    ),
    buyer(
        "Incheon Hair Care Corp.",
        "KR",
        product_codes=["330510"],
        interests=["shampoo and conditioner"],
    ),
]


def test_a_buyer_of_other_goods_does_not_fill_a_cosmetics_list(
    container: Container, directory: BuyerDirectory
) -> None:
    """s11 trial X26: a green-tea importer ranked 4th of 5 for 化粧品 in Korea; with the
    product's own buyers found, the rest are buyers of the same family of goods only."""
    directory.upsert_many(KOREA, owner=PUBLIC)
    for code in (None, "330499"):
        query = ShortlistQuery.model_validate(
            {"product": {"description": "化粧水", "code": code}, "markets": ["KR"]}
        )
        names = [c.buyer.name for c in container.shortlists.rank(query).candidates]
        assert set(names[:2]) == {"Seoul Skin Lab Co., Ltd.", "Hangang Beauty Trading Co., Ltd."}
        assert "Incheon Hair Care Corp." in names  # cosmetics family: it still follows
        assert "Busan Leaf Provisions Co., Ltd." not in names, (code, names)


def test_without_own_buyers_the_list_keeps_to_the_products_family(
    container: Container, directory: BuyerDirectory
) -> None:
    """s29 trial: buyers for an iron teapot in Australia listed T-shirt, supplement and
    pickle importers (no buyer of the teapot's own heading): with a code and no own buyer,
    the list is buyers of the same family of goods (base-metal wares), or empty and says
    why."""
    hardware = buyer(
        "Jeonju Hardware Co., Ltd.",
        "KR",
        product_codes=["8205", "7615"],
        interests=["hand tools and kitchen hardware"],
    )
    directory.upsert_many([*KOREA, hardware], owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {"product": {"description": "南部鉄器の急須", "code": "732393"}, "markets": ["KR"]}
    )
    names = [c.buyer.name for c in container.shortlists.rank(query).candidates]
    assert names == ["Jeonju Hardware Co., Ltd."], names
    glass = ShortlistQuery.model_validate(
        {"product": {"description": "江戸風鈴", "code": "701399"}, "markets": ["KR"]}
    )
    shortlist = container.shortlists.rank(glass)
    assert shortlist.candidates == []
    assert shortlist.empty is not None and "ほかの種類の商品" in shortlist.empty.ja
    assert "other kinds of goods" in shortlist.empty.en
