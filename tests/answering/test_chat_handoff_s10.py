"""Session-10 hand-off through POST /v1/chat (no LLM) over a slice of the real corpus:
covered goods in a shop's words are answered (test7 false hand-offs), and a capital of an
uncovered market, a trade-remedy duty and vaping liquid are handed off (test7 and
escalation_dev2 missed hand-offs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "au/au-cosmetics-aicis-tga.md",
    "us/us-cosmetics-mocra.md",
    "vn/goods-labelling.md",
    "vn/customs-origin.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("handoff10"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def test_sunscreen_for_a_pharmacy_chain_is_answered(client: TestClient, keys: Keys) -> None:
    # before: handed off, "nothing about 'spf50', 'milk', 'pharmacy', 'treated'"
    message = (
        "Our SPF50 sunscreen milk is going to an Australian pharmacy chain. "
        "Is it treated as an ordinary cosmetic there?"
    )
    done = ask(client, keys, message)
    assert not done["escalated"], done["answer"]
    assert "ARTG" in done["answer"]


def test_nail_polish_for_drugstores_is_answered_for_the_us(client: TestClient, keys: Keys) -> None:
    # before: "polish" read as Poland, then handed off for 'nail', 'drugstores'
    message = (
        "Our Osaka company makes nail polish and a US distributor wants to put it into "
        "drugstores. What do we or they have to file with FDA these days?"
    )
    done = ask(client, keys, message)
    assert not done["escalated"], done["answer"]
    assert "MoCRA" in done["answer"] and "Poland" not in done["answer"]


def test_a_capital_of_an_uncovered_market_is_handed_off(client: TestClient, keys: Keys) -> None:
    # before: answered with Korean and Chinese label rules
    done = ask(
        client, keys, "サンサルバドルのスーパーから醤油の引き合いが来た。ラベルの決まりってある？"
    )
    assert done["escalated"] and "エルサルバドル" in done["answer"]


def test_an_anti_dumping_duty_is_handed_off(client: TestClient, keys: Keys) -> None:
    # before: answered with Vietnam's alcohol licence and excise
    message = "ベトナムが日本製の鉄鋼製品にかけているアンチダンピング税の税率は何％？"
    done = ask(client, keys, message)
    assert done["escalated"] and "アンチダンピング" in done["answer"]


def test_vaping_liquid_is_handed_off(client: TestClient, keys: Keys) -> None:
    # before: answered with Australia's import declaration and GST
    done = ask(client, keys, "オーストラリアで電子たばこ用のリキッドを売りたい。輸入できる？")
    assert done["escalated"] and "たばこ" in done["answer"]
