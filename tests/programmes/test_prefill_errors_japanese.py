"""A pre-fill the applicant got wrong is explained in Japanese (s9 trial: a corporate
number with a wrong check digit was answered 「not a valid 13-digit corporate number (check
digit does not match)」 inside a Japanese message, and e-invoice problems only in English)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings

from .conftest import CATALOGUE

URL = "/v1/programmes/jetro-trade-fair-japan-pavilion/prefill"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", programmes_dir=CATALOGUE)  # type: ignore[call-arg]
    container = Container(settings)
    key = container.keys.create("exporter", "acme", "alice").key
    with TestClient(create_app(container=container)) as test_client:
        yield test_client, {"X-API-Key": key, "Accept-Language": "ja"}
    container.close()


def _message(client: tuple[TestClient, dict[str, str]], body: dict[str, Any]) -> str:
    r = client[0].post(URL, json=body, headers=client[1])
    assert r.status_code == 422, r.text
    message: str = r.json()["error"]["message"]
    return message


def test_a_wrong_corporate_number_is_said_in_japanese(client: Any) -> None:
    said = _message(client, {"company": {"corporate_number": "1234567890123"}})
    assert "company.corporate_number: 13桁の法人番号として正しくありません" in said
    assert "check digit" not in said


@pytest.mark.parametrize(
    ("xml", "words"),
    [
        ("<Invoice><unclosed></Invoice>", "XMLとして読み取れません"),
        ("<Order xmlns='urn:x'/>", "UBL 2.1 の請求書（Invoice）ではありません"),
        ('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "DTDや実体参照を含むXMLは受け付けません"),
    ],
)
def test_an_e_invoice_that_cannot_be_read_is_said_in_japanese(
    client: Any, xml: str, words: str
) -> None:
    said = _message(client, {"einvoices": [xml]})
    assert said.startswith("einvoices[0]: ") and words in said
