"""The export-control and hs suggest commands speak Japanese by default (s9 trial:
`export-assist export-control --to イラン` printed the English questionnaire although
its Japanese texts exist; `hs suggest 冷凍たこ焼き` printed English descriptions only);
`--lang en` keeps English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__HS_DENSE", "false")  # the lexical scorer


def test_export_control_questionnaire_in_japanese() -> None:
    result = runner.invoke(app, ["export-control", "--to", "イラン"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "[制裁措置]" in out and "[リスト規制]" in out and "[キャッチオール規制]" in out
    assert (
        "相談先: 経済産業省 貿易審査課" in out
        and "理由: イラン（IR）は日本の輸出制裁の対象です" in out
    )
    assert "該非判定と許可の取得は輸出者の責任です" in out
    assert not re.search(r"\b(with|why|Classify|METI)\b", out), out


def test_export_control_in_english_when_asked() -> None:
    result = runner.invoke(app, ["export-control", "--to", "IR", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "[sanctions] Japan bans exports" in result.output and "  with: " in result.output


def test_nothing_to_flag_is_said_in_japanese() -> None:
    answers = ["--listed", "no", "--end-user-listed", "no", "--military-use", "no"]
    result = runner.invoke(app, ["export-control", "--to", "DE", "--product", "抹茶", *answers])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("確認が必要な点はありません")


def test_hs_suggestions_name_the_code_in_japanese() -> None:
    result = runner.invoke(app, ["hs", "suggest", "green tea", "-k", "3"])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("1. 0902") and "  緑茶（" in first, result.output
    assert "スコア" in first and "輸入国の国内コード（8〜10桁）" in result.output
    english = runner.invoke(app, ["hs", "suggest", "green tea", "-k", "3", "--lang", "en"])
    assert "Tea" in english.output.splitlines()[0] and "緑茶" not in english.output


def test_hs_reasons_are_japanese_in_japanese_output() -> None:
    """s12: the reason read "matched: bicycl; heading 8712 Bicycles and other cycles ..."
    in Japanese output; it now names the product's own words and the heading in Japanese."""
    result = runner.invoke(app, ["hs", "suggest", "クロスバイク", "-k", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()[:3]
    assert all("根拠: 一致" in line for line in lines), result.output
    assert not any(re.search(r"matched:|heading \d{4}|closest by meaning", x) for x in lines)
    assert "bicycles" in result.output and "bicycl," not in result.output  # words, not stems
    english = runner.invoke(app, ["hs", "suggest", "cross bike", "-k", "1", "--lang", "en"])
    assert "matched:" in english.output or "closest by meaning" in english.output


def test_an_unknown_language_is_refused() -> None:
    result = runner.invoke(app, ["export-control", "--to", "DE", "--lang", "fr"])
    assert result.exit_code == 2 and "ja か en" in result.output


def test_origin_in_japanese_agreements_and_all() -> None:
    """s9 trial: `export-assist origin VN` printed English only; the agreements' own texts
    now have Japanese twins, so the Japanese view is Japanese throughout."""
    result = runner.invoke(app, ["origin", "VN"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "日本 → ベトナム\n- 日ベトナム経済連携協定（JVEPA）: 日本商工会議所の"
    )
    assert "  記載事項: HSコード；原産性の基準；" in result.output and "有効期間: " in result.output
    assert "Certificate of origin" not in result.output and "verify" not in result.output
    assert "data:" not in result.output and "validity:" not in result.output
    english = runner.invoke(app, ["origin", "VN", "--lang", "en"])
    assert english.output.startswith("Japan → Vietnam\n- Japan-Viet Nam EPA (JVEPA)")
    assert "商工会議所" not in english.output


def test_origin_note_in_japanese() -> None:
    result = runner.invoke(app, ["origin", "TW"])
    assert result.exit_code == 0, result.output
    assert "特恵関税を使える協定はありません。" in result.output
    assert "注記: 日本と台湾の間に特恵関税を使える協定はなく" in result.output
    assert "MFN duties" not in result.output


def test_a_market_without_an_origin_route_is_said_in_japanese() -> None:
    result = runner.invoke(app, ["origin", "アラブ首長国連邦"])
    assert result.exit_code == 2
    assert "アラブ首長国連邦向けの原産地ルートはまだ登録されていません" in result.output
