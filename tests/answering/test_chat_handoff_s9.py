"""Session-9 hand-off through POST /v1/chat (no LLM) over a slice of the real corpus:
everyday goods under a market's general rules are answered, what the corpus lacks (a
sofa's fire-safety rules, cosmetic contact lenses) is handed off, and checking a named
party against sanctions lists is an advisor's, not a buyer search (s8 trial U22)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "vn/goods-labelling.md",
    "vn/customs-origin.md",
    "uk/uk-ukca-ce-marking.md",
    "uk/uk-customs-import.md",
    "kr/customs-rcep-origin.md",
    "hk/hk-free-port-customs-dutiable.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("handoff9"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _tools(done: dict[str, Any]) -> list[str]:
    return [c["name"] for c in done["tool_calls"]]


def test_furniture_labels_in_vietnam_are_answered_from_the_labelling_decree(
    client: TestClient, keys: Keys
) -> None:
    # before: handed off, 「「家具」、「何語」についての記述がありません」 under the right card
    done = ask(
        client,
        keys,
        "ベトナムの販売店に木の家具を輸出する。商品のラベルって何語で、何を書けばいい？",
    )
    assert not done["escalated"], done["answer"]
    assert "ベトナム語" in done["answer"]


def test_a_sofas_fire_safety_rules_are_handed_off(client: TestClient, keys: Keys) -> None:
    # before: answered with the UK cosmetics responsible person
    done = ask(client, keys, "イギリスに布張りのソファを出す。燃えにくさの規則があるって聞いたけど")
    assert done["escalated"]
    assert "防火" in done["answer"] and "アドバイザー" in done["answer"]


def test_cosmetic_contact_lenses_are_medical_devices_beyond_the_corpus(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "韓国で度なしのカラコンを売りたい。どんな手続き？")
    assert done["escalated"] and "医療機器" in done["answer"]


def test_checking_a_party_against_sanctions_lists_is_no_buyer_search(
    client: TestClient, keys: Keys
) -> None:
    message = "香港のバイヤーから緑茶の注文が来ました。相手が制裁リストに載っていないか確認したい"
    done = ask(client, keys, message)
    assert "shortlist_buyers" not in _tools(done)
    assert done["escalated"] and "制裁リスト" in done["answer"]
