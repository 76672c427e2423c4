"""`export-assist eval qa`: regulation QA through the full chat path (no-LLM and/or LLM)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.evaluation.chat_qa import QAExample, evaluate_chat_qa
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, chat_asker, doc_ids_by_path, evaluate_v2, is_v2
from export_assist.evaluation.report import write_results
from export_assist.matching.startup import ensure_sample_directory

eval_commands = typer.Typer()


@eval_commands.command("qa")
def qa(
    dataset: Annotated[Path, typer.Option(help="JSONL: question, key_facts, gold_doc_ids")] = Path(
        "eval/datasets/regulation_qa.jsonl"
    ),
    modes: Annotated[str, typer.Option(help="no-llm, llm, or no-llm,llm")] = "no-llm",
    limit: Annotated[int | None, typer.Option(help="Only the first N questions")] = None,
    out: Annotated[Path, typer.Option(help="Where results are written")] = Path("eval/results"),
    kinds: Annotated[
        str | None, typer.Option(help="QA v2: only these kinds, e.g. regulation,japan_side")
    ] = None,
) -> None:
    """Key-fact accuracy and citation precision of chat answers, per mode."""
    if is_v2(dataset):
        return qa_v2(dataset, modes, limit, out, kinds)
    with container() as c:
        examples = load_jsonl(dataset, QAExample)[:limit]
        base_url = c.settings.llm.base_url
        runs = []
        for mode in [m.strip() for m in modes.split(",") if m.strip()]:
            if mode == "llm" and not base_url:
                fail("mode llm needs an endpoint: set EXPORT_ASSIST_LLM__BASE_URL")
            if mode not in ("llm", "no-llm"):
                fail(f"unknown mode {mode!r}: use no-llm or llm")
            c.settings.llm.base_url = base_url if mode == "llm" else None
            runs.append(evaluate_chat_qa(c.new_chat(), examples, mode))
        extra = {
            "dataset": str(dataset),
            "questions": len(examples),
            "llm_model": c.settings.llm.model,
        }
        json_path, md_path = write_results(out, f"chat-qa-{dataset.stem}", runs, extra)
        typer.echo(md_path.read_text())
        typer.echo(f"Results: {json_path}")


def qa_v2(
    dataset: Path, modes: str, limit: int | None, out: Path, kinds: str | None = None
) -> None:
    """QA v2 (multi-turn): key facts in the answer text, escalation, gold cited, must_not;
    `kinds` keeps a fixed subset (the LLM's: the kinds it rewrites), then `limit`."""
    wanted = {k.strip() for k in (kinds or "").split(",") if k.strip()}
    cases = [c for c in load_jsonl(dataset, Case) if not wanted or c.kind in wanted][:limit]
    with container() as c:
        ensure_sample_directory(c.buyer_directory, c.settings.matching)  # as the server does
        base_url = c.settings.llm.base_url
        paths = doc_ids_by_path(c.settings.corpus_dir)
        runs = []
        for mode in [m.strip() for m in modes.split(",") if m.strip()]:
            if mode == "llm" and not base_url:
                fail("mode llm needs an endpoint: set EXPORT_ASSIST_LLM__BASE_URL")
            c.settings.llm.base_url = base_url if mode == "llm" else None
            runs.append(evaluate_v2(chat_asker(c.new_chat()), cases, paths, mode))
        extra = {
            "dataset": str(dataset),
            "cases": len(cases),
            "kinds": sorted(wanted),
            "llm_model": c.settings.llm.model,
        }
        json_path, md_path = write_results(out, f"chat-qa-v2-{dataset.stem}", runs, extra)
        typer.echo(md_path.read_text())
        typer.echo(f"Results: {json_path}")
