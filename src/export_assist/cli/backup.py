"""`export-assist backup PATH` and `export-assist restore PATH`: the database and the
data dir (Chroma, caches, documents, secrets), see docs/operations.md."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import fail
from export_assist.errors import ExportAssistError
from export_assist.settings import Settings
from export_assist.storage import backup as backups

commands = typer.Typer()


@commands.command()
def backup(
    path: Annotated[Path, typer.Argument(help="A new (or empty) folder for the backup")],
    skip_database: Annotated[
        bool, typer.Option(help="Leave a PostgreSQL database to your own tooling")
    ] = False,
) -> None:
    """Back up the database and the data dir; safe while the server runs.

    SQLite files are copied with SQLite's online backup API."""
    settings = Settings()
    try:
        report = backups.backup(
            settings.data_dir, settings.database_url, path, database=not skip_database
        )
    except ExportAssistError as exc:
        fail(exc.message)
    typer.echo(
        f"Backed up {report.files} file(s), {report.bytes:,} bytes, to {report.path}. "
        f"Database: {report.database}."
    )
    for skipped in report.skipped:
        typer.echo(f"  not included: {skipped}/ (downloaded models: fetch them again)")
    typer.secho(
        "The backup holds every tenant's data and the signing secrets: keep it private.",
        fg=typer.colors.YELLOW,
    )


@commands.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A folder made by `export-assist backup`")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask before replacing")] = False,
) -> None:
    """Restore a backup (stop the server first); what it replaces is renamed, not deleted.

    The current data dir (and SQLite file) are renamed *.before-restore-<time>; a
    PostgreSQL database is replaced."""
    settings = Settings()
    if not yes:
        typer.confirm(
            f"Replace the data in {settings.data_dir} (and the database) with {path}?", abort=True
        )
    try:
        report = backups.restore(settings.data_dir, settings.database_url, path)
    except ExportAssistError as exc:
        fail(exc.message)
    typer.echo(f"Restored {report.files} file(s) from {path}. Database: {report.database}.")
    for moved in report.moved_aside:
        typer.echo(f"  the previous state is kept in {moved}")
