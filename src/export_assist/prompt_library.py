"""The prompt library: every prompt is a Jinja template (StrictUndefined) from prompts/.

`prompts/` at the repository root is the one source. The wheel carries a copy at
`export_assist/prompts/` (pyproject: hatch force-include), so an installed package finds
its prompts wherever it runs; a checkout (editable install, PYTHONPATH=src) reads the
repository's folder directly."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined, Template

from export_assist.errors import ConfigurationError

_CHECKOUT = Path(__file__).resolve().parents[2] / "prompts"
_ENV = Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


def prompt_root() -> Traversable:
    """Where the prompts are: inside the installed package, else the checkout's prompts/."""
    packaged = files("export_assist") / "prompts"
    return packaged if packaged.is_dir() else _CHECKOUT


@lru_cache(maxsize=64)
def template(name: str) -> Template:
    """The compiled template of a prompt file, e.g. 'system.md' or 'tools/translate.md'."""
    path = prompt_root().joinpath(*name.split("/"))
    if not path.is_file():
        raise ConfigurationError(f"prompt file {name} not found in {prompt_root()}")
    return _ENV.from_string(path.read_text(encoding="utf-8"))


def render_prompt(name: str, **values: Any) -> str:
    """A prompt filled in; a missing value is an error, never an empty string."""
    return template(name).render(**values).strip()
