"""Session-13 turns through POST /v1/chat (no LLM) over a slice of the real corpus: an
origin statement for a country whose other agreements with Japan need a certificate issued
in Japan (日タイEPA, AJCEP: the Japan Chamber of Commerce and Industry), and the condition
on an RCEP exporter's declaration (Art. 3.16.2), said in the answer and carried to the form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.shipment_origin import certificate_agreements, origin_note
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

SLICE = [
    "intl/intl-trade-documents.md",
    "jp/jp-epa-self-certification.md",
    "jp/jp-epa-jcci-certificate-of-origin.md",
    "us/us-fda-food-facility-registration.md",
    "au/au-customs-jaepa-origin.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns13"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _form(done: dict[str, Any]) -> dict[str, Any]:
    return dict(next(p for p in done["payloads"] if p["kind"] == "document_form")["data"])


def test_certificate_agreements_by_country() -> None:
    """The table names each agreement of a country whose origin needs a certificate."""
    thai = {a["ja"] for a in certificate_agreements("TH")}
    assert thai == {"日タイEPA", "日ASEAN包括的経済連携協定(AJCEP)"}
    assert certificate_agreements("US") == [] and certificate_agreements("") == []
    assert [a["en"] for a in certificate_agreements("IN")] == ["Japan-India CEPA"]


def test_the_note_for_an_agreement_chosen_and_for_none() -> None:
    chosen = origin_note("MY", "マレーシア", "ja", "rcep")
    assert "いずれかを選べます" not in chosen  # chosen: no choice offered again
    assert "日マレーシアEPA" in chosen and "日本商工会議所" in chosen and "要確認" in chosen
    india = origin_note("IN", "India", "en")
    assert "partner of none of them" in india and "Japan-India CEPA" in india
    assert "RCEP declaration" not in india  # India is no RCEP party
    assert origin_note("DE", "ドイツ", "ja", "jp_eu_epa") == ""  # nothing more to say
    mexico = origin_note("MX", "メキシコ", "ja")
    assert "この協定では" in mexico and "認定輸出者による証明も可" in mexico


@pytest.mark.slow
def test_a_thai_origin_statement_names_the_certificate_agreements(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "バンコクの輸入商社に抹茶を30缶送ります",
        "原産地申告文も作ってもらえますか",
    )
    form = _form(done)
    assert form["documents"] == ["origin_statement"] and form["fields"]["agreement"] == "rcep"
    for said in (done["answer"], form["origin_note"]):
        assert "日タイEPA" in said and "日ASEAN包括的経済連携協定" in said
        assert "日本商工会議所" in said and "特定原産地証明書" in said
        assert "タイが実施済みかは要確認" in said
    cited = {c["doc_id"] for c in done["citations"]}
    assert "jp-epa-jcci-certificate-of-origin" in cited


@pytest.mark.slow
def test_an_english_request_for_india_says_which_proof_it_needs(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "We ship 40 cartons of green tea to a buyer in Mumbai, India. "
        "Please prepare a statement on origin.",
    )
    assert "Japan-India CEPA" in done["answer"]
    assert "Japan Chamber of Commerce and Industry" in _form(done)["origin_note"]


@pytest.mark.slow
def test_an_amount_in_a_currency_is_no_exchange_rate_question(
    client: TestClient, keys: Keys
) -> None:
    """「…豪ドル分の注文」 states an order's value; it asks nothing of exchange rates."""
    done = ask(
        client,
        keys,
        "アメリカのレストランに南部鉄器の急須を送っています。",
        "シドニーの雑貨店から1,800豪ドル分の注文が入りました。輸入時の税金は？",
    )
    assert "為替" not in done["answer"]
