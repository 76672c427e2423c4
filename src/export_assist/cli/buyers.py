"""Commands: buyers import|export|list|sample, shortlist, screen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from export_assist.cli.base import container, fail
from export_assist.matching.io import FORMATS, detect_format, export_buyers, import_stream
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.sample import generate
from export_assist.matching.scope import BuyerScope
from export_assist.matching.service import Shortlist

commands = typer.Typer()

buyers_app = typer.Typer(help="The buyer directory: import, export, browse.", no_args_is_help=True)
TenantOpt = Annotated[
    str | None,
    typer.Option(
        "--tenant", help="A tenant's private directory (default: the shared public directory)"
    ),
]


def _scope(tenant: str | None) -> BuyerScope:
    """The operator's view: one tenant's buyers and the public ones, or the public ones."""
    if tenant is not None and not tenant.strip():
        fail("--tenant must not be blank")
    return BuyerScope(tenant.strip(), curator=True) if tenant else BuyerScope.operator()


@buyers_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="CSV, JSON, JSONL or XLSX")],
    format: Annotated[str | None, typer.Option(help=f"One of {', '.join(FORMATS)}")] = None,
    tenant: TenantOpt = None,
) -> None:
    """Import buyers; rejected rows are listed with line and reason (exit code 1)."""
    if not file.is_file():
        fail(f"no such file: {file}")
    owner = _scope(tenant).owner_for("private" if tenant else "public")
    fmt = format or detect_format(file.name)
    with container() as c, file.open("rb") as handle:
        report = import_stream(c.buyer_directory, handle, fmt, owner=owner)  # streamed
        typer.echo(
            f"{file}: {report.rows} row(s): {report.created} created, {report.updated} updated, "
            f"{report.duplicates_in_file} duplicate(s) in the file, {report.rejected_total} rejected."
        )
        for rejected in report.rejected:
            typer.secho(
                f"  {file}:{rejected.line}: {rejected.reason}", fg=typer.colors.RED, err=True
            )
        if not report.ok:
            raise typer.Exit(code=1)


@buyers_app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Argument(help="Output file (.csv, .json or .xlsx)")],
    tenant: TenantOpt = None,
) -> None:
    """Write the directory (public, or a tenant's buyers and the public ones) to a file."""
    fmt = detect_format(out.name) if out.suffix else "csv"
    with container() as c:
        buyers = c.buyer_directory.all(_scope(tenant))
        out.write_bytes(export_buyers(buyers, fmt))
        typer.echo(f"wrote {len(buyers)} buyer(s) to {out}")


@buyers_app.command("sample")
def sample_cmd(
    out: Annotated[Path, typer.Argument(help="Output file (.csv, .json or .xlsx)")],
    n: Annotated[int, typer.Option(min=1, max=100_000)] = 600,
    seed: Annotated[int, typer.Option()] = 20260601,
) -> None:
    """Write a FICTITIOUS sample directory (deterministic for a seed) to a file."""
    fmt = detect_format(out.name)
    from export_assist.matching.directory import to_public
    from export_assist.storage.buyer_tables import BuyerRow, row_values

    rows = [
        to_public(BuyerRow(id=i, updated_at=None, **row_values(b.model_dump())))
        for i, b in enumerate(generate(n, seed), start=1)
    ]
    out.write_bytes(export_buyers(rows, fmt))
    typer.echo(f"wrote {n} FICTITIOUS sample buyer(s) to {out}")


@buyers_app.command("list")
def list_cmd(
    country: Annotated[str | None, typer.Option("--country", "-c")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    tenant: TenantOpt = None,
) -> None:
    """Show buyers (name, country, city, type)."""
    from export_assist.geo import normalize_country

    with container() as c:
        total, items = c.buyer_directory.page(
            _scope(tenant), normalize_country(country) if country else None, None, limit
        )
        for b in items:
            flag = (" [FICTITIOUS]" if b.fictitious else "") + (
                " [private]" if b.directory == "private" else ""
            )
            typer.echo(
                f"{b.id:>6}  {b.country}  {b.city or '-':<18} {b.buyer_type:<13} {b.name}{flag}"
            )
        typer.echo(f"{len(items)} of {total}")


@buyers_app.command("move")
def move_cmd(
    ids: Annotated[list[int], typer.Argument(help="Buyer ids")],
    to_tenant: Annotated[
        str | None, typer.Option("--to-tenant", help="The owning tenant (omit: public)")
    ] = None,
) -> None:
    """Hand buyers to one tenant's private directory, or back to the public one."""
    owner = _scope(to_tenant).owner_for("private" if to_tenant else "public")
    with container() as c:
        moved = c.buyer_directory.move(ids, owner)
        typer.echo(f"moved {moved} buyer(s) to {to_tenant or 'the public directory'}")
        if moved < len(set(ids)):
            raise typer.Exit(code=1)


def _print(shortlist: Shortlist) -> None:
    if shortlist.notice:
        typer.secho(shortlist.notice, fg=typer.colors.YELLOW)
    if shortlist.empty:
        typer.secho(shortlist.empty.en, fg=typer.colors.YELLOW)
    for cand in shortlist.candidates:
        b = cand.buyer
        typer.echo(
            f"{cand.rank:>2}. {cand.score:.3f}  {b.name} ({b.city or '-'}, {b.country}) [{b.buyer_type}]"
        )
        typer.echo(f"      {cand.summary}")
        typer.echo(
            f"      screening: {cand.screening.status} ({', '.join(cand.screening.lists) or 'no list'})"
        )
    for cand in shortlist.screened_out:
        reason = cand.screening.matches[0].reason if cand.screening.matches else ""
        typer.secho(f"  screened out: {cand.buyer.name}: {reason}", fg=typer.colors.RED)
    typer.echo(
        f"{shortlist.considered} considered, {shortlist.excluded_hard_requirements} excluded by "
        f"certification requirements, {shortlist.took_ms:.0f} ms"
    )


@commands.command("shortlist")
def shortlist(
    product: Annotated[
        str, typer.Option("--product", "-p", help="Product description (ja/en)")
    ] = "",
    hs: Annotated[str | None, typer.Option("--hs", help="HS code, 2-10 digits")] = None,
    to: Annotated[str, typer.Option("--to", help="Target markets, e.g. US,DE")] = "",
    cert: Annotated[
        list[str] | None, typer.Option("--cert", help="Certification held (repeatable)")
    ] = None,
    min_order: Annotated[float | None, typer.Option(help="Your minimum order, USD")] = None,
    capacity: Annotated[float | None, typer.Option(help="Your capacity per order, USD")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100)] = 10,
    advisor: Annotated[bool, typer.Option(help="Show screened-out buyers and why")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    tenant: TenantOpt = None,
) -> None:
    """Rank buyers for a product in target markets, with reasons and screening."""
    try:
        query = ShortlistQuery.model_validate(
            {
                "product": {"code": hs, "description": product},
                "markets": [m for m in to.split(",") if m.strip()],
                "profile": {
                    "certifications": cert or [],
                    "minimum_order_usd": min_order,
                    "capacity_usd_per_order": capacity,
                    "languages": ["ja", "en"],
                },
                "limit": limit,
                "view": "advisor" if advisor else "sme",
            }
        )
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
        fail(problems)
    with container() as c:
        from export_assist.matching.startup import ensure_sample_directory

        ensure_sample_directory(c.buyer_directory, c.settings.matching)  # as the API does
        result = c.shortlists.rank(query, tenant=_scope(tenant).tenant)
        if as_json:
            typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
        else:
            _print(result)


@commands.command("screen")
def screen(
    name: Annotated[str, typer.Argument(help="A party name, any script")],
    country: Annotated[str | None, typer.Option("--country", "-c")] = None,
) -> None:
    """Screen one name against the configured restricted-party lists."""
    with container() as c:
        result = c.screener().screen([name], country)
        typer.echo(f"{result.status} (lists: {', '.join(result.lists) or 'none'})")
        if result.note:
            typer.echo(f"  note: {result.note}")
        for match in result.matches:
            typer.echo(f"  {match.score:5.1f}  {match.reason}")
        if result.status == "hit":
            raise typer.Exit(code=3)
