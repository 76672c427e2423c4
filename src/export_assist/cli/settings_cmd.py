"""`export-assist settings`: the effective settings tree, with sources, secrets masked."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from export_assist.settings import Settings
from export_assist.settings_report import effective

commands = typer.Typer()


@commands.command()
def settings(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
) -> None:
    """Print every setting in force: its value, source, variable and what it does.

    The source is env, .env, default or set."""
    rows = effective(Settings())
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row.__dict__, ensure_ascii=False))
        return
    width = max(len(r.path) for r in rows)
    for row in rows:
        typer.echo(f"{row.path:<{width}}  {row.value}  [{row.source}]  {row.env}")
        typer.echo(f"{'':<{width}}    {row.description}")
