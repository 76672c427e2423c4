"""The buyers, shortlist and screen commands speak Japanese by default, like the other
verbs (s8 trial: `export-assist buyers …` printed English only: "1 created", "screening:
clear", "FICTITIOUS SAMPLE"); `--lang en` keeps English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app

runner = CliRunner()
_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_import_list_move_and_export_report_in_japanese(env: Path) -> None:
    path = env / "b.csv"
    path.write_text("name,country,interests\nPrivate Tea Co,US,green tea\nBad Co,XX,tea\n")
    imported = runner.invoke(app, ["buyers", "import", str(path), "--tenant", "acme"])
    assert imported.exit_code == 1
    assert (
        "2行: 新規 1件、更新 0件" in imported.output and "取り込めなかった行 1件" in imported.output
    )
    listed = runner.invoke(app, ["buyers", "list", "--tenant", "acme"]).output
    assert "Private Tea Co [非公開]" in listed and "アメリカ(US)" in listed
    assert "輸入業者" in listed and "1社中 1社を表示" in listed
    moved = runner.invoke(app, ["buyers", "move", listed.split()[0]])
    assert moved.exit_code == 0 and "1社を 共有（公開）名簿 に移しました" in moved.output
    out = env / "all.csv"
    assert "社のバイヤーを" in runner.invoke(app, ["buyers", "export", str(out)]).output
    assert "[private]" not in listed and " of " not in listed


def test_shortlist_explains_each_buyer_in_japanese(env: Path) -> None:
    result = runner.invoke(app, ["shortlist", "--product", "緑茶", "--hs", "0902", "--to", "US"])
    assert result.exit_code == 0, result.output
    assert "架空のサンプル" in result.output and "FICTITIOUS" not in result.output
    assert "取引制限リスト照合: 該当なし" in result.output and "screening:" not in result.output
    reasons = [
        line
        for line in result.output.splitlines()
        if line.startswith("      ") and "照合" not in line
    ]
    assert reasons and all(_JA.search(line) for line in reasons), reasons
    assert "社を検討" in result.output


def test_an_empty_shortlist_says_why_in_japanese(env: Path) -> None:
    result = runner.invoke(app, ["shortlist", "--product", "緑茶", "--to", "MN"])
    assert result.exit_code == 0, result.output
    assert "モンゴルのバイヤーは、検索できるバイヤー名簿にまだ登録されていません" in result.output


def test_screen_says_its_verdict_and_demo_note_in_japanese(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hit = runner.invoke(app, ["screen", "Vorstal Precision Machinery Ltd"])
    assert hit.exit_code == 3 and hit.output.startswith("該当あり（照合したリスト: ")
    assert "fictitious_end_user_list の「Vorstal Precision Machinery Co. Ltd.」" in hit.output
    monkeypatch.delenv("EXPORT_ASSIST_MATCHING__SCREENING__LISTS")
    demo = runner.invoke(app, ["screen", "Rosoboronexport"])
    assert demo.exit_code == 0 and "実際の照合ではありません" in demo.output


def test_an_unknown_language_is_refused_with_a_reason(env: Path) -> None:
    result = runner.invoke(app, ["buyers", "list", "--lang", "de"])
    assert result.exit_code == 2 and "--lang は ja か en" in result.output
