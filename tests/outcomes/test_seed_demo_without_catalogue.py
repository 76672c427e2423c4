"""`export-assist outcomes seed-demo` outside the repository root (no programme catalogue
there) crashed with IndexError 'Cannot choose from an empty sequence' (s6 trial); it now
says where it looked and what to set, and the service logs the empty catalogue once."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app as cli_app
from export_assist.programmes.service import ProgrammeService
from tests.programmes.conftest import CATALOGUE


def test_seed_demo_without_a_catalogue_says_what_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_PROGRAMMES_DIR", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(cli_app, ["outcomes", "seed-demo"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "no programmes in" in result.output and "EXPORT_ASSIST_PROGRAMMES_DIR" in result.output


def test_an_empty_catalogue_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = ProgrammeService(tmp_path / "nowhere", clock=lambda: dt.date(2026, 11, 30))
    with caplog.at_level(logging.WARNING, logger="export_assist.programmes.service"):
        assert service.list() == [] and service.list() == []
    said = [r.getMessage() for r in caplog.records if "no programme catalogue" in r.getMessage()]
    assert len(said) == 1 and "nowhere" in said[0]  # once, not on every request


def test_seed_demo_never_records_support_from_a_reference_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEXI's 国カテゴリー表 (a reference, nothing to apply for) got 'support used' events."""
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_PROGRAMMES_DIR", str(CATALOGUE))
    result = CliRunner().invoke(cli_app, ["outcomes", "seed-demo", "--exporters", "40"])
    assert result.exit_code == 0, result.output
    csv = CliRunner().invoke(cli_app, ["outcomes", "summary", "--csv"])
    assert csv.exit_code == 0 and "nexi-sme-export-credit-insurance" in csv.output
    assert "nexi-country-cover-policy" not in csv.output
