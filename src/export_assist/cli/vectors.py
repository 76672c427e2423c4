"""`export-assist vectors`: the corpus vectors shipped beside the corpus (fast first run)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container
from export_assist.retrieval.shipped_vectors import (
    corpus_digests,
    coverage,
    export_vectors,
    vectors_path,
)

vectors_app = typer.Typer(help="Corpus vectors shipped with the repository.", no_args_is_help=True)
Out = Annotated[Path | None, typer.Option(help="Default: <corpus_dir>/.embeddings/<model>.npz")]


@vectors_app.command("export")
def export(out: Out = None) -> None:
    """Write the vectors of every indexed passage (run `ingest` first); `make vectors`."""
    with container() as c:
        path = out or vectors_path(c.settings.corpus_dir, c.raw_embedder.model_id)
        count = export_vectors(c.store(), c.embedder, path)
        typer.echo(f"{count} passage vectors written to {path} ({path.stat().st_size:,} bytes)")


@vectors_app.command("check")
def check(
    out: Out = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any passage is not covered")] = False,
) -> None:
    """How many indexed passages the shipped file covers (the rest are embedded at ingest)."""
    with container() as c:
        path = out or vectors_path(c.settings.corpus_dir, c.raw_embedder.model_id)
        covered, missing = coverage(path, corpus_digests(c.store()))
        typer.echo(f"{path}: covers {covered} passages; {missing} would be embedded at ingest")
        if strict and missing:
            raise typer.Exit(code=1)
