"""The buyers, shortlist and screen commands through Typer's runner (real files, real DB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app

runner = CliRunner()


def test_import_reports_rejected_rows_and_exits_1(env: Path) -> None:
    path = env / "b.csv"
    path.write_text("name,country,product_codes\nGood Co,US,0902\nBad Co,XX,0902\n")
    result = runner.invoke(app, ["buyers", "import", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "1 created" in result.output
    assert f"{path}:3: country: Unknown country code 'XX'" in result.output
    again = runner.invoke(app, ["buyers", "import", str(path), "--lang", "en"])
    assert "0 created, 1 updated" in again.output


def test_import_of_missing_or_malformed_file_is_a_clear_error(env: Path) -> None:
    assert (
        "no such file"
        in runner.invoke(app, ["buyers", "import", str(env / "nope.csv"), "--lang", "en"]).output
    )
    bad = env / "b.xlsx"
    bad.write_bytes(b"not a workbook")
    result = runner.invoke(app, ["buyers", "import", str(bad)])
    assert result.exit_code == 2 and "not a readable XLSX" in result.output


def test_shortlist_seeds_the_sample_and_explains(env: Path) -> None:
    result = runner.invoke(
        app,
        ["shortlist", "--product", "green tea", "--hs", "0902", "--to", "US,DE", "-n", "3",
         "--lang", "en"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "FICTITIOUS SAMPLE" in result.output
    assert " 1. " in result.output and "screening: clear" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hs", "9", "--to", "US"], "2 to 10 digits"),
        (["--product", "tea", "--to", "US,ZZ"], "Unknown country code 'ZZ'"),
        (["--to", "US"], "code or a description"),
    ],
)
def test_shortlist_bad_input_says_what_is_wrong(env: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["shortlist", *args])
    assert result.exit_code == 2 and message in result.output


def test_screen_command_exit_code_on_hit(env: Path) -> None:
    hit = runner.invoke(app, ["screen", "Vorstal Precision Machinery Ltd"])
    assert hit.exit_code == 3 and "fictitious_end_user_list" in hit.output
    clear = runner.invoke(app, ["screen", "Harmless Bakery GmbH", "--lang", "en"])
    assert clear.exit_code == 0 and clear.output.startswith("clear")


def test_operator_commands_keep_tenants_apart(env: Path) -> None:
    path = env / "b.csv"
    path.write_text("name,country,interests\nPrivate Tea Co,US,green tea\n")
    assert runner.invoke(app, ["buyers", "import", str(path), "--tenant", "acme"]).exit_code == 0
    assert runner.invoke(app, ["buyers", "import", str(path), "--tenant", "other"]).exit_code == 0
    mine = runner.invoke(app, ["buyers", "list", "--tenant", "acme", "--lang", "en"]).output
    assert "Private Tea Co [private]" in mine and "1 of 1" in mine
    public = runner.invoke(app, ["buyers", "list"]).output
    assert "Private Tea Co" not in public
    buyer_id = mine.split()[0]
    # to the public directory
    moved = runner.invoke(app, ["buyers", "move", buyer_id, "--lang", "en"])
    assert moved.exit_code == 0 and "moved 1" in moved.output
    assert "Private Tea Co" in runner.invoke(app, ["buyers", "list"]).output
    # other's own copy clashes with the public one only within one owner: no clash here,
    # but moving other's copy into the public directory now would duplicate it.
    theirs = runner.invoke(app, ["buyers", "list", "--tenant", "other", "--lang", "en"]).output
    other_id = next(line.split()[0] for line in theirs.splitlines() if "[private]" in line)
    clash = runner.invoke(app, ["buyers", "move", other_id])
    assert clash.exit_code == 2 and "same name and country" in clash.output
