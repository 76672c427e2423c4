"""The prompt library: Jinja with StrictUndefined over prompts/, one compiled template each."""

from __future__ import annotations

import jinja2
import pytest

from export_assist.errors import ConfigurationError
from export_assist.prompt_library import prompt_root, render_prompt, template
from tests.conftest import REPO_ROOT


def test_prompts_render_with_their_values() -> None:
    text = render_prompt("system.md", language_name="Japanese (日本語)")
    assert "Answer in the user's language: Japanese (日本語)." in text
    assert render_prompt("tools/search_regulations.md").startswith("Search")
    assert template("system.md") is template("system.md")  # compiled once


def test_a_missing_value_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(jinja2.UndefinedError, match="language_name"):
        render_prompt("system.md")


def test_an_unknown_prompt_is_named() -> None:
    with pytest.raises(ConfigurationError, match=r"prompt file nope\.md not found"):
        template("nope.md")


def test_a_checkout_reads_the_repository_prompts() -> None:
    assert str(prompt_root()) == str(REPO_ROOT / "prompts")
