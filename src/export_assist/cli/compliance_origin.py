"""Commands: origin MARKET [--hs CODE], export-control."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.compliance.export_control import (
    ExportControlAnswers,
    assess,
    with_product_kinds,
)
from export_assist.compliance.origin.routes import OriginService

commands = typer.Typer()
# The questionnaire's own words come in both languages (export_control_text); these are
# the labels around them.
_EC_EN = {"none": "No flag raised. Keep your classification record.", "with": "with",
          "why": "why", "source": "source", "sanctions": "sanctions",
          "list_control": "list_control", "catch_all": "catch_all"}  # fmt: skip
_EC_JA = {"none": "確認が必要な点はありません。該非判定の記録は保管してください。",
          "with": "相談先", "why": "理由", "source": "出典", "sanctions": "制裁措置",
          "list_control": "リスト規制", "catch_all": "キャッチオール規制"}  # fmt: skip


@commands.command()
def origin(
    market: Annotated[str, typer.Argument(help="Destination: ISO alpha-2 or EU")],
    hs_code: Annotated[str | None, typer.Option("--hs", help="HS code for the PSR lookup")] = None,
    psr_file: Annotated[
        list[str] | None,
        typer.Option(help="AGREEMENT=FILE, e.g. uk-japan-cepa=../shared/data/uk-roo/japan.json"),
    ] = None,
) -> None:
    """Agreements from Japan to a market, how origin is claimed, validity, PSRs; cited."""
    with container() as c:
        tables = dict(c.settings.compliance.psr_tables)
        for spec in psr_file or []:
            key, _, path = spec.partition("=")
            if not key or not path:
                fail(f"--psr-file takes AGREEMENT=FILE, got {spec!r}")
            tables[key.strip()] = Path(path)
        route = OriginService(c.evidence_finder, tables).route(market, hs_code)
        typer.secho(f"Japan → {route.market_name}", bold=True)
        if not route.agreements:
            typer.echo("  No preferential agreement.")
        for a in route.agreements:
            typer.echo(f"- {a.name}: {a.claim}")
            typer.echo(f"  data: {'; '.join(a.data_elements)}; validity: {a.validity}")
        if route.note:
            typer.echo(f"Note: {route.note}")
        for cit in route.citations:
            typer.echo(f"  source: {cit.label()} <{cit.source_url}>")
        for rs in route.psr:
            typer.secho(f"PSR {rs.agreement} {rs.heading} {rs.subdivision}".rstrip(), bold=True)
            for n, alt in enumerate(rs.alternatives, start=1):
                typer.echo(f"  option {n}: " + " + ".join(r.text for r in alt))


@commands.command("export-control")
def export_control(
    to: Annotated[str, typer.Option("--to", "-t", help="Destination")],
    product: Annotated[str, typer.Option("--product", "-p")] = "",
    category: Annotated[list[str] | None, typer.Option(help="Product category")] = None,
    listed: Annotated[
        str, typer.Option(help="Is it on Appended Table 1? yes|no|unknown")
    ] = "unknown",
    end_user_listed: Annotated[str, typer.Option(help="End user on METI's list?")] = "unknown",
    military_use: Annotated[str, typer.Option(help="Known military/WMD use?")] = "unknown",
    lang: Annotated[str, typer.Option("--lang", help="ja or en")] = "ja",
) -> None:
    """FEFTA questionnaire: what to check (sanctions, list control, catch-all) and with whom."""
    from pydantic import ValidationError

    if lang not in ("ja", "en"):
        fail("--lang は ja か en で指定してください / --lang must be ja or en")
    ja = lang == "ja"
    try:
        answers = ExportControlAnswers(
            destination=to,
            product=product,
            categories=category or [],
            listed_item=listed,  # type: ignore[arg-type]
            end_user_on_list=end_user_listed,  # type: ignore[arg-type]
            military_or_wmd_use=military_use,  # type: ignore[arg-type]
            language="ja" if ja else "en",
        )
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
        return
    with container() as c:
        result = assess(with_product_kinds(answers, c.checklists.profiles), c.evidence_finder)
        said = _EC_JA if ja else _EC_EN
        if not result.flags:
            typer.echo(said["none"])
        for flag in result.flags:
            typer.secho(f"[{said[flag.check]}] {flag.what}", bold=True)
            typer.echo(f"  {said['with']}: {flag.with_whom}\n  {said['why']}: {flag.why}")
            for cit in flag.citations:
                typer.echo(f"  {said['source']}: {cit.label(lang)} <{cit.source_url}>")
        typer.echo(result.disclaimer)
