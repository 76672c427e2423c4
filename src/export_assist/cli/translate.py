"""`export-assist translate --from ja --to en`: translate text from an argument, a file or stdin."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail

commands = typer.Typer()
eval_commands = typer.Typer()


@commands.command("translate")
def translate(
    text: Annotated[str | None, typer.Argument(help="Text; omit to read --file or stdin")] = None,
    source: Annotated[str, typer.Option("--from", help="Source language")] = "ja",
    target: Annotated[str, typer.Option("--to", help="Target language")] = "en",
    file: Annotated[Path | None, typer.Option(help="Read the text from this file")] = None,
    backend: Annotated[str | None, typer.Option(help="llm or argos")] = None,
    back: Annotated[bool, typer.Option("--back", help="Also show a back-translation")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Full result as JSON")] = False,
) -> None:
    """Translate with the term base enforced; problems go to stderr, exit 1 if any."""
    if text is None:
        text = file.read_text(encoding="utf-8") if file else sys.stdin.read()
    if not text.strip():
        fail("nothing to translate")
    with container() as c:
        result = c.translation.translate(text, source, target, backend=backend, back_translate=back)
    if as_json:
        typer.echo(json.dumps(result.model_dump(), ensure_ascii=False, indent=2))
    else:
        typer.echo(result.text)
        if result.back_translation is not None:
            typer.echo(f"\n[back-translation]\n{result.back_translation}")
    for v in result.violations:
        typer.secho(f"! segment {v.segment + 1}: {v.message}", fg=typer.colors.YELLOW, err=True)
    for w in result.warnings:
        typer.secho(f"! {w}", fg=typer.colors.YELLOW, err=True)
    if not result.ok:
        raise typer.Exit(code=1)


@eval_commands.command("translation")
def eval_translation(
    dataset: Annotated[Path, typer.Option(help="JSONL with source, reference, terms")] = Path(
        "eval/datasets/trade_terms.jsonl"
    ),
    wmt: Annotated[
        Path | None, typer.Option(help="Folder of WMT20 ja-en files (../shared/data/wmt20-ja-en)")
    ] = None,
    wmt_limit: Annotated[int, typer.Option(help="Segments per WMT direction")] = 200,
    backends: Annotated[
        str, typer.Option(help="Comma-separated: llm,argos,none")
    ] = "llm,argos,none",
    out: Annotated[Path, typer.Option(help="Where results are written")] = Path("eval/results"),
) -> None:
    """chrF, BLEU and term accuracy per backend and direction."""
    from export_assist.evaluation.datasets import load_jsonl
    from export_assist.evaluation.report import write_results
    from export_assist.evaluation.translation import (
        TranslationExample,
        evaluate_translation,
        load_wmt,
    )
    from export_assist.translation.service import TranslationService

    sets = {"trade": load_jsonl(dataset, TranslationExample)}
    if wmt is not None:
        for direction in ("ja-en", "en-ja"):
            sets[f"wmt20-{direction}"] = load_wmt(wmt, direction, wmt_limit)
    runs = []
    with container() as c:
        for name in [b.strip() for b in backends.split(",") if b.strip()]:
            service = c.translation if name != "none" else TranslationService(c.termbase, [])
            backend = None if name == "none" else name
            for set_name, examples in sets.items():
                for pair in sorted({(e.source_lang, e.target_lang) for e in examples}):
                    subset = [e for e in examples if (e.source_lang, e.target_lang) == pair]
                    if backend and backend not in service.available(*pair):
                        typer.secho(f"skip {name} {pair[0]}→{pair[1]}: not available", err=True)
                        continue
                    runs.append(
                        evaluate_translation(
                            service,
                            subset,
                            backend=backend,
                            label=f"{name} {set_name} {pair[0]}→{pair[1]}",
                        )
                    )
    json_path, md_path = write_results(
        out, "translation", runs, {"dataset": str(dataset), "wmt": str(wmt)}
    )
    typer.echo(md_path.read_text())
    typer.echo(f"Results: {json_path}")
