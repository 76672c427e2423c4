"""Embedding on another site: listed origins get CORS, others a plain refusal (never a
405), a readable origin check, and one log line naming the setting."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tests.conftest import TEST_DATA

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings

SHOP = "https://shop.example"
OTHER = "https://other.example"
PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "x-api-key,content-type",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    tmp = tmp_path_factory.mktemp("embed")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp / "data",
        corpus_dir=TEST_DATA / "corpus",
        database={"url": f"sqlite:///{tmp / 'app.db'}"},
        api={"cors_origins": [SHOP]},
    )
    container = Container(settings)
    with TestClient(create_app(container=container)) as test_client:
        yield test_client
    container.engine.dispose()


def test_preflight_from_a_listed_origin_is_allowed(client: TestClient) -> None:
    response = client.options("/v1/chat", headers={"Origin": SHOP, **PREFLIGHT})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == SHOP
    assert "x-api-key" in response.headers["access-control-allow-headers"].lower()


def test_preflight_from_an_unlisted_origin_is_refused_not_405(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="export_assist.api.embedding"):
        response = client.options("/v1/chat", headers={"Origin": OTHER, **PREFLIGHT})
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert OTHER in logged and "EXPORT_ASSIST_API__CORS_ORIGINS" in logged


def test_origin_check_says_what_is_missing(client: TestClient) -> None:
    refused = client.get("/v1/widget/origin", headers={"Origin": OTHER})
    assert refused.status_code == 200 and refused.headers["access-control-allow-origin"] == "*"
    assert refused.json() == {
        "origin": OTHER,
        "allowed": False,
        "setting": "EXPORT_ASSIST_API__CORS_ORIGINS",
        "docs": "README.md#embed-the-widget-on-another-site",
    }
    assert client.get("/v1/widget/origin", headers={"Origin": SHOP}).json()["allowed"] is True
    assert client.get("/v1/widget/origin").json()["allowed"] is True  # same origin: no header
