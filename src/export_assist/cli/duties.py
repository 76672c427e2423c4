"""`export-assist duties HS --to MARKET`: MFN and preferential duty, or official links."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.errors import ExportAssistError

commands = typer.Typer()


@commands.command()
def duties(
    hs_code: Annotated[str, typer.Argument(help="HS code, 6-10 digits")],
    to: Annotated[str, typer.Option("--to", help="Destination: ISO alpha-2 or EU")],
    origin: Annotated[str, typer.Option(help="Origin country")] = "JP",
    lang: Annotated[str, typer.Option("--lang", help="ja or en")] = "ja",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Duty on a code in a market: official rates where enabled, else official lookup links.

    Rates come from the UK Trade Tariff API when compliance.duties.uk_api is on."""
    with container() as c:
        try:
            found = c.duties.lookup(hs_code, to, origin.upper())
        except ExportAssistError as exc:
            fail(exc.message)
            return
    if as_json:
        typer.echo(json.dumps(found.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    typer.echo(found.message_ja if lang == "ja" else found.message_en)
    for rate in found.rates:
        typer.echo(f"  {rate.kind}\t{rate.rate}\t{rate.area} {rate.area_name}\t{rate.legal_basis}")
    for link in found.links:  # in the language of the message above it
        title = (link.title_ja or link.title) if lang == "ja" else link.title
        typer.echo(f"  {title}: {link.url}")
