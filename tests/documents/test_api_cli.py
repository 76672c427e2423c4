"""POST /v1/documents, /v1/documents/validate, downloads, and `export-assist docs`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.support.openai_server import ScriptedOpenAIServer


@pytest.fixture
def shipment_json(shipment_data: dict[str, Any]) -> dict[str, Any]:
    """The example shipment as JSON would carry it (dates as strings)."""
    loaded: dict[str, Any] = json.loads(json.dumps(shipment_data, default=str))
    return loaded


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    container = Container(settings)
    key = container.keys.create("exporter", "acme", "alice").key
    with TestClient(create_app(container=container), headers={"X-API-Key": key}) as c:
        yield c
    container.close()


def test_render_and_download(
    client: TestClient, shipment_json: dict[str, Any], tmp_path: Path
) -> None:
    resp = client.post(
        "/v1/documents", json={"shipment": shipment_json, "languages": ["en"], "formats": ["pdf"]}
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["report"]["problems"] == [] and len(body["files"]) == 5
    pdf = client.get(body["urls"]["proforma_invoice.en.pdf"])
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    (tmp_path / "p.pdf").write_bytes(pdf.content)
    text = pypdf.PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert "Proforma Invoice" in text and "18,160.00" in text
    assert client.get(f"/v1/documents/{body['set_id']}/..%2Fsecret.pdf").status_code == 404


def test_download_links_are_signed(client: TestClient, shipment_json: dict[str, Any]) -> None:
    resp = client.post(
        "/v1/documents", json={"shipment": shipment_json, "languages": ["en"], "formats": ["pdf"]}
    )
    url = resp.json()["urls"]["packing_list.en.pdf"]
    assert client.get(url, headers={"X-API-Key": ""}).status_code == 200  # the link suffices
    forged = url.replace("packing_list", "commercial_invoice")
    denied = client.get(forged)
    assert (
        denied.status_code == 403
        and "not valid or has expired" in denied.json()["error"]["message"]
    )
    path, _ = url.split("?")
    expired = client.get(f"{path}?expires=1&sig={url.split('sig=')[1]}")
    assert expired.status_code == 403


def test_rendering_needs_an_api_key(settings: Settings, shipment_json: dict[str, Any]) -> None:
    container = Container(settings)
    with TestClient(create_app(container=container)) as anonymous:
        resp = anonymous.post("/v1/documents", json={"shipment": shipment_json})
        assert resp.status_code == 401
    container.close()


def test_inconsistent_shipment_gets_every_problem(
    client: TestClient, shipment_json: dict[str, Any]
) -> None:
    shipment_json["transport"]["mode"] = "air"
    shipment_json["lines"][0]["hs_code"] = "0902"
    resp = client.post("/v1/documents", json={"shipment": shipment_json})
    assert resp.status_code == 422
    fields = [d["field"] for d in resp.json()["error"]["details"]]
    assert fields == ["lines[0].hs_code", "incoterm"]
    check = client.post("/v1/documents/validate", json=shipment_json)
    assert check.status_code == 200 and check.json()["ok"] is False


def test_schema_errors_name_the_field(client: TestClient, shipment_json: dict[str, Any]) -> None:
    shipment_json["lines"][0]["quantity"] = -1
    resp = client.post("/v1/documents", json={"shipment": shipment_json})
    assert resp.status_code == 422
    assert "shipment.lines.0.quantity" in resp.json()["error"]["message"]


def test_cli_render_with_llm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipment_data: dict[str, Any]
) -> None:
    import yaml

    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    shipment_data["letter_ja"] = "今回は新しいパッケージでお届けします。"
    path = tmp_path / "shipment.yaml"
    path.write_text(yaml.safe_dump(shipment_data, allow_unicode=True), encoding="utf-8")
    with ScriptedOpenAIServer(
        responder=lambda r: "This time the goods come in our new packaging."
    ) as server:
        monkeypatch.setenv("EXPORT_ASSIST_LLM__BASE_URL", server.base_url)
        out = CliRunner().invoke(
            cli_app,
            [
                "docs",
                "render",
                str(path),
                "--lang",
                "en",
                "--formats",
                "pdf",
                "--out",
                str(tmp_path / "out"),
            ],
        )
    assert out.exit_code == 0, out.output
    files = [Path(line) for line in out.stdout.splitlines()]
    assert len(files) == 5 and all(f.is_file() for f in files)
    letter = next(f for f in files if f.name == "cover_letter.en.pdf")
    text = pypdf.PdfReader(letter).pages[0].extract_text()
    assert "new packaging" in text, "the personal message goes through the model"
    assert "Please find enclosed the shipping documents" in text, "the letter itself is a template"
    assert "[not translated]" not in text


def test_cli_validate_reports_problems(
    tmp_path: Path, shipment_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    shipment_data["totals"]["gross_weight_kg"] = 200
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(shipment_data, allow_unicode=True), encoding="utf-8")
    out = CliRunner().invoke(cli_app, ["docs", "validate", str(bad), "--ui-lang", "en"])
    assert out.exit_code == 1 and "totals.gross_weight_kg" in out.stdout
    out = CliRunner().invoke(cli_app, ["docs", "render", str(bad), "--ui-lang", "en"])
    assert out.exit_code == 2 and "nothing was rendered" in out.stderr


def test_cli_docs_speak_japanese_by_default(
    tmp_path: Path, shipment_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """s10 trial: `docs validate|render` printed English only (pydantic's "Input should be
    greater than 0", "nothing was rendered") although every check has its Japanese message."""
    import yaml

    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    shipment_data["totals"]["gross_weight_kg"] = 200
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(shipment_data, allow_unicode=True), encoding="utf-8")
    out = CliRunner().invoke(cli_app, ["docs", "validate", str(bad)])
    assert out.exit_code == 1 and "totals.gross_weight_kg は 200" in out.stdout
    out = CliRunner().invoke(cli_app, ["docs", "render", str(bad)])
    assert out.exit_code == 2 and "書類は作成していません" in out.stderr
    shipment_data["lines"][0]["quantity"] = -5
    bad.write_text(yaml.safe_dump(shipment_data, allow_unicode=True), encoding="utf-8")
    out = CliRunner().invoke(cli_app, ["docs", "validate", str(bad)])
    assert out.exit_code == 2 and "lines.0.quantity: 0より大きい値を指定してください" in out.output


