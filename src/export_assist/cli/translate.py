"""`export-assist translate --from ja --to en`: translate text from an argument, a file or stdin."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail


def translate(
    text: Annotated[str | None, typer.Argument(help="Text; omit to read --file or stdin")] = None,
    source: Annotated[str, typer.Option("--from", help="Source language")] = "ja",
    target: Annotated[str, typer.Option("--to", help="Target language")] = "en",
    file: Annotated[Path | None, typer.Option(help="Read the text from this file")] = None,
    backend: Annotated[str | None, typer.Option(help="llm or argos")] = None,
    back: Annotated[bool, typer.Option("--back", help="Also show a back-translation")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Full result as JSON")] = False,
) -> None:
    """Translate with the term base enforced; problems go to stderr, exit 1 if any."""
    if text is None:
        text = file.read_text(encoding="utf-8") if file else sys.stdin.read()
    if not text.strip():
        fail("nothing to translate")
    with container() as c:
        result = c.translation.translate(text, source, target, backend=backend, back_translate=back)
    if as_json:
        typer.echo(json.dumps(result.model_dump(), ensure_ascii=False, indent=2))
    else:
        typer.echo(result.text)
        if result.back_translation is not None:
            typer.echo(f"\n[back-translation]\n{result.back_translation}")
    for v in result.violations:
        typer.secho(f"! segment {v.segment + 1}: {v.message}", fg=typer.colors.YELLOW, err=True)
    for w in result.warnings:
        typer.secho(f"! {w}", fg=typer.colors.YELLOW, err=True)
    if not result.ok:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Attach the translate command to the main app."""
    app.command("translate")(translate)
