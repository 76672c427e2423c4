"""`export-assist settings`: every leaf with its value and source; secrets masked."""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from export_assist.cli import app
from export_assist.settings import SearchSettings, Settings
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
    assert sample["env"] == "EXPORT_ASSIST_MATCHING__SAMPLE_SIZE"
    assert rows["llm.api_key"]["value"] == MASK


def _fields(model: type[BaseModel], path: str = "") -> Iterator[tuple[str, str]]:
    """(dotted path, description) of every field, groups included, walked recursively."""
    for name, field in model.model_fields.items():
        here = f"{path}{name}"
        yield here, (field.description or "").strip()
        for kind in (field.annotation, *typing.get_args(field.annotation)):
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                yield from _fields(kind, f"{here}.")


def test_every_setting_says_what_it_does() -> None:
    fields = dict(_fields(Settings))
    assert "matching.imports.max_rows" in fields and "limits.max_body_bytes" in fields
    missing = sorted(path for path, text in fields.items() if len(text) < 12)
    assert missing == [], f"fields without a description a person understands: {missing}"


def test_the_plain_listing_shows_each_description_and_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, ["settings"])
    assert done.exit_code == 0
    lines = done.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("search.top_k "))
    assert lines[at].split()[1:] == ["8", "[default]", "EXPORT_ASSIST_SEARCH__TOP_K"]
    assert lines[at + 1].strip() == SearchSettings.model_fields["top_k"].description
