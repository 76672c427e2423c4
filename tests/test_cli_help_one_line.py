"""Each command's summary in `export-assist --help` reads as one line (s9 trial: five
summaries broke mid-sentence, e.g. "Print every setting in force: value, source (env,
.env, default, set), the / environment variable…", because Typer keeps a docstring's line
breaks inside its first paragraph)."""

from __future__ import annotations

from typing import Any

import typer

from export_assist.cli import app


def _commands(group: Any, path: str = "") -> list[tuple[str, Any]]:
    found = [(path or "export-assist", group)]
    if hasattr(group, "commands"):  # a group (Typer ships its own copy of click's classes)
        for name, sub in group.commands.items():
            found += _commands(sub, f"{path} {name}".strip())
    return found


def test_every_command_summary_is_one_paragraph_line() -> None:
    broken = []
    for path, command in _commands(typer.main.get_command(app)):
        summary = (command.help or "").strip().split("\n\n")[0]
        if "\n" in summary:
            broken.append(f"{path}: {summary!r}")
    assert len(found := _commands(typer.main.get_command(app))) > 40, found
    assert broken == []
