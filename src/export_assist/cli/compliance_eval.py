"""`export-assist eval checklist | hs | regulation-qa`: compliance evaluations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container
from export_assist.evaluation.checklist_eval import ChecklistCase, evaluate_checklists
from export_assist.evaluation.datasets import RetrievalExample, load_jsonl
from export_assist.evaluation.report import write_results

eval_commands = typer.Typer()

OUT = Path("eval/results")


@eval_commands.command("checklist")
def eval_checklist(
    dataset: Annotated[Path, typer.Option()] = Path("eval/datasets/checklist_cases.jsonl"),
    text_items: Annotated[bool, typer.Option(help="Also build text-only items (latency)")] = False,
    out: Annotated[Path, typer.Option()] = OUT,
) -> None:
    """Recall and precision of the card ids each case must (not) list; p50/p95 latency."""
    with container() as c:
        cases = load_jsonl(dataset, ChecklistCase)
        run = evaluate_checklists(c.checklists, cases, text_items=text_items)
        json_path, md_path = write_results(
            out,
            f"checklist-{dataset.stem}",
            [run],
            {"dataset": str(dataset), "p95 ms": run.latency_ms_p95},
        )
        typer.echo(md_path.read_text())
        for row in run.per_example:
            if row["missing"] or row["wrongly_listed"]:
                typer.echo(
                    f"  {row['id']}: missing {row['missing']}; wrongly listed {row['wrongly_listed']}"
                )
        typer.echo(f"Results: {json_path}")


@eval_commands.command("hs")
def eval_hs(
    dataset: Annotated[
        Path,
        typer.Option(
            help="HSCodeComp JSONL (split by a hash of the id) or a rulings set, "
            "eval/datasets/hs_rulings/cases.jsonl … cases15.jsonl (its own split field)"
        ),
    ] = Path("../shared/data/hscodecomp/dev.jsonl"),
    split: Annotated[
        str, typer.Option(help="tune | held (held apart: report only) | all")
    ] = "tune",
    dense: Annotated[bool, typer.Option(help="Also run the embedding-based suggesters")] = True,
    out: Annotated[Path, typer.Option()] = OUT,
) -> None:
    """HS suggestion top-1/top-5 at 2/4/6 digits vs BM25 baselines, on one split."""
    from export_assist.compliance.hs.baseline import PathBm25Baseline
    from export_assist.compliance.hs.calibration import reliability
    from export_assist.compliance.hs.ranker import RankedHsSuggester
    from export_assist.compliance.hs.suggest import BaselineSuggester, HsSuggester
    from export_assist.evaluation.hs_eval import (
        confidence_pairs,
        evaluate_hs,
        load_examples,
        run_name,
        select,
    )

    with container() as c:
        examples = select(load_examples(dataset), split)
        table = c.hs_table
        runs = [
            evaluate_hs("bm25-descriptions", BaselineSuggester(table), examples),
            evaluate_hs("bm25-stemmed-path (issue baseline)", PathBm25Baseline(table), examples),
        ]
        if dense:
            hierarchical = HsSuggester(table, c.embedder)
            hierarchical.embeddings()
            runs.append(
                evaluate_hs("hierarchical+dense (previous default)", hierarchical, examples)
            )
        ranker = RankedHsSuggester(table, c.embedder)
        ranker.embeddings()  # before timing (a no-op for a lexical model)
        runs.append(evaluate_hs("learned ranker (default)", ranker, examples))
        json_path, md_path = write_results(
            out,
            run_name(dataset, split),
            runs,
            {"dataset": str(dataset), "split": split, "n": len(examples), "table": table.source},
        )
        typer.echo(md_path.read_text())
        conf, hits = confidence_pairs(runs[-1])
        typer.echo("Reliability of the ranker's confidence (its top 5 per product):")
        for row in reliability(conf, hits):
            typer.echo(f"  {row}")
        typer.echo(f"Results: {json_path}")


@eval_commands.command("profile")
def eval_profile(
    dataset: Annotated[Path, typer.Option()] = Path("eval/datasets/product_profile/cases.jsonl"),
    split: Annotated[str, typer.Option(help="dev (tune) | test (report) | all")] = "test",
    out: Annotated[Path, typer.Option()] = OUT,
) -> None:
    """Product profiles of unseen names vs the keyword-only baseline, on one split."""
    from export_assist.compliance.profile import ProfileBuilder
    from export_assist.evaluation.profile_eval import (
        ProfileCase,
        evaluate_profiles,
        select,
    )

    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("split must be dev, test or all")
    with container() as c:
        cases = select(load_jsonl(dataset, ProfileCase), split)  # type: ignore[arg-type]
        cards = c.card_library
        runs = [
            evaluate_profiles("keywords-only", ProfileBuilder(), cards, cases),
            evaluate_profiles("product-understanding", c.checklists.profiles, cards, cases),
        ]
        json_path, md_path = write_results(
            out, f"profile-{dataset.stem}-{split}", runs, {"dataset": str(dataset), "split": split}
        )
        typer.echo(md_path.read_text())
        for row in runs[-1].per_example:
            if not row["recall"] or row["wrong_kind"]:
                typer.echo(
                    f"  {row['id']} {row['product']}: want {row['expected']} got {row['got']}"
                )
        typer.echo(f"Results: {json_path}")


@eval_commands.command("regulation-qa")
def eval_regulation_qa(
    dataset: Annotated[Path, typer.Option()] = Path("eval/datasets/regulation_qa.jsonl"),
    modes: Annotated[
        str, typer.Option(help="Comma-separated: hybrid,dense,lexical")
    ] = "hybrid,lexical",
    out: Annotated[Path, typer.Option()] = OUT,
) -> None:
    """Recall@5 of regulation search and key-fact accuracy of the extractive answer."""
    from export_assist.evaluation.keyfacts import evaluate_key_facts

    with container() as c:
        examples = load_jsonl(dataset, RetrievalExample)
        runs = [
            evaluate_key_facts(c.searcher, examples, mode=m.strip())  # type: ignore[arg-type]
            for m in modes.split(",")
            if m.strip()
        ]
        json_path, md_path = write_results(
            out, f"keyfacts-{dataset.stem}", runs, {"dataset": str(dataset)}
        )
        typer.echo(md_path.read_text())
        typer.echo(f"Results: {json_path}")
