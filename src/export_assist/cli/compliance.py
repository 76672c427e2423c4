"""Command: checklist (markdown, JSON, XLSX or PDF; two destinations side by side)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from pydantic import ValidationError

from export_assist.cli.base import container, fail
from export_assist.compliance import render
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.documents.fonts import FontBook
from export_assist.domain.compliance import Checklist

commands = typer.Typer()


def _request(**fields: object) -> ChecklistRequest:
    try:
        return ChecklistRequest.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors()
        )
        fail(problems)
        raise  # unreachable: fail() exits


@commands.command()
def checklist(
    product: Annotated[str, typer.Option("--product", "-p", help="Description, ja or en")] = "",
    to: Annotated[list[str] | None, typer.Option("--to", "-t", help="Destination(s)")] = None,
    hs_code: Annotated[str | None, typer.Option("--hs", help="HS code, 2-10 digits")] = None,
    condition: Annotated[list[str] | None, typer.Option(help="Condition you assert")] = None,
    category: Annotated[list[str] | None, typer.Option(help="Category you assert")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Drop an inferred value")] = None,
    compare: Annotated[bool, typer.Option(help="Two destinations side by side")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown|json|xlsx|pdf")] = "markdown",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to a file")] = None,
    text_items: Annotated[bool, typer.Option(help="Add 'from text, verify' items")] = True,
    lang: Annotated[
        str, typer.Option("--lang", help="ja|en: language of the Markdown/PDF/XLSX view")
    ] = "ja",
) -> None:
    """What you need to export a product: every item cited, e.g. --product "抹茶パウダー 100g缶" --to DE."""
    request = _request(
        product=product,
        hs_code=hs_code,
        destinations=to or [],
        conditions=condition or [],
        categories=category or [],
        exclude=exclude or [],
        include_text_items=text_items,
    )
    with container() as c:
        if compare:
            comparison = c.checklists.compare(request)
            text = (
                comparison.model_dump_json(indent=2)
                if fmt == "json"
                else render.comparison_markdown(comparison, "en" if lang == "en" else "ja")
            )
            _emit(text.encode(), out)
            return
        checklists = c.checklists.build(request)
        _emit(_rendered(checklists, fmt, out, lang, c.fonts() if fmt == "pdf" else None), out)


def _rendered(
    checklists: list[Checklist],
    fmt: str,
    out: Path | None,
    lang: str = "ja",
    fonts: FontBook | None = None,
) -> bytes:
    if lang not in ("ja", "en"):
        fail(f"--lang {lang!r}: use ja or en")
    chosen: Literal["ja", "en"] = "en" if lang == "en" else "ja"
    if fmt == "markdown":
        return render.checklists_markdown(checklists, chosen).encode()
    if fmt == "json":
        payload = [c.model_dump(mode="json") for c in checklists]
        return json.dumps(payload, ensure_ascii=False, indent=2).encode()
    if fmt in ("xlsx", "pdf"):
        if out is None:
            fail(f"--format {fmt} writes a binary file: give --out FILE")
        return (
            render.checklists_xlsx(checklists, chosen)
            if fmt == "xlsx"
            else render.checklists_pdf(checklists, chosen, fonts)
        )
    fail(f"unknown format {fmt!r}: use markdown, json, xlsx or pdf")
    return b""


def _emit(data: bytes, out: Path | None) -> None:
    if out is None:
        typer.echo(data.decode())
        return
    out.write_bytes(data)
    typer.echo(f"Wrote {out} ({len(data)} bytes)")
