"""`export-assist settings`: every leaf with its value and source; secrets masked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app
from export_assist.settings import Settings
from export_assist.settings_report import MASK, effective


def test_sources_are_env_dotenv_default_or_set(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("EXPORT_ASSIST_SEARCH__TOP_K=3\n")
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    settings.search.top_k = 3
    settings.llm.api_key = settings.llm.api_key.__class__("sk-very-secret")
    settings.api.port = 9000
    env = {"EXPORT_ASSIST_LLM__API_KEY": "sk-very-secret"}
    rows = {r.path: r for r in effective(settings, env, dotenv)}
    assert rows["search.top_k"].source == ".env" and rows["search.top_k"].value == "3"
    assert rows["llm.api_key"].source == "env" and rows["llm.api_key"].value == MASK
    assert rows["api.port"].source == "set" and rows["vector_store.backend"].source == "default"
    assert rows["embeddings.shipped_vectors"].description.startswith("Seed the embedding cache")
    assert "matching.weights.product" in rows  # nested groups are walked


def test_the_command_prints_the_tree_without_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXPORT_ASSIST_LLM__API_KEY", "sk-very-secret")
    monkeypatch.setenv("EXPORT_ASSIST_MATCHING__SAMPLE_SIZE", "7")
    done = CliRunner().invoke(app, ["settings", "--json"])
    assert done.exit_code == 0 and "sk-very-secret" not in done.output
    rows = {r["path"]: r for r in map(json.loads, done.output.splitlines())}
    sample = rows["matching.sample_size"]
    assert sample["value"] == "7" and sample["source"] == "env"
    assert rows["llm.api_key"]["value"] == MASK
