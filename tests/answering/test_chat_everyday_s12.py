"""Session-12 everyday goods under a market's general rules (issue 9): the kind of goods is
the product's own, not its material's or use's (a wine fridge is no wine, a noodle machine no
food, an electric kettle no food to label), and a card kept to HS codes (the energy label)
answers the appliances it names. Unit checks without an index, then POST /v1/chat (no LLM)
over a slice of the real corpus with new sentences of the kind test9 asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.goods import other_kind, own_categories, wanted
from export_assist.answering.understand import understand
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]


def test_a_products_use_or_contents_word_is_not_its_kind_of_goods() -> None:
    # a wine cellar cabinet is an appliance; a tea kettle holds tea but is ware
    assert wanted(["electronics", "household"], "ワインセラー", []) == {"electrical"}
    assert wanted(["household", "food_contact", "tea", "food"], "tea kettle", []) == {
        "food_contact"
    }
    # the categories a use word says are dropped, the head's stay
    assert own_categories(["food", "machinery", "food_contact"], "そば打ち機", "そば打ち機") == [
        "machinery",
        "food_contact",
    ]
    assert own_categories(["food", "tea"], "抹茶", "抹茶") == ["food", "tea"]


def test_a_word_inside_a_longer_goods_word_is_not_read_alone() -> None:
    q = understand("We ship a compact rice cooker to Seoul.", frozenset({"KR"}))
    assert wanted(q.categories, q.product, q.conditions) == {"electrical", "food_contact"}


def test_a_food_rule_is_no_rule_for_ware_that_touches_food() -> None:
    pot = wanted(["electronics", "household", "food_contact"], "電気ポット", [])
    assert other_kind("Prepacked food must carry a Korean-language label.", "", pot)
    assert other_kind("輸入食品は販売前に届け出なければなりません。", "", pot)
    # rules for what touches food are its own, and a food's packaging's too
    assert not other_kind("Utensils in contact with food must not transfer lead.", "", pot)
    assert not other_kind("食品用器具・容器包装は規格基準に適合しなければなりません。", "", pot)
    miso = wanted(["food"], "味噌", [])
    assert not other_kind("容器包装は溶出試験に適合しなければなりません。", "", miso)


SLICE = [
    "kr/energy-efficiency-grade-label.md",
    "kr/food-labelling.md",
    "kr/kc-electrical-radio.md",
    "eu/eu-energy-labelling-eprel.md",
    "eu/eu-lvd-emc-rohs-weee.md",
    "eu/eu-food-contact-materials.md",
    "eu/eu-gpsr.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("everyday12"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


@pytest.mark.slow
def test_an_appliances_energy_label_comes_from_the_card_kept_to_hs_codes(
    client: TestClient, keys: Keys
) -> None:
    # test9 t043 (another sentence): the rice cooker got Korea's food-label card first
    done = ask(
        client, keys, "炊飯器を韓国の家電量販店に卸します。省エネの表示について教えてください。"
    )
    assert "韓国エネルギー公団" in done["answer"] and not done["escalated"]
    assert done["citations"][0]["doc_id"] == "kr-energy-efficiency-grade-label"
    assert "kr-food-labelling" not in {c["doc_id"] for c in done["citations"][:2]}


@pytest.mark.slow
def test_a_fridge_is_registered_in_eprel_before_it_is_sold(client: TestClient, keys: Keys) -> None:
    # test9 t032 (another sentence): a wine fridge got the food-contact card
    done = ask(
        client,
        keys,
        "Our mini fridge will be sold by a shop in Belgium. "
        "Is there an EU registration for the model before launch?",
    )
    assert "EPREL" in done["answer"] and not done["escalated"]
    assert done["citations"][0]["doc_id"] == "eu-energy-labelling-eprel"