def test_issue14_defect3_long_fields_are_refused_with_a_422(
    client: TestClient, shipment_json: dict[str, Any]
) -> None:
    body = {"shipment": shipment_json, "languages": ["en"], "formats": ["pdf"]}
    shipment_json["payment_note"] = "x" * 1_000_000  # the request guard refuses it unparsed
    resp = client.post("/v1/documents", json=body)
    assert resp.status_code == 422, resp.text
    assert "shipment.payment_note" in resp.text
    shipment_json["payment_note"] = "x" * 5_000  # under the guard's limit: the model's own
    resp = client.post("/v1/documents", json=body)
    assert resp.status_code == 422, resp.text
    assert "payment_note" in resp.text and "500" in resp.text


def test_cli_docs_fonts_prepares_the_cached_truetype_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from export_assist.documents import fontfile

    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    out = CliRunner().invoke(cli_app, ["docs", "fonts", "--profiles", "jp"])
    assert out.exit_code == 0, out.output
    path = Path(out.stdout.strip())
    assert path.is_file() and path.parent == fontfile.default_cache_dir()
    bad = CliRunner().invoke(cli_app, ["docs", "fonts", "--profiles", "xx"])
    assert bad.exit_code != 0 and "unknown profile" in bad.output


def test_cli_render_says_why_when_only_japanese_is_asked(
    tmp_path: Path, shipment_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "shipment.yaml"
    path.write_text(yaml.safe_dump(shipment_data, allow_unicode=True), encoding="utf-8")
    out = CliRunner().invoke(cli_app, ["docs", "render", str(path), "--lang", "ja"])
    # the reason is printed, not only "nothing was rendered"
    assert out.exit_code == 2 and "日本語以外のバイヤーの言語" in out.stderr, out.stderr
    args = ["docs", "render", str(path), "--lang", "ja", "--ui-lang", "en"]
    out = CliRunner().invoke(cli_app, args)
    assert out.exit_code == 2 and "buyer languages other than ja" in out.stderr, out.stderr
