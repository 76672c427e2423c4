"""HS table (default, UN CSV, Comtrade JSON) and suggestion, over the API and CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli_app
from export_assist.compliance.hs.suggest import BaselineSuggester, HsSuggester
from export_assist.compliance.hs.table import HsTable, default_table, parse_file
from export_assist.container import Container
from export_assist.errors import InvalidInput
from tests.conftest import shared_data

from .conftest import make_settings


def test_default_table_has_our_bilingual_descriptions() -> None:
    table = default_table()
    tea = table.get("090210")
    assert tea is not None and "抹茶" in tea.description_ja and "matcha" in tea.description_en
    assert [e.code for e in table.path("090210")] == ["09", "0902", "090210"]
    assert len(table.subheadings) > 150


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("抹茶パウダー 100g缶", "0902"),
        ("matcha green tea powder", "0902"),
        ("Bluetooth speaker", "8518"),
        ("日本酒 720ml", "2206"),
        ("face cream moisturizer", "3304"),
        ("ball bearing for machine", "8482"),
    ],
)
def test_suggestions_on_the_default_table(query: str, expected: str) -> None:
    found = HsSuggester(default_table()).suggest(query, 5)
    assert 1 <= len(found) <= 5
    assert any(s.code.startswith(expected) for s in found[:3]), [s.code for s in found]
    assert found[0].reason and found[0].score >= found[-1].score


def test_no_evidence_means_no_suggestion() -> None:
    assert HsSuggester(default_table()).suggest("zzqx", 5) == []


def test_bad_descriptions_are_refused() -> None:
    with pytest.raises(InvalidInput, match="describe the product"):
        HsSuggester(default_table()).suggest("   ")
    with pytest.raises(InvalidInput, match="between 1 and 50"):
        HsSuggester(default_table()).suggest("tea", 0)


def test_comtrade_json_and_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "HS.json"
    path.write_text(
        json.dumps(
            {
                "results": [
                    {"id": "TOTAL", "text": "Total of all HS commodities", "parent": "#"},
                    {"id": "09", "text": "09 - Coffee, tea, mate and spices", "parent": "TOTAL"},
                    {"id": "0902", "text": "0902 - Tea, whether or not flavoured", "parent": "09"},
                    {
                        "id": "090210",
                        "text": "090210 - Tea; green, packets <= 3kg",
                        "parent": "0902",
                    },
                ]
            }
        )
    )
    table = HsTable(parse_file(path))
    assert table.describe("090210") == "Tea; green, packets <= 3kg"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(InvalidInput, match="unknown CSV columns"):
        parse_file(bad)


@pytest.mark.slow
def test_full_un_table_import_beats_nothing_and_baseline_runs() -> None:
    folder = shared_data("harmonized-system")
    table = HsTable(parse_file(folder / "harmonized-system.csv"))
    assert len(table.subheadings) > 5000
    ours = HsSuggester(table).suggest("green tea in small packets", 5)
    base = BaselineSuggester(table).suggest("green tea in small packets", 5)
    assert any(s.code.startswith("0902") for s in ours)
    assert len(base) == 5


def test_api_and_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    container = Container(make_settings(tmp_path / "d"))
    container.settings.compliance.hs_dense = False
    client = TestClient(create_app(container=container))
    response = client.get("/v1/hs/suggest", params={"q": "sake", "k": 3})
    assert response.status_code == 200
    assert response.json()["table"] == "packaged"  # the whole nomenclature ships (no import)
    assert response.json()["suggestions"][0]["code"].startswith("22")
    assert client.get("/v1/hs/codes/0902.10").json()["description_ja"].startswith("緑茶")
    assert client.get("/v1/hs/codes/770000").status_code == 404  # chapter 77 is reserved
    assert client.get("/v1/hs/codes/abc").status_code == 422
    assert client.get("/v1/hs/suggest", params={"q": " "}).status_code == 422
    container.close()
    # hs import writes the table into the data dir; suggest then uses it
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__HS_DENSE", "false")
    csv = tmp_path / "hs.csv"
    csv.write_text(
        "section,hscode,description,parent,level\nII,09,Coffee and tea,TOTAL,2\n"
        'II,0902,Tea,09,4\nII,090210,"Tea; green",0902,6\nII,090230,"Tea; black",0902,6\n'
    )
    runner = CliRunner()
    result = runner.invoke(cli_app, ["hs", "import", str(csv)])
    assert result.exit_code == 0, result.output
    assert "2 subheadings" in result.output
    assert (tmp_path / "cli" / "hs" / "hs_table.csv").read_text().count("緑茶") == 1
    suggested = runner.invoke(cli_app, ["hs", "suggest", "black tea", "--json"])
    assert json.loads(suggested.output)[0]["code"] == "090230"


def test_without_lightgbm_the_lexical_scorer_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # a machine without LightGBM (or its OpenMP library) still suggests codes, and says why
    monkeypatch.setitem(sys.modules, "lightgbm", None)  # import lightgbm -> ImportError
    container = Container(make_settings(tmp_path / "d"))
    assert container.settings.compliance.hs_dense
    suggester = container.hs_suggester
    assert isinstance(suggester, HsSuggester)
    assert suggester.suggest("sake", 3)[0].code.startswith("22")
    assert "HS ranker unavailable" in caplog.text
    container.close()
