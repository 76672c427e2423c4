"""The effective settings tree: every leaf with its value, where it came from (env,
.env, default, or set in code) and its description; secrets masked."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dotenv import dotenv_values
from pydantic import BaseModel, SecretStr

PREFIX = "EXPORT_ASSIST_"
MASK = "********"


@dataclass(frozen=True)
class SettingRow:
    """One leaf of the settings tree."""

    path: str
    value: str
    source: str
    description: str
    env: str  # the environment variable that sets it


def _shown(value: Any) -> str:
    if isinstance(value, SecretStr):
        return MASK if value.get_secret_value() else ""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list | tuple | dict):
        return repr(value)
    return "" if value is None else str(value)


def _source(path: list[str], value: Any, default: Any, env: Mapping[str, str],
            dotenv: Mapping[str, str]) -> str:  # fmt: skip
    names = [PREFIX + "__".join(path[: n + 1]).upper() for n in range(len(path))]
    if any(n in env for n in names):
        return "env"
    if any(n in dotenv for n in names):
        return ".env"
    return "default" if value == default else "set"


def _walk(
    model: BaseModel, path: list[str], env: Mapping[str, str], dotenv: Mapping[str, str]
) -> Iterator[SettingRow]:
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        here = [*path, name]
        if isinstance(value, BaseModel):
            yield from _walk(value, here, env, dotenv)
            continue
        default = field.get_default(call_default_factory=True)
        source = _source(here, value, default, env, dotenv)
        env_name = PREFIX + "__".join(here).upper()
        yield SettingRow(".".join(here), _shown(value), source, field.description or "", env_name)


def effective(
    settings: BaseModel, environ: Mapping[str, str] | None = None, env_file: Path = Path(".env")
) -> list[SettingRow]:
    """Every leaf of the tree in declaration order."""
    env = {k.upper(): v for k, v in (os.environ if environ is None else environ).items()}
    raw = dotenv_values(env_file) if env_file.is_file() else {}
    dotenv = {k.upper(): v or "" for k, v in raw.items()}
    return list(_walk(settings, [], env, dotenv))
