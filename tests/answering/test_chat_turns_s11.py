"""Session-11 follow-ups through POST /v1/chat (no LLM) over a slice of the real corpus: a
follow-up that asks a new question of the same topic (who is in charge, how long it takes,
whom to consult) leads with its own answer, not the previous answer's lead card; another
market's authority named after the market changed is answered for the new market; and a
document follow-up's weights, cartons and address fill their own fields."""

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
    "us/us-food-labelling.md",
    "us/us-fda-food-facility-registration.md",
    "ca/ca-market-entry.md",
    "sg/food-labelling.md",
    "intl/intl-trade-documents.md",
]
LABELS = "アメリカに醤油を輸出します。ラベルの表示ルールを教えて"


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns11"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _first(done: dict[str, Any]) -> str:
    return done["answer"].splitlines()[0]


def test_who_is_in_charge_leads_with_the_authority(client: TestClient, keys: Keys) -> None:
    lead = ask(client, keys, LABELS)
    done = ask(client, keys, LABELS, "問い合わせ先はどこ？")
    assert _first(done) != _first(lead)
    assert "所管は" in _first(done) and "FDA" in _first(done), done["answer"]
    assert "ジェトロ" in done["answer"] and not done["escalated"]


def test_how_long_leads_with_the_lead_time(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, LABELS, "準備にはどれくらいの期間がかかりますか？")
    assert "週間" in _first(done) and "所管:" not in _first(done), done["answer"]


def test_the_previous_markets_authority_is_answered_for_the_new_market(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "アメリカに煎茶を輸出したい。FDAへの施設登録はいる？",
        "じゃあカナダは？",
        "FDAの登録はどうする？",
    )
    assert _first(done).startswith("FDAは米国の"), done["answer"]
    assert "カナダ" in _first(done) and "CFIA" in done["answer"]
    assert {c["country"] for c in done["citations"]} <= {"CA", "INTL", "JP"}


def test_weights_and_cartons_after_the_form_fill_their_own_fields(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "シンガポール向けに醤油のパッキングリストを作りたい",
        "当社は有限会社鈴木商店、住所は静岡県浜松市中区元城町1-2です。総重量は120kg、8カートン",
    )
    form = next(p for p in done["payloads"] if p["kind"] == "document_form")["data"]
    assert form["fields"]["packages"] == "8" and "quantity" in form["missing"]
    assert form["fields"]["exporter_address"] == "静岡県浜松市中区元城町1-2"
    assert "総重量は120kg" in form["fields"]["weights"]
    assert "梱包数: 8" in done["answer"]
