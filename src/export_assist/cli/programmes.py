"""Commands: programmes check | list | show | match | prefill | refresh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
import yaml
from pydantic import ValidationError

from export_assist.cli.base import container, fail
from export_assist.cli.programmes_words import codes, refusal
from export_assist.errors import InvalidInput
from export_assist.programmes.applications import PrefillRequest
from export_assist.programmes.catalogue import catalogue_files, load_catalogue
from export_assist.programmes.jgrants import merge, parse_response
from export_assist.programmes.jgrants_refresh import RefreshResult, refresh, to_yaml
from export_assist.programmes.matching import MatchResult
from export_assist.programmes.profile import ExporterProfile

programmes_app = typer.Typer(
    help="Support programmes (補助金・支援策): check the catalogue, list, match a profile.",
    no_args_is_help=True,
)


@programmes_app.command("check")
def check_cmd(
    folder: Annotated[Path, typer.Argument(help="Catalogue folder")] = Path("programmes"),
) -> None:
    """Validate every record; problems are printed as file:line (exit code 1)."""
    cat = load_catalogue([folder])
    for problem in cat.problems:
        typer.secho(str(problem), fg=typer.colors.RED, err=True)
    review = sum(1 for p in cat.programmes if p.review_status == "needs_review")
    typer.echo(
        f"{len(cat.programmes)} programme(s) valid, {review} marked needs_review, "
        f"{len(cat.problems)} problem(s)."
    )
    if cat.problems:
        raise typer.Exit(code=1)


@programmes_app.command("list")
def list_cmd(
    operator: Annotated[
        str | None, typer.Option(help="jetro, smrj, meti, maff, jfc, nexi, ...")
    ] = None,
) -> None:
    """One line per programme: id, operator, name."""
    with container() as c:
        for p in c.programmes.list(operator):
            typer.echo(f"{p.id}\t{p.operator}\t{p.official_name}")


@programmes_app.command("show")
def show_cmd(programme_id: str) -> None:
    """The full record of one programme as JSON."""
    with container() as c:
        typer.echo(c.programmes.get(programme_id).model_dump_json(indent=2))


def _profile(file: Path | None, fields: dict[str, object], lang: str = "ja") -> ExporterProfile:
    raw: dict[str, object] = {}
    if file is not None:
        if not file.is_file():
            fail(f"no such file: {file}")
        loaded = yaml.safe_load(file.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            fail(f"{file}: a profile must be a JSON/YAML mapping")
        raw = dict(loaded.get("profile", loaded))
    raw.update({k: v for k, v in fields.items() if v not in (None, [])})
    try:  # 「--sector 食品 --activity 展示会」 as well as the codes
        return ExporterProfile.model_validate(codes(raw, lang))
    except ValueError as exc:
        fail(refusal(exc, lang) if isinstance(exc, ValidationError) else str(exc))
        raise  # unreachable: fail() exits


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


@programmes_app.command("match")
def match_cmd(
    profile: Annotated[Path | None, typer.Option(help="Profile as JSON or YAML")] = None,
    size: Annotated[
        str | None, typer.Option(help="小規模|小企業|中規模|大企業 (micro|small|medium|large)")
    ] = None,
    capital: Annotated[int | None, typer.Option(help="Capital in yen")] = None,
    employees: Annotated[int | None, typer.Option()] = None,
    sector: Annotated[
        str | None, typer.Option(help="食品, 酒類, 機械, 工芸品, ... (food, alcohol, ...)")
    ] = None,
    prefecture: Annotated[str | None, typer.Option(help="e.g. 山形県")] = None,
    hs: Annotated[str | None, typer.Option(help="HS codes, comma-separated")] = None,
    to: Annotated[str | None, typer.Option(help="Target markets, comma-separated")] = None,
    experience: Annotated[
        str | None,
        typer.Option(help="輸出未経験|間接輸出|輸出経験あり|継続輸出 (none|indirect|...)"),
    ] = None,
    activity: Annotated[
        str | None, typer.Option(help="展示会,融資,... (trade_fair,financing,...) comma-separated")
    ] = None,
    lang: Annotated[str, typer.Option(help="ja or en")] = "ja",
    limit: Annotated[int, typer.Option(min=1, max=50)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Ranked programmes for an exporter profile (closed calls are never proposed)."""
    if lang not in ("ja", "en"):
        fail("--lang must be ja or en")
    prof = _profile(
        profile,
        {
            "company_size": size,
            "capital_jpy": capital,
            "employees": employees,
            "sector": sector,
            "prefecture": prefecture,
            "hs_codes": _split(hs),
            "target_markets": _split(to),
            "export_experience": experience,
            "planned_activities": _split(activity),
        },
        lang,
    )
    with container() as c:
        result = c.programmes.match(prof, lang="en" if lang == "en" else "ja", limit=limit)
    typer.echo(result.model_dump_json(indent=2) if as_json else render(result))


