"""Checklist views over HTTP and the CLI: JSON, Markdown, XLSX, PDF, comparison, errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pypdf import PdfReader
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli_app
from export_assist.container import Container

from .conftest import DATA


@pytest.fixture(scope="module")
def client(compliance_container: Container) -> TestClient:
    return TestClient(create_app(container=compliance_container))


BODY = {
    "product": "Bluetooth speaker, rechargeable battery",
    "hs_code": "851822",
    "destinations": ["DE"],
}


def test_post_checklist_json(client: TestClient) -> None:
    response = client.post("/v1/checklists", json=BODY)
    assert response.status_code == 200
    checklist = response.json()["checklists"][0]
    ids = [i["requirement_id"] for i in checklist["items"]]
    assert "t-eu-red-ce" in ids
    item = checklist["items"][ids.index("t-eu-red-ce")]
    assert item["citations"][0]["doc_id"] == "t-eu-radio-equipment"
    assert item["legal_basis"] == "Directive 2014/53/EU"
    inferred = {(i["kind"], i["value"]) for i in checklist["product"]["inferred"]}
    assert ("condition", "emits_radio") in inferred


def test_markdown_xlsx_and_pdf_views(client: TestClient) -> None:
    md = client.post("/v1/checklists?format=markdown&language=en", json=BODY)
    assert md.headers["content-type"].startswith("text/markdown")
    assert "Radio Equipment Directive conformity and CE marking [mandatory]" in md.text
    assert "EU Radio Equipment Directive (fixture)" in md.text
    xlsx = client.post("/v1/checklists?format=xlsx&language=en", json=BODY)
    sheet = load_workbook(io.BytesIO(xlsx.content))["DE Germany"]
    rows = list(sheet.values)
    assert rows[0][:5] == ("No.", "Status", "Owner", "Due date", "Requirement")
    assert any(r[4] == "Radio Equipment Directive conformity and CE marking" for r in rows[1:])
    pdf = client.post(
        "/v1/checklists?format=pdf", json={**BODY, "product": "ブルートゥーススピーカー 電池内蔵"}
    )
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "ブルートゥース" in text


def test_compare_endpoint(client: TestClient) -> None:
    response = client.post(
        "/v1/checklists/compare", json={"product": "green tea", "destinations": ["DE", "US"]}
    )
    assert response.status_code == 200
    assert {r["topic"] for r in response.json()["rows"]} >= {"labelling", "registration"}
    md = client.post(
        "/v1/checklists/compare?format=markdown&language=en",
        json={"product": "green tea", "destinations": ["DE", "US"]},
    )
    assert "| topic | Germany | United States |" in md.text


def test_markdown_in_japanese(client: TestClient) -> None:
    """The Markdown view (the API's default language) speaks Japanese: labels, lead time,
    legal basis, kinds of goods, inference reasons and review reasons."""
    md = client.post("/v1/checklists?format=markdown", json=BODY).text
    assert md.startswith("# 輸出チェックリスト：Bluetooth speaker, rechargeable battery → ドイツ")
    assert "## 1. 無線機器指令の適合性評価とCEマーク [必須]" in md
    assert "- 法的根拠：指令2014/53/EU（無線機器指令）" in md
    assert "- 所要期間：4〜8週間（目安）" in md
    assert (
        "- カテゴリー：電気・電子製品、無線機器、電池" in md
        and "電気・電子製品（HSコード 85）" in md
    )
    for english in (
        "Lead time",
        "Legal basis",
        "Authority:",
        "(estimate)",
        "Categories",
        "keyword",
    ):
        assert english not in md, english
    compare = client.post(
        "/v1/checklists/compare?format=markdown",
        json={"product": "Bluetooth speaker", "hs_code": "851822", "destinations": ["DE", "US"]},
    ).text
    assert "| 分野 | ドイツ | アメリカ合衆国 |" in compare and "| 適合マーク |" in compare
    assert "無線機器指令の適合性評価とCEマーク" in compare


def test_bad_input_is_a_422_with_a_message(client: TestClient) -> None:
    response = client.post("/v1/checklists", json={"product": "tea", "destinations": ["ZZ"]})
    assert response.status_code == 422
    assert "Unknown country code" in response.json()["error"]["message"]
    one = client.post("/v1/checklists/compare", json={"product": "tea", "destinations": ["DE"]})
    assert one.status_code == 422 and "exactly two" in one.json()["error"]["message"]
    cards = client.get("/v1/checklists/cards", params={"market": "US"})
    assert {c["id"] for c in cards.json()["cards"]} == {"t-us-fda-ffr", "t-jp-fefta-list-control"}


@pytest.mark.slow
def test_cli_checklist_and_cards_check(
    compliance_container: Container, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(compliance_container.settings.data_dir))
    monkeypatch.setenv("EXPORT_ASSIST_CORPUS_DIR", str(DATA / "corpus"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__CARDS_DIR", str(DATA / "cards"))
    runner = CliRunner()
    result = runner.invoke(cli_app, ["checklist", "--product", "抹茶パウダー 100g缶", "--to", "DE"])
    assert result.exit_code == 0, result.output
    assert "Food labelling in an official language" in result.output
    as_json = runner.invoke(cli_app, ["checklist", "-p", "matcha", "-t", "US", "-f", "json"])
    assert json.loads(as_json.output)[0]["destination"] == "US"
    bad = runner.invoke(cli_app, ["checklist", "-p", "matcha", "-t", "Mars"])
    assert bad.exit_code == 2 and "Unknown country code" in bad.output
    out = tmp_path / "c.xlsx"
    assert (
        runner.invoke(
            cli_app, ["checklist", "-p", "tea", "-t", "DE", "-f", "xlsx", "-o", str(out)]
        ).exit_code
        == 0
    )
    assert out.read_bytes()[:2] == b"PK"
    check = runner.invoke(cli_app, ["cards", "check"])
    assert check.exit_code == 1
    assert "evidence 't-missing-document' is not a corpus document" in check.output


@pytest.mark.slow
def test_ingest_validates_cards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    root = tmp_path / "regulations"
    shutil.copytree(DATA / "corpus" / "us", root / "us")
    (root / "cards").mkdir()
    shutil.copy(DATA / "broken_cards" / "bad.yaml", root / "cards" / "bad.yaml")
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_CORPUS_DIR", str(root))
    result = CliRunner().invoke(cli_app, ["ingest", str(root), "--no-progress"])
    assert result.exit_code == 1
    assert "Requirement cards: 1 valid" in result.output
    assert f"{root / 'cards' / 'bad.yaml'}:11: card 't-bad': topic" in result.output


def test_cli_checklist_exports_in_english(
    compliance_container: Container, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(compliance_container.settings.data_dir))
    monkeypatch.setenv("EXPORT_ASSIST_CORPUS_DIR", str(DATA / "corpus"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__CARDS_DIR", str(DATA / "cards"))
    out = tmp_path / "c.xlsx"
    args = [
        "checklist",
        "-p",
        "Bluetooth speaker",
        "--hs",
        "851822",
        "-t",
        "DE",
        "-f",
        "xlsx",
        "-o",
        str(out),
    ]
    assert CliRunner().invoke(cli_app, [*args, "--lang", "en"]).exit_code == 0
    assert load_workbook(out)["DE Germany"]["B1"].value == "Status"
    bad = CliRunner().invoke(cli_app, [*args, "--lang", "fr"])
    assert bad.exit_code != 0 and "use ja or en" in bad.output


@pytest.mark.slow
def test_cards_not_found_is_said_as_such_not_as_a_market_gap(
    compliance_container: Container, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(compliance_container.settings.data_dir))
    monkeypatch.setenv("EXPORT_ASSIST_CORPUS_DIR", str(DATA / "corpus"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__CARDS_DIR", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(cli_app, ["checklist", "-p", "緑茶", "-t", "US", "--lang", "ja"])
    assert result.exit_code == 0, result.output
    assert "要件カードが見つかりません" in result.output and "nowhere" in result.output
    assert "この仕向地の要件カードはまだありません" not in result.output
