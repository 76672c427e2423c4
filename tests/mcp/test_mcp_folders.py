"""`export-assist mcp` started in another folder says which folders it cannot find (s9
trial: an MCP client starts the command in a folder of its own; the relative defaults
pointed nowhere, so `build_checklist` returned no item and `match_programmes` nothing,
with only a log warning), instead of serving empty answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app
from export_assist.cli.mcp import _folders_missing
from export_assist.settings import Settings
from tests.conftest import REPO_ROOT


def test_started_elsewhere_it_names_the_missing_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    for name in ("EXPORT_ASSIST_CORPUS_DIR", "EXPORT_ASSIST_PROGRAMMES_DIR"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(app, ["mcp"])
    assert result.exit_code == 2
    out = " ".join(result.output.split())  # the message wraps on a narrow terminal
    assert f"the regulation corpus: {tmp_path / 'regulations'} (EXPORT_ASSIST_CORPUS_DIR)" in out
    assert "(EXPORT_ASSIST_PROGRAMMES_DIR)" in out and "絶対パス" in out
    assert "data dir" not in out  # the one given is there


def test_absolute_folders_are_found_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path,
        corpus_dir=REPO_ROOT / "regulations",
        programmes_dir=REPO_ROOT / "programmes",
    )
    assert _folders_missing(settings) == []
    settings.data_dir = tmp_path / "nowhere"
    assert [m.split(":")[0] for m in _folders_missing(settings)] == [
        "the data dir (run `export-assist ingest` first)"
    ]
