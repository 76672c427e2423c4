"""Cards added in session 11 for gaps trial users hit (issue 9) reach the products they are
about, and only those: Thai labels for consumer goods, Korean children's products, the
Philippine used-clothing ban, UAE halal certificates for meat.

Runs the shipped cards against product profiles built from names (keywords and the HS model,
no embeddings), the way the checklist decides which cards apply.
"""

from __future__ import annotations

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.shipped_cards import applicable

THAI_LABEL = "th-ocpb-thai-label-consumer-goods"
KR_CHILDREN = "kr-children-product-kc-safety"
PH_USED_CLOTHING = "ph-used-clothing-import-ban"
AE_HALAL = "ae-halal-certificate-meat"


@pytest.mark.parametrize("name", ["ボールペン 10本セット", "ステンレス製 保存容器"])
def test_thai_consumer_goods_get_the_thai_label_card(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    assert THAI_LABEL in applicable(builder, library, name, "TH")


@pytest.mark.parametrize("name", ["煎茶 100g", "化粧水 200ml"])
def test_food_and_cosmetics_keep_their_own_thai_label_rules(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    assert THAI_LABEL not in applicable(builder, library, name, "TH")


def test_a_childrens_product_gets_the_korean_kc_card(
    builder: ProfileBuilder, library: CardLibrary
) -> None:
    assert KR_CHILDREN in applicable(builder, library, "子ども用クレヨン 12色", "KR")


def test_a_pen_for_anyone_does_not(builder: ProfileBuilder, library: CardLibrary) -> None:
    assert KR_CHILDREN not in applicable(builder, library, "ボールペン 10本セット", "KR")


def test_worn_clothing_gets_the_philippine_ban(
    builder: ProfileBuilder, library: CardLibrary
) -> None:
    assert PH_USED_CLOTHING in applicable(builder, library, "古着（衣類）ベール", "PH", "630900")


def test_new_clothing_does_not(builder: ProfileBuilder, library: CardLibrary) -> None:
    assert PH_USED_CLOTHING not in applicable(builder, library, "綿のTシャツ（新品）", "PH")


def test_meat_gets_the_uae_halal_card(builder: ProfileBuilder, library: CardLibrary) -> None:
    assert AE_HALAL in applicable(builder, library, "和牛 ロース 冷凍", "AE")


@pytest.mark.parametrize(
    ("name", "hs"), [("煎茶 ティーバッグ", "090210"), ("電気ケトル（家庭用）", None)]
)
def test_tea_and_kettles_do_not(
    builder: ProfileBuilder, library: CardLibrary, name: str, hs: str | None
) -> None:
    assert AE_HALAL not in applicable(builder, library, name, "AE", hs)
