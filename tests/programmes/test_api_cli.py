"""The programmes API and CLI over the real container (clock injected)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli_app
from export_assist.container import Container
from export_assist.settings import Settings

from .conftest import CATALOGUE, TODAY

runner = CliRunner()
NOW = [TODAY]  # what the container's clock reads; a test moves it


@pytest.fixture
def client(tmp_path: Path, tiny_folder: Path) -> Iterator[TestClient]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", programmes_dir=tiny_folder)  # type: ignore[call-arg]
    NOW[:] = [TODAY]
    container = Container(settings, clock=lambda: NOW[0])
    with TestClient(create_app(container=container)) as test_client:
        yield test_client
    container.close()


def test_match_uses_the_injected_clock(client: TestClient) -> None:
    body = {"profile": {"prefecture": "東京都", "company_size": "small"}, "lang": "en"}
    res = client.post("/v1/programmes/match", json=body)
    assert res.status_code == 200, res.text
    data = res.json()
    assert data["today"] == "2026-11-29"
    ids = [m["id"] for m in data["matches"]]
    assert "closed-call" not in ids and "soon-call" in ids
    soon = next(m for m in data["matches"] if m["id"] == "soon-call")
    assert soon["deadline_soon"] is True and soon["days_left"] == 21
    NOW[0] = dt.date(2026, 12, 21)
    later = client.post("/v1/programmes/match", json=body).json()
    assert "soon-call" not in [m["id"] for m in later["matches"]]


def test_list_get_and_errors(client: TestClient) -> None:
    listed = client.get("/v1/programmes").json()
    assert {p["id"] for p in listed} == {"closed-call", "soon-call", "later-call", "tokyo-only"}
    one = client.get("/v1/programmes/tokyo-only").json()
    assert one["eligibility"]["prefectures"] == ["東京都"]
    missing = client.get("/v1/programmes/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["error"]["message"]
    bad = client.post("/v1/programmes/match", json={"profile": {"company_size": "huge"}})
    assert bad.status_code == 422
    assert "company_size" in bad.text
    bad_market = client.post("/v1/programmes/match", json={"profile": {"target_markets": ["XX"]}})
    assert bad_market.status_code == 422


def test_cli_check_reports_file_line_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("- id: Bad Id\n  official_name: x\n", encoding="utf-8")
    result = runner.invoke(cli_app, ["programmes", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.yaml'}:1: 'Bad Id': id:" in result.output
    ok = runner.invoke(cli_app, ["programmes", "check", str(CATALOGUE)])
    assert ok.exit_code == 0 and "0 problem(s)" in ok.output


def test_cli_match_in_japanese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_PROGRAMMES_DIR", str(CATALOGUE))
    args = ["programmes", "match", "--sector", "food", "--size", "small", "--activity", "financing"]
    result = runner.invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert "農林水産物・食品輸出促進資金制度" in result.output
    assert "条件を満たす" in result.output
    wrong = runner.invoke(cli_app, ["programmes", "match", "--size", "huge"])
    assert wrong.exit_code == 2 and "--size に「huge」は使えません" in wrong.output


def test_cli_match_takes_the_options_in_japanese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """s10 trial: `--sector 食品 --activity 展示会 --size 小規模` was refused with pydantic's
    English list of codes; a Japanese user types the Japanese words."""
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_PROGRAMMES_DIR", str(CATALOGUE))
    said = ["--sector", "食品", "--size", "中小企業", "--activity", "融資,展示会"]
    result = runner.invoke(cli_app, ["programmes", "match", *said, "--json"])
    assert result.exit_code == 0, result.output
    coded = ["--sector", "food", "--size", "small", "--activity", "financing,trade_fair"]
    same = runner.invoke(cli_app, ["programmes", "match", *coded, "--json"])
    assert result.output == same.output
    wrong = runner.invoke(cli_app, ["programmes", "match", "--sector", "宇宙", "--employees", "1"])
    assert wrong.exit_code == 2
    assert (
        "--sector に「宇宙」は使えません。次のいずれかを指定してください: 農業（agriculture）"
        in (wrong.output)
    )
    bad = runner.invoke(cli_app, ["programmes", "match", "--employees", "-3"])
    assert (
        bad.exit_code == 2 and "--employees（従業員数）: 0以上の値を指定してください" in bad.output
    )
    english = runner.invoke(cli_app, ["programmes", "match", "--sector", "space", "--lang", "en"])
    assert "--sector 'space' is not one of: agriculture" in english.output


def test_match_refuses_an_unknown_option(client: TestClient) -> None:
    """A misspelt option ('langauge') is a 422 that names it, not silently the default."""
    body = {"profile": {"company_size": "small"}, "langauge": "en"}
    res = client.post("/v1/programmes/match", json=body, headers={"Accept-Language": "ja"})
    assert res.status_code == 422 and "langauge" in res.text
