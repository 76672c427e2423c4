"""English questions about Japan's side name Japan's inspection bodies or the goods leaving
Japan, and farm machines are machines (test18, tuning since session 22: "…treated at the Japanese
plant protection station before it leaves?" for used combines to Thailand was answered with
Thailand's labelling rules; "used rice transplanters" were read as rice). New sentences."""

from __future__ import annotations

import pytest

from export_assist.answering.understand import understand
from tests.compliance.shipped_cards import profile_builder

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP PH INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "We export used tractors to Vietnam. Must they be cleaned and checked at the plant "
        "protection station first?",
        "Our bacon goes to Singapore. Does the Animal Quarantine Service inspect it?",
        "We ship used rice transplanters to Thailand. What inspection is needed before they leave?",
    ],
)
def test_japans_inspection_bodies_and_leaving_japan_ask_japans_side(text: str) -> None:
    q = understand(text, COVERED)
    assert q.japan_side, q
    assert q.destinations, q  # the market stays the conversation's


def test_plant_health_and_fumigation_are_the_sps_topic() -> None:
    q = understand(
        "Do used harvesters for Thailand need fumigation or a plant-health check?", COVERED
    )
    assert "sps" in q.topics, q


@pytest.mark.parametrize(
    "name", ["used rice transplanters", "田植機", "combine harvester", "耕うん機", "forklift"]
)
def test_farm_machines_are_machinery_not_food(name: str) -> None:
    profile = profile_builder().build(name, None)
    assert "machinery" in profile.categories and "food" not in profile.categories, profile


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("A buyer in Vietnam wants four used rice transplanters from us.", ["machinery"]),
        ("Can we sell our rice crackers and sake cups in Thailand?", None),
        ("Do used forklifts need anything before export to Vietnam?", ["machinery"]),
    ],
)
def test_plural_product_names_are_read_as_the_product(
    text: str, categories: list[str] | None
) -> None:
    q = understand(text, COVERED)
    if categories is None:
        assert "food" in q.categories, q  # the crackers are food, the plural changes nothing
    else:
        assert q.categories == categories, q
