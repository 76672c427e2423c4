"""`export-assist eval ...`: run evaluation datasets through the real services."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container
from export_assist.evaluation.datasets import RetrievalExample, load_jsonl
from export_assist.evaluation.report import write_results
from export_assist.evaluation.retrieval import evaluate_retrieval
from export_assist.retrieval.search import Mode

eval_app = typer.Typer(
    help="Score the system on the datasets in eval/datasets/.", no_args_is_help=True
)


def _mode(name: str) -> Mode:
    name = name.strip()
    if name not in ("hybrid", "dense", "lexical"):
        raise typer.BadParameter(f"unknown mode {name!r}: use hybrid, dense or lexical")
    return name  # type: ignore[return-value]


@eval_app.command("retrieval")
def retrieval(
    dataset: Annotated[Path, typer.Option(help="JSONL: question, gold_doc_ids, country")] = Path(
        "eval/datasets/regulation_qa.jsonl"
    ),
    k: Annotated[int, typer.Option(help="Cut-off for the metrics")] = 10,
    modes: Annotated[str, typer.Option(help="Comma-separated: hybrid,dense,lexical")] = (
        "hybrid,dense,lexical"
    ),
    country_filter: Annotated[bool, typer.Option(help="Filter by the example's country")] = True,
    out: Annotated[Path, typer.Option(help="Where results are written")] = Path("eval/results"),
) -> None:
    """Recall@k, MRR, MAP@10 and nDCG@10 of regulation search, one run per mode."""
    with container() as c:
        examples = load_jsonl(dataset, RetrievalExample)
        runs = [
            evaluate_retrieval(
                c.searcher,
                examples,
                mode=_mode(m),
                k=k,
                use_country_filter=country_filter,
            )
            for m in modes.split(",")
            if m.strip()
        ]
        json_path, md_path = write_results(
            out,
            f"retrieval-{dataset.stem}",
            runs,
            {"dataset": str(dataset), "k": k, "country_filter": country_filter},
        )
        typer.echo(md_path.read_text())
        typer.echo(f"Results: {json_path}")
