"""`export-assist eval buyers` and `eval screening`: buyer matching on real tenders and
screening precision/recall on generated name variants (both need ../shared/data)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.evaluation.buyer_matching import evaluate_tenders
from export_assist.evaluation.report import write_results
from export_assist.evaluation.screening import build_variants, evaluate_screening
from export_assist.matching.adapters import read_tenders
from export_assist.retrieval.embedding_cache import CachedEmbedder
from export_assist.screening.lists import load_path
from export_assist.screening.screener import Screener

eval_commands = typer.Typer()

SHARED = Path("../shared/data")


@eval_commands.command("buyers")
def buyers_eval(
    tenders: Annotated[Path, typer.Option(help="tenders_dev.csv")] = SHARED
    / "buyandsell-tenders"
    / "tenders_dev.csv",
    cutoff: Annotated[
        str, typer.Option(help="Profiles from items before this date")
    ] = "2013-12-04",
    max_queries: Annotated[int, typer.Option(help="0: every later item")] = 0,
    out: Annotated[Path, typer.Option()] = Path("eval/results"),
) -> None:
    """hit@1, hit@10 and MRR of the true buyer: matcher vs three baselines, same run."""
    if not tenders.exists():
        fail(f"{tenders} not found (it lives in ../shared/data/buyandsell-tenders)")
    with container() as c:
        # A separate database keeps the evaluation directory out of the real one;
        # the embedding cache of the data dir is shared, so a re-run embeds nothing.
        c.settings.database.url = f"sqlite:///{(c.settings.data_dir / 'eval_tenders.db').resolve()}"
        c.settings.matching.seed_sample_directory = False
        c.settings.matching.screening.include_demo_list = False
        c.settings.matching.screening.lists = []
        items = read_tenders(tenders)
        service = c.shortlists
        cache = c.embedding_cache  # queries too, so a re-run embeds nothing
        service.embedder = CachedEmbedder(c.raw_embedder, cache, persist_queries=True)
        runs = evaluate_tenders(service, items, dt.date.fromisoformat(cutoff), max_queries or None)
        best = max(r.metrics["mrr"] for r in runs[1:])
        extra = {
            "dataset": str(tenders),
            "cutoff": cutoff,
            "mrr_ratio_vs_best_baseline": round(runs[0].metrics["mrr"] / best, 3) if best else None,
        }
        json_path, md_path = write_results(out, "buyer-matching-tenders", runs, extra)
        typer.echo(md_path.read_text())
        typer.echo(f"Results: {json_path}")


@eval_commands.command("screening")
def screening_eval(
    lists: Annotated[Path, typer.Option(help="Folder of FtM JSON / CSV lists")] = SHARED
    / "opensanctions",
    out: Annotated[Path, typer.Option()] = Path("eval/results"),
) -> None:
    """Precision/recall of screening on variants of list names and unrelated names."""
    if not lists.exists():
        fail(f"{lists} not found (it lives in ../shared/data/opensanctions)")
    with container() as c:
        cfg = c.settings.matching.screening
        entries = load_path(lists, cfg.topics)
        clean = unlisted_names(lists)
        variants = build_variants(entries, clean)
        screener = Screener(
            entries, cfg.hit_threshold, cfg.review_threshold, cfg.country_mismatch_penalty
        )
        run = evaluate_screening(screener, variants)
        extra = {"lists": str(lists), "entries": len(entries), "by_kind": run.by_kind}
        json_path, md_path = write_results(out, "screening-variants", [run], extra)
        typer.echo(md_path.read_text())
        for error in run.errors:
            typer.echo(f"  miss: {error}")
        typer.echo(f"Results: {json_path}")


def unlisted_names(folder: Path) -> list[str]:
    """Party names in FtM files that carry no listing topic (e.g. political donors)."""
    names: list[str] = []
    for path in sorted(folder.rglob("*.ftm.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entity = json.loads(line) if line.strip() else {}
            props = entity.get("properties", {})
            party = entity.get("schema") in ("Company", "Organization", "Person")
            if party and not props.get("topics") and not entity.get("target"):
                names += props.get("name", [])
    return sorted(set(names))
