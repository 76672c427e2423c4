"""Session-10 answers replayed through POST /v1/chat (no LLM) over a slice of the real corpus:
an export request asking one fact gets it (India's remaining shelf life), the buyer's papers
for a plastic bottle are its food-contact declaration, a Thai food's registration number
leads, and a scallop answer quotes no milk or beef rule (trial V4)."""

from __future__ import annotations

import re
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
    "in/in-market-entry.md",
    "eu/eu-food-contact-materials.md",
    "eu/eu-customs-import.md",
    "th/food-import-registration-labelling.md",
    "th/customs-origin.md",
    "hk/hk-food-import-cfs.md",
    "hk/hk-food-labelling.md",
    "intl/intl-trade-documents.md",
]
_MARKER = re.compile(r"\s*\[\d+\]")


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("answers10"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _lines(text: str) -> list[str]:
    return [_MARKER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def test_an_export_request_asking_the_shelf_life_gets_it(client: TestClient, keys: Keys) -> None:
    done = ask(
        client, keys, "お茶漬けの素をインドに輸出したい。賞味期限がどれくらい残ってないとダメ？"
    )
    text = done["answer"]
    assert "60%" in text and "3か月" in text, text
    assert "チェックリストで" not in text  # not the overview of every requirement


def test_a_buyers_papers_for_a_plastic_bottle_are_its_food_contact_declaration(
    client: TestClient, keys: Keys
) -> None:
    text = ask(
        client,
        keys,
        "プラスチックの子ども用水筒をフランスの雑貨店に卸したい。向こうのバイヤーから、"
        "プラスチックだから書類を出してくれって言われた。何のこと？",
    )["answer"]
    first = _lines(text)[0]
    assert "食品接触材料" in first and "10/2011" in first, text
    assert "EORI" not in first


def test_a_thai_food_number_question_leads_with_the_registration(
    client: TestClient, keys: Keys
) -> None:
    text = ask(
        client,
        keys,
        "乾麺のラーメンをバンコクのスーパーに出す。タイで売るには番号みたいなのが要るって聞いた。",
    )["answer"]
    first = _lines(text)[0]
    assert "13桁" in first and "タイ食品医薬品局" in first, text


def test_a_scallop_answer_quotes_no_milk_or_beef_rule(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "冷凍ホタテ（ボイル）を香港に輸出したい。衛生証明書は必要？")["answer"]
    assert "衛生証明書" in text, text
    assert "牛乳" not in text and "乳飲料" not in text and "牛肉" not in text, text
