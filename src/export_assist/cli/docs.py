"""`export-assist docs render|validate shipment.yaml`: bilingual trade documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml
from pydantic import ValidationError

from export_assist.api.error_text import problem_ja
from export_assist.cli.base import container, fail
from export_assist.documents.models import Shipment
from export_assist.errors import InvalidInput

docs_app = typer.Typer(help="Trade documents from a shipment YAML.", no_args_is_help=True)


UiLang = Annotated[str, typer.Option("--ui-lang", help="Messages in ja or en")]
# What the commands say, in the user's language (the documents' own languages are --lang).
_SAY = {
    "ja": {
        "missing": "{path} がありません",
        "yaml": "{path} はYAMLとして読み取れません: {exc}",
        "invalid": "{path} は出荷データとして正しくありません:",
        "inconsistent": "出荷データに矛盾があるため、書類は作成していません:",
        "warning": "注意",
        "translation": "訳語",
        "untranslated": "{n}か所の文は訳していません（元の言語のまま、その旨を印刷しています）",
        "ok": "問題はありません（出荷データは整合しています）",
    },
    "en": {
        "missing": "{path} does not exist",
        "yaml": "{path} is not valid YAML: {exc}",
        "invalid": "{path} is not a valid shipment:",
        "inconsistent": "The shipment is inconsistent; nothing was rendered:",
        "warning": "warning",
        "translation": "translation",
        "untranslated": "{n} text segment(s) not translated (kept in the source language, marked)",
        "ok": "ok: the shipment is consistent",
    },
}


def _say(ui: str, key: str, **values: object) -> str:
    if ui not in _SAY:
        fail("--ui-lang must be ja or en")
    return _SAY[ui][key].format(**values)


def load_shipment(path: Path, ui: str = "ja") -> Shipment:
    """Read and validate a shipment file; errors name the field."""
    if not path.is_file():
        fail(_say(ui, "missing", path=path))
    try:
        return Shipment.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except yaml.YAMLError as exc:
        fail(_say(ui, "yaml", path=path, exc=exc))
    except ValidationError as exc:
        said = (lambda e: problem_ja(e)) if ui == "ja" else (lambda e: e["msg"])
        lines = [f"  {'.'.join(map(str, e['loc']))}: {said(e)}" for e in exc.errors()]
        fail(_say(ui, "invalid", path=path) + "\n" + "\n".join(lines))
    raise AssertionError("unreachable")


def _langs(value: str) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()]


@docs_app.command("render")
def render(
    shipment: Annotated[Path, typer.Argument(help="Shipment YAML (see examples/shipment.yaml)")],
    lang: Annotated[str, typer.Option(help="Buyer languages, comma-separated")] = "en",
    formats: Annotated[str, typer.Option(help="pdf,docx,xlsx")] = "pdf,docx,xlsx",
    out: Annotated[Path | None, typer.Option(help="Output folder (default: data dir)")] = None,
    ui: UiLang = "ja",
) -> None:
    """Check the shipment and render the document set; exit 2 listing every problem."""
    data = load_shipment(shipment, ui)
    with container() as c:
        if out is not None:
            c.documents.output_dir = out
        try:
            result = c.documents.render(data, _langs(lang), _langs(formats))  # type: ignore[arg-type]
        except InvalidInput as exc:
            typer.secho(_say(ui, "inconsistent"), fg=typer.colors.RED, err=True)
            whole = {"field": "request", "message": str(exc), "message_ja": exc.message_ja}
            for p in exc.details or [whole]:
                typer.secho(f"  {p['field']}: {_in(p, ui)}", err=True)
            raise typer.Exit(code=2) from exc
    for f in result.files:
        typer.echo(f"{Path(result.folder) / f.name}")
    note = _say(ui, "warning")
    for p in result.report.problems:
        said = p.message_ja if ui == "ja" and p.message_ja else p.message
        typer.secho(f"{note} {p.field}: {said}", fg=typer.colors.YELLOW, err=True)
    for v in result.translation_violations:
        typer.secho(f"{_say(ui, 'translation')}: {v.message}", fg=typer.colors.YELLOW, err=True)
    if result.not_translated:
        said = _say(ui, "untranslated", n=result.not_translated)
        typer.secho(said, fg=typer.colors.YELLOW, err=True)
    for w in result.warnings:
        typer.secho(f"{note}: {w}", fg=typer.colors.YELLOW, err=True)


def _in(problem: dict[str, object], ui: str) -> object:
    """A problem's message in the user's language (its English one when it has no other)."""
    return (problem.get("message_ja") if ui == "ja" else None) or problem.get("message")


@docs_app.command("validate")
def validate(
    shipment: Annotated[Path, typer.Argument(help="Shipment YAML")],
    lang: Annotated[str, typer.Option(help="Buyer languages, comma-separated")] = "en",
    ui: UiLang = "ja",
) -> None:
    """List every consistency problem; exit 1 if any blocks rendering."""
    data = load_shipment(shipment, ui)
    with container() as c:
        report = c.documents.validate(data, _langs(lang))
    for p in report.problems:
        said = p.message_ja if ui == "ja" and p.message_ja else p.message
        typer.echo(f"{p.severity}\t{p.field}\t{said}")
    if report.ok:
        typer.echo(_say(ui, "ok"))
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
