"""The CLI as a user runs it: a real subprocess, real exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_DATA

pytestmark = pytest.mark.slow


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPORT_ASSIST_DATA_DIR": str(data_dir), "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.run(
        [sys.executable, "-m", "export_assist.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_ingest_then_search_json(tmp_path: Path) -> None:
    first = _run(["ingest", str(TEST_DATA / "corpus"), "--no-progress"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "4 indexed" in first.stdout
    again = _run(["ingest", str(TEST_DATA / "corpus"), "--no-progress"], tmp_path)
    assert "0 indexed, 4 unchanged" in again.stdout
    found = _run(
        ["search", "Bluetooth speaker CE", "--country", "DE", "--json", "-k", "2"], tmp_path
    )
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits[0]["citation"]["doc_id"] == "test-eu-radio-equipment"


def test_ingest_with_a_broken_file_exits_1_and_names_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.md").write_text("# Title\n\n## Part\n\nSome customs text.\n")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nope")
    result = _run(["ingest", str(corpus), "--no-progress"], tmp_path / "data")
    assert result.returncode == 1
    assert "broken.pdf" in result.stderr and "1 indexed" in result.stdout


def test_unknown_country_is_a_clear_error(tmp_path: Path) -> None:
    result = _run(["search", "tea", "--country", "ZZ"], tmp_path)
    assert result.returncode == 2
    assert "Unknown country code 'ZZ'" in result.stderr
    assert "Traceback" not in result.stderr
