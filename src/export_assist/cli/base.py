"""The Typer application and helpers shared by every command."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from export_assist.container import Container
from export_assist.errors import ExportAssistError
from export_assist.settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

app = typer.Typer(
    name="export-assist",
    help="Export-support assistant: ingest and search regulations, build checklists, "
    "shortlist buyers, translate and render trade documents, evaluate.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@contextmanager
def container() -> Iterator[Container]:
    """Settings built once for this command; a known error becomes a clean message."""
    built = Container(Settings())
    try:
        yield built
    except ExportAssistError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=2) from exc
    finally:
        built.close()


def fail(message: str, code: int = 2) -> None:
    """Print an error for a person and exit."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=code)


def interactive() -> bool:
    """True when stderr is a terminal (progress bars only then)."""
    return sys.stderr.isatty()
