"""Japan's own rules and regimes named by name are retrieval candidates for a question about
any market (issue 9, item 2; trial U55): the ATA carnet document answers a carnet question
for a French fair, Japan's alcohol export licence a sake wholesaler's question about Hong
Kong, while a question about the market's own rules keeps to that market's documents.
Replayed through POST /v1/chat (no LLM) over a slice of the real corpus."""

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
    "fr/fr-language-toubon.md",
    "fr/fr-triman-epr.md",
    "eu/eu-ce-marking-nlf.md",
    "eu/eu-customs-import.md",
    "hk/hk-free-port-customs-dutiable.md",
    "hk/hk-food-labelling.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "jp/jp-cites-export.md",
    "jp/jp-alcohol-export.md",
    "jp/jp-export-procedure-overview.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("retrieve10"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def test_a_carnet_question_for_a_french_fair_cites_the_carnet_document(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client, keys, "展示会用のサンプルを一時的にフランスに持ち出したい。ATAカルネは使える？"
    )
    assert "jp-ata-carnet-temporary-export" in cited_docs(done), done["answer"]
    assert "カルネ" in done["answer"]


def test_japans_own_licence_answers_a_wholesale_question_about_another_market(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "日本酒を蔵元から仕入れて香港の飲食店に卸したい。酒の免許って要る？")
    assert "jp-alcohol-export" in cited_docs(done), done["answer"]


def test_a_question_on_the_markets_own_rules_keeps_to_its_documents(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "包丁をフランスで売るとき、説明書はフランス語にしないといけない？")
    cited = cited_docs(done)
    assert "fr-language-toubon" in cited, done["answer"]
    assert not any(d.startswith("jp-") for d in cited), cited
