"""Commands: buyers import|export|list|sample, shortlist, screen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

import export_assist.cli.buyers_text as text
from export_assist.cli.base import container, fail
from export_assist.matching.io import FORMATS, detect_format, export_buyers, import_stream
from export_assist.matching.models import FICTITIOUS_NOTICE, Candidate, ShortlistQuery
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
LangOpt = Annotated[str, typer.Option("--lang", help="ja or en: the language of what is printed")]


def _lang(value: str) -> text.Lang:
    """The output language (Japanese unless English is asked for), or a clear error."""
    if value not in ("ja", "en"):
        fail(text.say("bad_lang", "ja") + " / " + text.say("bad_lang", "en"))
    return "en" if value == "en" else "ja"


def _scope(tenant: str | None, lang: text.Lang = "en") -> BuyerScope:
    """The operator's view: one tenant's buyers and the public ones, or the public ones."""
    if tenant is not None and not tenant.strip():
        fail(text.say("blank_tenant", lang))
    return BuyerScope(tenant.strip(), curator=True) if tenant else BuyerScope.operator()


@buyers_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="CSV, JSON, JSONL or XLSX")],
    format: Annotated[str | None, typer.Option(help=f"One of {', '.join(FORMATS)}")] = None,
    tenant: TenantOpt = None,
    lang: LangOpt = "ja",
) -> None:
    """Import buyers; rejected rows are listed with line and reason (exit code 1)."""
    out_lang = _lang(lang)
    if not file.is_file():
        fail(text.say("no_file", out_lang, file=file))
    owner = _scope(tenant, out_lang).owner_for("private" if tenant else "public")
    fmt = format or detect_format(file.name)
    with container() as c, file.open("rb") as handle:
        report = import_stream(c.buyer_directory, handle, fmt, owner=owner)  # streamed
        typer.echo(
            text.say("imported", out_lang, file=file, rows=report.rows, created=report.created,
                     updated=report.updated, dup=report.duplicates_in_file,
                     rejected=report.rejected_total)
        )  # fmt: skip
        if report.stopped:
            typer.secho(text.say("stopped", out_lang, why=report.stopped), fg="red", err=True)
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
    lang: LangOpt = "ja",
) -> None:
    """Write the directory (public, or a tenant's buyers and the public ones) to a file."""
    out_lang = _lang(lang)
    fmt = detect_format(out.name) if out.suffix else "csv"
    with container() as c:
        buyers = c.buyer_directory.all(_scope(tenant, out_lang))
        out.write_bytes(export_buyers(buyers, fmt))
        typer.echo(text.say("wrote", out_lang, n=len(buyers), out=out))


@buyers_app.command("sample")
def sample_cmd(
    out: Annotated[Path, typer.Argument(help="Output file (.csv, .json or .xlsx)")],
    n: Annotated[int, typer.Option(min=1, max=100_000)] = 600,
    seed: Annotated[int, typer.Option()] = 20260601,
    lang: LangOpt = "ja",
) -> None:
    """Write a FICTITIOUS sample directory (deterministic for a seed) to a file."""
    out_lang = _lang(lang)
    fmt = detect_format(out.name)
    from export_assist.matching.directory import to_public
    from export_assist.storage.buyer_tables import BuyerRow, row_values

    rows = [
        to_public(BuyerRow(id=i, updated_at=None, **row_values(b.model_dump())))
        for i, b in enumerate(generate(n, seed), start=1)
    ]
    out.write_bytes(export_buyers(rows, fmt))
    typer.echo(text.say("wrote_sample", out_lang, n=n, out=out))


@buyers_app.command("list")
def list_cmd(
    country: Annotated[str | None, typer.Option("--country", "-c")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    tenant: TenantOpt = None,
    lang: LangOpt = "ja",
) -> None:
    """Show buyers (name, country, city, type)."""
    from export_assist.geo import normalize_country

    out_lang = _lang(lang)
    with container() as c:
        total, items = c.buyer_directory.page(
            _scope(tenant, out_lang), normalize_country(country) if country else None, None, limit
        )
        for b in items:
            flag = (text.say("fictitious", out_lang) if b.fictitious else "") + (
                text.say("private", out_lang) if b.directory == "private" else ""
            )
            kind = text.buyer_type(b.buyer_type, out_lang)
            where = text.country(b.country, out_lang)
            typer.echo(f"{b.id:>6}  {where}  {b.city or '-':<18} {kind:<13} {b.name}{flag}")
        typer.echo(text.say("of", out_lang, shown=len(items), total=total))


@buyers_app.command("move")
def move_cmd(
    ids: Annotated[list[int], typer.Argument(help="Buyer ids")],
    to_tenant: Annotated[
        str | None, typer.Option("--to-tenant", help="The owning tenant (omit: public)")
    ] = None,
    lang: LangOpt = "ja",
) -> None:
    """Hand buyers to one tenant's private directory, or back to the public one."""
    out_lang = _lang(lang)
    owner = _scope(to_tenant, out_lang).owner_for("private" if to_tenant else "public")
    with container() as c:
        moved = c.buyer_directory.move(ids, owner)
        to = to_tenant or text.say("public", out_lang)
        typer.echo(text.say("moved", out_lang, moved=moved, to=to))
        if moved < len(set(ids)):
            raise typer.Exit(code=1)


def _print(shortlist: Shortlist, lang: text.Lang) -> None:
    if shortlist.notice:
        notice = (
            text.FICTITIOUS_JA if lang == "ja" and shortlist.notice == FICTITIOUS_NOTICE else None
        )
        typer.secho(notice or shortlist.notice, fg=typer.colors.YELLOW)
    if shortlist.empty:
        typer.secho(shortlist.empty.ja if lang == "ja" else shortlist.empty.en, fg="yellow")
    for cand in shortlist.candidates:
        b = cand.buyer
        where = f"{b.city or '-'}, {text.country(b.country, lang)}"
        kind = text.buyer_type(b.buyer_type, lang)
        typer.echo(f"{cand.rank:>2}. {cand.score:.3f}  {b.name} ({where}) [{kind}]")
        typer.echo(f"      {cand.summary_in(lang)}")
        lists = ", ".join(cand.screening.lists) or text.say("no_list", lang)
        typer.echo(
            text.say(
                "screening", lang, status=text.status(cand.screening.status, lang), lists=lists
            )
        )
    for cand in shortlist.screened_out:
        typer.secho(
            text.say("screened_out", lang, name=cand.buyer.name, reason=_why(cand, lang)), fg="red"
        )
    typer.echo(
        text.say("footer", lang, considered=shortlist.considered,
                 excluded=shortlist.excluded_hard_requirements, ms=shortlist.took_ms)
    )  # fmt: skip


def _why(cand: Candidate, lang: text.Lang) -> str:
    """Why a buyer was held back: the list entry it resembles (the screener's English reason
    is built from list data, so Japanese names the entry and the verdict instead)."""
    if not cand.screening.matches:
        return text.status(cand.screening.status, lang)
    m = cand.screening.matches[0]
    if lang == "en":
        return m.reason
    return (
        f"{m.list_name} の「{m.matched_name}」に類似（{text.status(cand.screening.status, lang)}）"
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
    lang: LangOpt = "ja",
) -> None:
    """Rank buyers for a product in target markets, with reasons and screening."""
    out_lang = _lang(lang)
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
        result = c.shortlists.rank(query, tenant=_scope(tenant, out_lang).tenant)
        if as_json:
            typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
        else:
            _print(result, out_lang)


@commands.command("screen")
def screen(
    name: Annotated[str, typer.Argument(help="A party name, any script")],
    country: Annotated[str | None, typer.Option("--country", "-c")] = None,
    lang: LangOpt = "ja",
) -> None:
    """Screen one name against the configured restricted-party lists."""
    out_lang = _lang(lang)
    with container() as c:
        result = c.screener().screen([name], country)
        lists = ", ".join(result.lists) or text.say("none", out_lang)
        typer.echo(
            text.say("verdict", out_lang, status=text.status(result.status, out_lang), lists=lists)
        )
        if result.note:
            note = text.screening_note(result.note, result.demo_only, out_lang)
            typer.echo(text.say("note", out_lang, note=note))
        for match in result.matches:  # Japanese names the entry; its listing note is as listed
            said = (
                match.reason
                if out_lang == "en"
                else f"{match.list_name} の「{match.matched_name}」"
            )
            typer.echo(f"  {match.score:5.1f}  {said}")
        if result.status == "hit":
            raise typer.Exit(code=3)
