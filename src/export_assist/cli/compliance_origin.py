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
from export_assist.compliance.origin.routes import Agreement, OriginService
from export_assist.errors import ExportAssistError
from export_assist.geo import country_name_ja

commands = typer.Typer()
# The questionnaire's own words come in both languages (export_control_text); these are
# the labels around them.
_EC_EN = {"none": "No flag raised. Keep your classification record.", "with": "with",
          "why": "why", "source": "source", "sanctions": "sanctions",
          "list_control": "list_control", "catch_all": "catch_all"}  # fmt: skip
_OR_EN = {"japan": "Japan", "none": "No preferential agreement.", "data": "data",
          "validity": "validity", "note": "Note", "source": "source", "psr": "PSR",
          "option": "option"}  # fmt: skip
_OR_JA = {"japan": "日本", "none": "特恵関税を使える協定はありません。", "data": "記載事項",
          "validity": "有効期間", "note": "注記", "source": "出典", "psr": "品目別規則（PSR）",
          "option": "選択肢"}  # fmt: skip
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
    lang: Annotated[str, typer.Option("--lang", help="ja or en: the labels and names")] = "ja",
) -> None:
    """Agreements from Japan to a market, how origin is claimed, validity, PSRs; cited."""
    if lang not in ("ja", "en"):
        fail("--lang は ja か en で指定してください / --lang must be ja or en")
    said = _OR_JA if lang == "ja" else _OR_EN
    with container() as c:
        tables = dict(c.settings.compliance.psr_tables)
        for spec in psr_file or []:
            key, _, path = spec.partition("=")
            if not key or not path:
                fail(f"--psr-file takes AGREEMENT=FILE, got {spec!r}")
            tables[key.strip()] = Path(path)
        try:
            route = OriginService(c.evidence_finder, tables).route(market, hs_code)
        except ExportAssistError as exc:  # a market without a route: say so in Japanese too
            fail(exc.message_ja if lang == "ja" and exc.message_ja else exc.message)
            return
        where = country_name_ja(route.market) if lang == "ja" else route.market_name
        typer.secho(f"{said['japan']} → {where}", bold=True)
        if not route.agreements:
            typer.echo(f"  {said['none']}")
        for a in route.agreements:
            _agreement(a, said, lang == "ja")
        note = route.note_ja if lang == "ja" and route.note_ja else route.note
        if note:
            typer.echo(f"{said['note']}: {note}")
        for cit in route.citations:
            typer.echo(f"  {said['source']}: {cit.label(lang)} <{cit.source_url}>")
        for rs in route.psr:
            typer.secho(
                f"{said['psr']} {rs.agreement} {rs.heading} {rs.subdivision}".rstrip(), bold=True
            )
            for n, alt in enumerate(rs.alternatives, start=1):
                typer.echo(f"  {said['option']} {n}: " + " + ".join(r.text for r in alt))


def _agreement(a: Agreement, said: dict[str, str], ja: bool) -> None:
    """One agreement: its name and claim, then what the proof states and how long it is valid."""
    name, claim = (a.name_ja or a.name, a.claim_ja or a.claim) if ja else (a.name, a.claim)
    elements = (a.data_elements_ja or a.data_elements) if ja else a.data_elements
    validity = (a.validity_ja or a.validity) if ja else a.validity
    sep = "；" if ja else "; "
    typer.echo(f"- {name}: {claim}")
    typer.echo(f"  {said['data']}: {sep.join(elements)}{sep}{said['validity']}: {validity}")


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
