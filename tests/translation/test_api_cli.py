"""POST /v1/translate and `export-assist translate` / `models install-argos`, end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.support.openai_server import ScriptedOpenAIServer


@pytest.fixture
def server() -> Iterator[ScriptedOpenAIServer]:
    with ScriptedOpenAIServer(
        responder=lambda r: "Confirm the export control classification with METI."
    ) as s:
        yield s


@pytest.fixture
def client(settings: Settings, server: ScriptedOpenAIServer) -> Iterator[TestClient]:
    settings.llm.base_url = server.base_url
    container = Container(settings)
    key = container.keys.create("exporter", "acme", "alice").key
    with TestClient(create_app(container=container), headers={"X-API-Key": key}) as c:
        yield c
    container.close()


def test_translate_endpoint(client: TestClient) -> None:
    resp = client.post(
        "/v1/translate", json={"text": "経済産業省の該非判定を確認する。", "from": "ja", "to": "en"}
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["ok"] is True and body["text"].startswith("Confirm the export control")
    assert body["segments"][0]["glossary"][0]["term_id"] == "auth.meti"


def test_translate_endpoint_rejects_bad_input(client: TestClient) -> None:
    resp = client.post("/v1/translate", json={"text": "x", "from": "ja", "to": "klingon"})
    assert resp.status_code == 422 and "unsupported language" in resp.json()["error"]["message"]
    assert client.post("/v1/translate", json={"text": ""}).status_code == 422
    backends = client.get("/v1/translate/backends").json()
    assert backends["backends"] == ["llm", "argos"] and backends["terms"] >= 100


def test_cli_translate_and_install(
    tmp_path: Path,
    argos_package: Path,
    server: ScriptedOpenAIServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_LLM__BASE_URL", server.base_url)
    runner = CliRunner()
    out = runner.invoke(
        cli_app, ["translate", "--from", "ja", "--to", "en", "経済産業省の該非判定を確認する。"]
    )
    assert out.exit_code == 0, out.output
    assert "export control classification" in out.stdout
    out = runner.invoke(cli_app, ["models", "install-argos", str(argos_package)])
    assert out.exit_code == 0 and "installed ja→en" in out.stdout
    assert "ja→en" in runner.invoke(cli_app, ["models", "list-argos"]).stdout
    monkeypatch.delenv("EXPORT_ASSIST_LLM__BASE_URL")
    out = runner.invoke(cli_app, ["translate", "--from", "ja", "--to", "th", "原産地を確認する。"])
    assert out.exit_code == 1 and "not translated" in out.stderr
