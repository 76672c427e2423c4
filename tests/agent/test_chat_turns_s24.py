"""Session-24 turns (issue 9 items 1, 3 and 4) through POST /v1/chat (no LLM) over a slice of
the real corpus, in new words (not test20's): a language is no market in a follow-up, a claim
written on the pack asks Taiwan's health-food permit, a checklist summary for rice names
Japan's notification, Japan's side asked for cheese names the Animal Quarantine Service, an
injury from a toy in Canada gets the two-day report, and plants for the UAE their approval."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask, cited_docs
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "ca/ca-food-labelling-cfia.md",
    "ca/ca-market-entry.md",
    "eu/eu-food-labelling.md",
    "tw/health-food-control-act.md",
    "tw/customs-tariff-alcohol.md",
    "tw/food-import-inspection-labelling.md",
    "th/food-import-registration-labelling.md",
    "jp/jp-rice-export-notification.md",
    "jp/jp-animal-export-inspection.md",
    "jp/jp-food-export-certificates.md",
    "ca/ca-consumer-product-safety-ccpsa.md",
    "ae/ae-import-restrictions-procedures.md",
    "ae/ae-market-entry.md",
    "jp/jp-plant-export-inspection.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns24"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def test_english_and_french_labels_after_a_montreal_order_are_canadas(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "We are a miso maker in Nagano. A hotel group in Montreal buys our miso in 5 kg tubs.",
        "Must the tub labels be in both English and French?",
    )
    answer = done["answer"]
    assert answer.startswith("For Canada"), answer
    assert not any(d.startswith(("eu-", "fr-")) for d in cited_docs(done)), cited_docs(done)
    assert "electrical" not in answer.lower(), answer  # a miso maker is no appliance


def test_a_health_claim_on_the_pack_asks_taiwans_health_food_permit(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "静岡で粉末の大麦若葉を作っています。台湾のドラッグストアが扱ってくれることになりました。",
        "箱に『毎日のすっきりに』と書いて売りたいです。台湾では許可が必要ですか？",
    )
    first = done["answer"].split("\n")[0]
    assert "健康食品" in first and "許可" in first, done["answer"]
    assert "酒" not in first, first
    assert "tw-health-food-control-act" in cited_docs(done)


def test_a_rice_checklist_summary_names_japans_notification(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "台湾の和食店に玄米を輸出したいです。チェックリストをください。")
    assert "食糧法" in done["answer"] and "地方農政局" in done["answer"], done["answer"]


def test_japans_side_for_cheese_names_the_animal_quarantine_service(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "北海道でカマンベールチーズを作っています。タイの輸入者から日本の政府の証明書を求められました。"
        "日本では、どこで何をすればいいですか？",
    )
    assert "動物検疫所" in done["answer"], done["answer"]
    assert "jp-animal-export-inspection" in cited_docs(done)


def test_an_injury_from_a_toy_in_canada_gets_the_two_day_report(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "Our wooden teethers are sold by a shop in Vancouver. A baby was injured when a bead "
        "came loose. How many days do we have to report it in Canada?",
    )
    assert not done["escalated"], done["answer"]
    assert "two days" in done["answer"], done["answer"]
    assert "ca-consumer-product-safety-ccpsa" in cited_docs(done)


def test_bulbs_and_potted_plants_for_the_uae_need_the_ministrys_prior_approval(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "We would like to ship tulip bulbs and potted bonsai to a nursery in Dubai. "
        "Is an approval needed before import?",
    )
    assert not done["escalated"], done["answer"]
    assert "prior approval" in done["answer"], done["answer"]
    assert "ae-import-restrictions-procedures" in cited_docs(done)


def test_where_to_look_up_a_markets_plant_conditions_names_the_database(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "長野でりんごを作っています。タイに送りたいのですが、タイの植物検疫の条件はどこで確認できますか？",
    )
    assert "輸出入条件詳細情報" in done["answer"], done["answer"]
