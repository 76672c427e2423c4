"""Commands: hs import FILE, hs suggest TEXT."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container
from export_assist.compliance.hs.table import (
    HsTable,
    default_table,
    merge_japanese,
    parse_file,
    write_table,
)

hs_app = typer.Typer(help="HS codes: import the nomenclature, suggest codes.", no_args_is_help=True)


@hs_app.command("import")
def hs_import(
    file: Annotated[Path, typer.Argument(help="UN CSV (hscode,description) or Comtrade JSON")],
    embed: Annotated[
        bool, typer.Option(help="Embed the subheadings now (slow once; cached afterwards)")
    ] = False,
) -> None:
    """Load the full HS nomenclature into the data dir; our Japanese descriptions are kept."""
    with container() as c:
        entries = merge_japanese(parse_file(file), default_table())
        write_table(entries, c.hs_table_path)
        table = HsTable(entries)
        typer.echo(
            f"Imported {len(table)} HS entries ({len(table.subheadings)} subheadings) "
            f"into {c.hs_table_path}."
        )
        if embed:
            if c.hs_suggester.embeddings() is None:
                typer.echo("The HS suggester in use reads no embeddings: nothing to embed.")
            else:
                typer.echo("Subheadings embedded (kept in the embedding cache).")


@hs_app.command("suggest")
def hs_suggest(
    description: Annotated[str, typer.Argument(help="Product description, ja or en")],
    k: Annotated[int, typer.Option("--top-k", "-k", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    lang: Annotated[str, typer.Option("--lang", help="ja or en")] = "ja",
) -> None:
    """The most likely 6-digit HS codes, with a score and the reason."""
    with container() as c:
        found = c.hs_suggester.suggest(description, k)
        if as_json:
            payload = [s.model_dump() for s in found]
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        ja = lang != "en"
        if not found:
            typer.echo("候補が見つかりませんでした。" if ja else "No candidate found.")
        for n, s in enumerate(found, start=1):
            # the reason names the words that matched, as the suggester found them
            name = (s.description_ja or s.description) if ja else s.description
            score = (
                f"スコア {s.score:.3f}、根拠: {s.reason_ja or s.reason}"
                if ja
                else f"score {s.score:.3f}; {s.reason}"
            )
            typer.echo(f"{n}. {s.code}  {name}  ({score})")
        if ja and found:
            typer.echo(
                "6桁は国際共通のコードです。輸入国の国内コード（8〜10桁）は輸入者・通関業者に確認してください。"
            )
