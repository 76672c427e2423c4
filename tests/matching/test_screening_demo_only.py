"""A 'clear' against the fictitious demo list alone says so (s6 trial):
`export-assist screen Rosoboronexport` printed only "clear (lists: demo_end_user_list)", and
the widget showed 「取引制限リスト照合: 該当なし」 as if a real list had been checked."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from export_assist.cli import app as cli_app
from export_assist.screening.lists import load_csv
from export_assist.screening.provider import DEMO_LIST
from export_assist.screening.screener import Screener
from tests.matching.conftest import SCREENING_DATA


def test_demo_list_only_is_flagged_real_lists_are_not() -> None:
    demo = Screener(load_csv(DEMO_LIST)).screen(["Rosoboronexport"])
    assert demo.status == "clear" and demo.demo_only and "not a real screening" in demo.note
    real = Screener(load_csv(SCREENING_DATA / "fictitious_end_user_list.csv")).screen(["Acme"])
    assert not real.demo_only and real.note == ""


def test_cli_screen_prints_the_demo_note(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(cli_app, ["screen", "Rosoboronexport", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "not a real screening" in result.output
    assert "EXPORT_ASSIST_MATCHING__SCREENING__LISTS" in result.output
