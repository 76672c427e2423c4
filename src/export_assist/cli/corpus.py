"""`export-assist corpus lint|stale|coverage|changes`: the regulation corpus's health,
freshness and the changes re-ingest found (change watch)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.compliance.corpus_lint import lint_corpus
from export_assist.compliance.coverage import render
from export_assist.compliance.freshness import due

corpus_app = typer.Typer(help="Regulation corpus: lint, freshness, coverage.", no_args_is_help=True)

RootOption = Annotated[Path, typer.Option("--root", help="Corpus folder")]
TodayOption = Annotated[
    str | None, typer.Option("--today", help="Date to measure from (YYYY-MM-DD); default today")
]


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--today must be a date like 2026-11-29, not {value!r}")
        raise  # unreachable: fail() exits


def _root(root: Path) -> Path:
    if not root.is_dir():
        fail(f"{root} is not a folder")
    return root


@corpus_app.command("lint")
def lint(root: RootOption = Path("regulations"), today: TodayOption = None) -> None:
    """Deep https sources, verified_on and sources everywhere, cards that cite real documents.

    Exits 1 listing every finding."""
    findings = lint_corpus(_root(root), _today(today))
    for finding in findings:
        typer.echo(str(finding))
    if findings:
        typer.secho(f"{len(findings)} finding(s)", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1)
    typer.echo("corpus lint: no findings")


@corpus_app.command("stale")
def stale(
    days: Annotated[int, typer.Option("--days", min=0, help="Due when older than this")] = 90,
    root: RootOption = Path("regulations"),
    today: TodayOption = None,
    include_review: Annotated[
        bool, typer.Option("--include-review", help="Also list everything marked needs_review")
    ] = False,
    fail_if_due: Annotated[
        bool, typer.Option("--fail", help="Exit 1 when anything is due")
    ] = False,
) -> None:
    """Documents and cards due for re-checking against their sources, oldest first."""
    when = _today(today)
    items = due(_root(root), days, when, include_review)
    for item in items:
        age = item.age_days(when)
        flags = ",".join(x for x in (item.status, "volatile" if item.volatile else "") if x)
        typer.echo(
            f"{item.verified_on or 'never'}\t{age if age is not None else '-'}d\t{item.kind}\t"
            f"{item.id}\t{flags}\t{item.path}"
        )
    typer.secho(f"{len(items)} item(s) due (not checked in the last {days} days)", err=True)
    if fail_if_due and items:
        raise typer.Exit(code=1)


MARKER = "<!-- generated below by: export-assist corpus coverage --write docs/corpus.md -->"


@corpus_app.command("coverage")
def coverage(
    root: RootOption = Path("regulations"),
    today: TodayOption = None,
    days: Annotated[int, typer.Option("--days", min=0, help="Freshness window")] = 90,
    write: Annotated[
        Path | None,
        typer.Option(
            "--write",
            help="Replace the generated part of this file (text above the marker line is kept)",
        ),
    ] = None,
) -> None:
    """Coverage per market x topic and the freshness table, as Markdown (docs/corpus.md)."""
    report = render(_root(root), _today(today), days)
    if write is None:
        typer.echo(report, nl=False)
        return
    kept = write.read_text(encoding="utf-8") if write.is_file() else ""
    head = kept.split(MARKER, 1)[0].rstrip("\n")
    write.write_text((head + "\n\n" if head else "") + MARKER + "\n\n" + report, encoding="utf-8")
    typer.echo(f"wrote {write}")


@corpus_app.command("changes")
def changes(
    doc_id: Annotated[list[str] | None, typer.Option("--doc", help="Only this document")] = None,
) -> None:
    """Documents that re-ingest found changed or removed, newest first (the change watch).

    Drafts citing them are flagged in the advisor console."""
    with container() as c:
        found = c.ledger.changes(doc_id or None)
    for change in found:
        dates = f"{change.verified_before or '-'} -> {change.verified_after or '-'}"
        typer.echo(
            f"{change.detected_at:%Y-%m-%d %H:%M}\t{change.kind}\t{change.doc_id}\t"
            f"verified_on {dates}\t{change.title}"
        )
    typer.secho(f"{len(found)} change(s)", err=True)
