"""Session-14 turns through POST /v1/chat (no LLM) over a slice of the real corpus: a rule
asked after a buyer search is a rule, a bare follow-up's advisor draft names the goods and
market, a kitchen knife is not asked for a textile, and buyer reasons read in Japanese."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "sg/food-labelling.md",
    "vn/goods-labelling.md",
    "intl/intl-trade-documents.md",
    "intl/intl-hs-classification.md",
]
CATALOGUE = Path(__file__).parents[2] / "src/export_assist/matching/data/sample_products.json"


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns14"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _tools(done: dict[str, object]) -> list[str]:
    return [c["name"] for c in done["tool_calls"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "turns",
    [
        ("ベトナムで冷凍たこ焼きを扱う輸入業者を探して", "何かルールはありますか？"),
        ("Find importers of miso in Singapore for us", "What rules apply?"),
    ],
)
def test_a_rule_asked_after_a_buyer_search_is_no_buyer_search(
    client: TestClient, keys: Keys, turns: tuple[str, str]
) -> None:
    done = ask(client, keys, *turns)
    assert "shortlist_buyers" not in _tools(done)
    assert "answer_question" in _tools(done)


def test_more_buyers_after_a_buyer_search_are_still_buyers(client: TestClient, keys: Keys) -> None:
    done = ask(
        client, keys, "シンガポールで醤油の輸入業者を探して", "その中で日本語が通じる会社は？"
    )
    assert "shortlist_buyers" in _tools(done)


def test_a_bare_follow_ups_advisor_draft_names_the_goods_and_market(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "ベトナムに竹のまな板を輸出したい", "保険料はいくら？")
    assert done["escalated"]
    title = done["escalation"]["title"]
    assert "保険料はいくら？" in title and "竹のまな板" in title and "ベトナム" in title
    person = ask(client, keys, "ベトナムに竹のまな板を輸出したい", "担当の方と話せますか")
    assert person["escalated"] and "竹のまな板" in person["escalation"]["title"]


def test_a_kitchen_knife_is_not_asked_for_a_textile(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "出刃包丁のHSコードを教えて")
    assert "8211" in done["answer"]
    for textile in ("綿", "合成繊維", "化学繊維"):
        assert textile not in done["answer"]


def test_buyer_reasons_read_in_japanese(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "シンガポールで日本茶を扱うバイヤーを探してください")
    assert "shortlist_buyers" in _tools(done)
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    english = [en for c in data["categories"].values() for _, en, _ in c["products"]]
    assert "関心品目" in done["answer"]
    for phrase in english:
        assert f"『{phrase}』" not in done["answer"]
