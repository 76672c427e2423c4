"""`export-assist docs render|validate shipment.yaml`: bilingual trade documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml
from pydantic import ValidationError

from export_assist.cli.base import container, fail
from export_assist.documents.models import Shipment
from export_assist.errors import InvalidInput

docs_app = typer.Typer(help="Trade documents from a shipment YAML.", no_args_is_help=True)


def load_shipment(path: Path) -> Shipment:
    """Read and validate a shipment file; errors name the field."""
    if not path.is_file():
        fail(f"{path} does not exist")
    try:
        return Shipment.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except yaml.YAMLError as exc:
        fail(f"{path} is not valid YAML: {exc}")
    except ValidationError as exc:
        lines = [f"  {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        fail(f"{path} is not a valid shipment:\n" + "\n".join(lines))
    raise AssertionError("unreachable")


def _langs(value: str) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()]


@docs_app.command("render")
def render(
    shipment: Annotated[Path, typer.Argument(help="Shipment YAML (see examples/shipment.yaml)")],
    lang: Annotated[str, typer.Option(help="Buyer languages, comma-separated")] = "en",
    formats: Annotated[str, typer.Option(help="pdf,docx,xlsx")] = "pdf,docx,xlsx",
    out: Annotated[Path | None, typer.Option(help="Output folder (default: data dir)")] = None,
) -> None:
    """Check the shipment and render the document set; exit 2 listing every problem."""
    data = load_shipment(shipment)
    with container() as c:
        if out is not None:
            c.documents.output_dir = out
        try:
            result = c.documents.render(data, _langs(lang), _langs(formats))  # type: ignore[arg-type]
        except InvalidInput as exc:
            typer.secho(
                "The shipment is inconsistent; nothing was rendered:", fg=typer.colors.RED, err=True
            )
            for p in exc.details or [{"field": "request", "message": str(exc)}]:
                typer.secho(f"  {p['field']}: {p['message']}", err=True)
            raise typer.Exit(code=2) from exc
    for f in result.files:
        typer.echo(f"{Path(result.folder) / f.name}")
    for p in result.report.problems:
        typer.secho(f"warning {p.field}: {p.message}", fg=typer.colors.YELLOW, err=True)
    for v in result.translation_violations:
        typer.secho(f"translation: {v.message}", fg=typer.colors.YELLOW, err=True)
    if result.not_translated:
        typer.secho(
            f"{result.not_translated} text segment(s) not translated (kept in the source language, marked)",
            fg=typer.colors.YELLOW,
            err=True,
        )
    for w in result.warnings:
        typer.secho(f"warning: {w}", fg=typer.colors.YELLOW, err=True)


@docs_app.command("validate")
def validate(
    shipment: Annotated[Path, typer.Argument(help="Shipment YAML")],
    lang: Annotated[str, typer.Option(help="Buyer languages, comma-separated")] = "en",
) -> None:
    """List every consistency problem; exit 1 if any blocks rendering."""
    data = load_shipment(shipment)
    with container() as c:
        report = c.documents.validate(data, _langs(lang))
    for p in report.problems:
        typer.echo(f"{p.severity}\t{p.field}\t{p.message}")
    if report.ok:
        typer.echo("ok: the shipment is consistent")
    else:
        raise typer.Exit(code=1)


@docs_app.command("fonts")
def fonts(
    profiles: Annotated[
        str, typer.Option(help="jp,kr,sc: Japanese+Latin, Hangul, simplified Chinese")
    ] = "jp,kr,sc",
) -> None:
    """Convert the Noto CJK font profiles for PDFs now; converted files are cached.

    Otherwise the first PDF that needs one pays it: about 15 s of CPU for jp, 9 s for kr
    or sc."""
    from export_assist.documents import fontfile

    source = fontfile.packaged_source()
    if source is None:
        fail("the noto-cjk-sans-jp-regular package is not installed: pip install it")
    with container() as c:
        cache = c.settings.documents.font_cache_dir or fontfile.default_cache_dir()
    for profile in _langs(profiles):
        if profile not in fontfile.PROFILES:
            fail(f"unknown profile {profile!r}: use {', '.join(fontfile.PROFILES)}")
        typer.echo(fontfile.truetype(source, profile, cache))  # type: ignore[arg-type]
