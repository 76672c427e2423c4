"""Session-31 HS reading (issue 9 item 5): the party that will import the goods is no goods
("A hotel in Portland wants to import them" named Portland cement), the goods may be said
two sentences before the request, and comforters, duvets and 掛け布団 are the quilts of
9404.40, not feathers (6701) or bedding n.e.c. (9404.90)."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from tests.compliance.hs_words_only import codes


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        (
            "We weave wool throw blankets in Ichinomiya. A lodge in Portland wants to import "
            "them. Which HS code do they take?",
            "We weave wool throw blankets in Ichinomiya",
        ),
        (
            "Our workshop sews silk duvets. A boutique in Seattle would like to stock them. "
            "What is the HS code?",
            "Our workshop sews silk duvets",
        ),
    ],
)
def test_the_party_that_imports_them_is_no_goods(message: str, goods: str) -> None:
    assert hs_product(message) == goods


def test_a_party_that_wants_the_code_still_names_no_goods() -> None:
    said = "A stationery chain in California wants the HS code for our brush pens."
    assert "California" not in hs_product(said)


@pytest.mark.parametrize(
    "product",
    [
        "silk duvet",
        "down-filled comforter, cotton cover",
        "kakebuton",
        "羽毛の掛け布団",
        "綿の掛布団",
    ],
)
def test_comforters_are_quilts_of_9404_40(product: str) -> None:
    assert codes(product, 1) == ["940440"], product