@programmes_app.command("prefill")
def prefill_cmd(
    programme_id: str,
    profile: Annotated[Path | None, typer.Option(help="Profile as JSON or YAML")] = None,
    company: Annotated[
        Path | None, typer.Option(help="Corporate-number details, JSON or YAML")
    ] = None,
    invoice: Annotated[list[Path] | None, typer.Option(help="UBL invoice XML (repeatable)")] = None,
    lang: Annotated[str, typer.Option(help="ja or en")] = "ja",
) -> None:
    """The programme's application form pre-filled; open fields are listed."""
    files = [p for p in [profile, company, *(invoice or [])] if p is not None]
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")
    try:
        request = PrefillRequest(
            profile=_profile(profile, {}),
            company=yaml.safe_load(company.read_text(encoding="utf-8")) if company else {},
            einvoices=[p.read_text(encoding="utf-8") for p in invoice or []],
            lang="en" if lang == "en" else "ja",
        )
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    with container() as c:
        result = c.applications.prefill(programme_id, request)
    for f in result.fields:
        typer.echo(f"{'✓' if f.filled else '·'} {f.label}: {f.value or '—'}")
    typer.echo(f"{result.filled}/{result.total} ({result.share:.0%})")


@programmes_app.command("refresh")
def refresh_cmd(
    sources: Annotated[
        list[Path], typer.Option("--from", help="A saved jGrants response (JSON), repeatable")
    ],
    folder: Annotated[Path, typer.Option(help="Catalogue folder")] = Path("programmes"),
    write: Annotated[
        Path | None, typer.Option(help="Write the new records to this YAML file (replaced)")
    ] = None,
    today: Annotated[str | None, typer.Option(help="Date to judge windows by (YYYY-MM-DD)")] = None,
) -> None:
    """Compare saved jGrants responses with the catalogue; never goes to the network."""
    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
        subsidies = merge([s for path in sources for s in parse_response(_read(path), str(path))])
    except (ValueError, InvalidInput) as exc:
        fail(str(exc))
    # The generated file is rebuilt from the responses, so its records are not "held".
    files = [f for f in catalogue_files(folder) if write is None or f.resolve() != write.resolve()]
    result = refresh(load_catalogue(files).programmes, subsidies, day)
    typer.echo(_report(result))
    if write is not None:
        write.write_text(to_yaml(result.added), encoding="utf-8")
        typer.echo(f"{write} に {len(result.added)}件を書き出しました")


def _read(path: Path) -> str:
    if not path.is_file():
        fail(f"no such file: {path}")
    return path.read_text(encoding="utf-8")


def _report(result: RefreshResult) -> str:
    lines = [f"変更 {c.programme_id}: {c.field} {c.ours} → {c.jgrants}" for c in result.changes]
    lines += [f"追加 {p.id}: {p.official_name}（締切 {p.window.closes}）" for p in result.added]
    lines += [f"除外 {sid}: {why}" for sid, why in result.skipped]
    lines.append(
        f"変更 {len(result.changes)}件、追加 {len(result.added)}件、除外 {len(result.skipped)}件"
    )
    return "\n".join(lines)


def render(result: MatchResult) -> str:
    """A readable list in the result's language."""
    ja = result.lang == "ja"
    lines = [f"{'基準日' if ja else 'As of'} {result.today}"]
    for i, m in enumerate(result.matches, 1):
        soon = (" ⚠ 締切間近" if ja else " ⚠ deadline soon") if m.deadline_soon else ""
        lines.append(f"{i}. {m.name} — {m.operator}{soon}")
        lines.append(f"   {m.benefit}")
        lines.append(f"   {'条件を満たす' if ja else 'meets'}: {' / '.join(m.met) or '-'}")
        if m.asks:
            lines.append(f"   {'要確認' if ja else 'to check'}: {' / '.join(m.asks)}")
        lines.append(f"   {m.url} ({'確認日' if ja else 'checked'} {m.citation.verified_on})")
    if not result.matches:
        lines.append(
            "該当する支援策は見つかりませんでした。" if ja else "No programme fits this profile."
        )
    return "\n".join(lines)
