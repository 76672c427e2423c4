"""Session-38 HS reading (issue 9 item 5): an artist who says what they sell names the goods
("I am an artist in Kyoto selling my own original watercolour paintings … to a gallery in
London" classified "go on the commercial invoice"), a noun made of a verb (織物) is no verb whose
object is the goods (「綿わたを詰めた座布団（カバーは綿の織物）」 classified the wadding), and
works of art are new unless the text says they are old (9701.91, not the antique 9701.21; test34
t012/t013, tuning since session 38; here in new words). Also: a mill turned by hand is no
electro-mechanical appliance, a table is furniture and oak is wood (test33 t012/t013)."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from export_assist.compliance.hs.antiques import says_old
from tests.compliance.hs_words_only import codes


def test_a_maker_who_says_what_they_sell_names_the_goods() -> None:
    said = (
        "I am a potter in Mashiko selling my own hand-thrown stoneware vases to a shop in "
        "Boston. Which HS code should the invoice show?"
    )
    assert hs_product(said) == "hand-thrown stoneware vases"
    # who the exporter is, and nothing sold, still names no goods
    assert "workshop" not in hs_product(
        "We are a small leather workshop in Himeji. What HS code for our belts?"
    )


def test_a_woven_cover_is_no_verb_whose_object_is_the_goods() -> None:
    said = "そば殻を詰めた枕（カバーは麻の織物）をタイの雑貨店に輸出します。HSコードは？"
    assert hs_product(said) == "そば殻を詰めた枕（カバーは麻の織物）"
    # an object before a real verb is still the goods: 「籐を編んで作ったかご」 stays whole,
    # 「漆を塗った盆を輸出」 is the tray
    assert hs_product("漆を塗った盆を輸出します。HSコードは？") == "漆を塗った盆"


@pytest.mark.parametrize(
    "text",
    [
        "an original acrylic painting, painted by hand last month",
        "水彩画（手描きの原画、額装）",
        "油絵",
    ],
)
def test_a_new_work_of_art_is_no_antique(text: str) -> None:
    found = codes(text, 3)
    assert found[0] == "970191", found
    assert "970121" not in found, found


def test_an_old_work_of_art_is_the_antique_sibling() -> None:
    assert says_old("江戸時代の掛け軸（肉筆）")
    assert not says_old("今年描いた水彩画")
    found = codes("明治時代の肉筆画（掛け軸）", 3)
    assert found[0] == "970121", found
    assert "970191" not in found, found


def test_a_woodblock_print_made_now_is_an_original_print() -> None:
    assert codes("木版画（新作の浮世絵）", 1) == ["970290"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a mill turned by hand is no electro-mechanical appliance (test33 t012: 8509.40)
        ("手挽きのごまミル（陶器の刃）", "821000"),
        ("a hand coffee mill", "821000"),
        ("電動のコーヒーミル", "850940"),
        # a table is furniture, oak is wood (test33 t013: a solid oak table reached 3307.49)
        ("a solid walnut dining table", "940360"),
        ("座卓（けやきの一枚板）", "940360"),
    ],
)
def test_how_goods_are_worked_and_what_a_table_is(text: str, code: str) -> None:
    assert codes(text, 1) == [code], codes(text, 3)
