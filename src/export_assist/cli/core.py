"""Commands: ingest, search, serve."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.cli.cards import report_card_problems
from export_assist.domain.citations import SearchFilters
from export_assist.errors import InvalidInput
from export_assist.geo import normalize_country
from export_assist.retrieval.ingest import IngestReport

commands = typer.Typer()


def _print_report(report: IngestReport) -> None:
    typer.echo(
        f"Ingested {report.files_seen} file(s) in {report.seconds:.1f} s: "
        f"{report.files_indexed} indexed, {report.files_unchanged} unchanged, "
        f"{report.files_removed} removed, {report.files_repaired} repaired after an "
        f"interrupted run; {report.chunks_added} chunk(s) added, "
        f"{report.chunks_deleted} deleted, {report.chunks_total} in the index."
    )
    if report.source_changes:
        typer.echo(
            f"{len(report.source_changes)} document(s) changed since the last ingest "
            "(drafts citing them are flagged; `export-assist corpus changes` lists them): "
            + ", ".join(c.doc_id for c in report.source_changes)
        )
    for path, warning in report.warnings:
        typer.secho(f"  warning: {path}: {warning}", fg=typer.colors.YELLOW, err=True)
    for path, reason in report.errors:
        typer.secho(f"  failed: {path}: {reason}", fg=typer.colors.RED, err=True)


@commands.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (default: the corpus dir, ./regulations)"),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show progress bars")] = True,
) -> None:
    """Index regulation documents (Markdown, PDF, HTML, text) for search.

    Incremental: unchanged files are skipped, changed files re-chunked, files removed
    from an ingested folder are dropped from the index. A file that cannot be read is
    listed with its reason and the exit code is 1; the rest are still indexed.
    """
    with container() as c:
        targets = paths or [c.settings.corpus_dir]
        missing = [str(p) for p in targets if not p.exists()]
        if missing:
            fail(f"no such file or folder: {', '.join(missing)}")
        report = c.ingestor.ingest(targets, progress=progress)
        _print_report(report)
        cards_ok = report_card_problems(c)  # cards are validated at ingest (file:line)
        if not report.ok or not cards_ok:
            raise typer.Exit(code=1)


@commands.command()
def search(
    query: Annotated[str, typer.Argument(help="Question or keywords, Japanese or English")],
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="Destination (ISO alpha-2, or EU)")
    ] = None,
    topic: Annotated[list[str] | None, typer.Option(help="Topic filter (repeatable)")] = None,
    category: Annotated[list[str] | None, typer.Option(help="Product category filter")] = None,
    hs_code: Annotated[str | None, typer.Option(help="HS code (2-10 digits)")] = None,
    top_k: Annotated[int, typer.Option("--top-k", "-k", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Search the regulation index; each passage is shown with its citation."""
    with container() as c:
        try:
            filters = SearchFilters(
                country=normalize_country(country) if country else None,
                topics=topic or [],
                categories=category or [],
                hs_code=hs_code,
            )
        except InvalidInput as exc:
            fail(exc.message)
        hits = c.searcher.search(query, filters, top_k)
        if as_json:
            typer.echo(
                json.dumps([h.model_dump(mode="json") for h in hits], ensure_ascii=False, indent=2)
            )
            return
        if not hits:
            typer.echo("No passage matched. Try other words or fewer filters.")
        for n, hit in enumerate(hits, start=1):
            cit = hit.citation
            typer.secho(f"{n}. {cit.label()}  [{cit.country}]", bold=True)
            typer.echo(f"   {hit.text[:300].replace(chr(10), ' ')}")
            typer.echo(
                f"   source: {cit.source_title or cit.title} <{cit.source_url}> "
                f"(checked {cit.verified_on or 'unknown'})"
            )


@commands.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings)")] = None,
    warm_up: Annotated[
        bool,
        typer.Option(
            help="Build the assistant and answer sample questions in the background at "
            "start, so the first visitor does not wait for the models to load"
        ),
    ] = True,
) -> None:
    """Serve the API, the chat widget and the advisor console."""
    from export_assist.compute_threads import pin_for_serving
    from export_assist.settings import Settings

    settings = Settings()
    pin_for_serving(settings.api.compute_threads)  # before anything loads OpenMP
    import uvicorn

    from export_assist.api.app import create_app

    bind_host = host or settings.api.host
    bind_port = port or settings.api.port
    settings.api.host = bind_host  # demo keys ('auto') only when really bound to loopback
    settings.api.warm_up = warm_up  # on unless --no-warm-up
    typer.secho(
        f"export-assist is running: open http://{bind_host}:{bind_port}/ "
        f"(API docs at /docs). Ctrl+C stops it.",
        fg=typer.colors.GREEN,
    )
    grace = settings.limits.shutdown_grace_s
    uvicorn.run(
        create_app(settings),
        host=bind_host,
        port=bind_port,
        log_level="info",
        timeout_graceful_shutdown=max(1, int(grace)),  # SIGTERM: drain this long, then stop
    )
    _stop_leftover_work(grace_s=1.0)


def _stop_leftover_work(grace_s: float) -> None:
    """After the server stopped: cancel work still running in threads, then exit.

    A sync endpoint's thread cannot be interrupted; long loops stop at their next
    cancellation check. One that does not (a single slow library call) must not keep
    the process alive past the operator's deadline, so the process ends regardless.
    """
    import os
    import threading
    import time

    from export_assist.cancellation import cancel_all

    cancel_all()
    deadline = time.monotonic() + grace_s
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    for thread in others:
        if not thread.daemon:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
    if any(t.is_alive() and not t.daemon for t in others):
        typer.secho("export-assist: work still running at shutdown was abandoned.", err=True)
        os._exit(0)
