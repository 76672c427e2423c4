"""`export-assist eval programmes`: recall and must-not violations on the written cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail
from export_assist.domain.programmes import Programme
from export_assist.errors import InvalidInput
from export_assist.evaluation.programmes_eval import load_cases, run_case, summarise
from export_assist.programmes.applications import ApplicationService, PrefillRequest
from export_assist.programmes.prefill import PrefillResult

eval_commands = typer.Typer()


@eval_commands.command("programmes")
def programmes_eval(
    dataset: Annotated[Path, typer.Option(help="JSONL cases")] = Path(
        "eval/datasets/programmes/cases.jsonl"
    ),
    limit: Annotated[int, typer.Option(help="Programmes proposed per case")] = 10,
    out: Annotated[Path, typer.Option(help="Where results are written")] = Path("eval/results"),
) -> None:
    """Recall of expected programmes and proposals that must not be made (goal: 0)."""
    if not dataset.is_file():
        fail(f"no such dataset: {dataset}")
    try:
        cases = load_cases(dataset)
    except InvalidInput as exc:
        fail(exc.message)
    with container() as c:
        programmes = c.programmes.catalogue.programmes
    outcomes = [run_case(case, programmes, limit) for case in cases]
    summary = summarise(outcomes)
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "dataset": str(dataset),
        "limit": limit,
        "summary": summary,
        "cases": [o.__dict__ for o in outcomes],
    }
    (out / "programmes.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2))
    typer.echo(json.dumps(summary, ensure_ascii=False))
    for o in outcomes:
        if o.missing or o.violations or o.not_in_catalogue:
            typer.echo(
                f"  {o.id}: missing={o.missing} violations={o.violations} "
                f"not_in_catalogue={o.not_in_catalogue} {o.notes or ''}"
            )


@eval_commands.command("prefill")
def prefill_eval(
    dataset: Annotated[Path, typer.Option(help="JSONL pre-fill cases")] = Path(
        "eval/datasets/programmes/prefill_cases.jsonl"
    ),
    goal: Annotated[float, typer.Option(help="Share of fields each form must have filled")] = 0.7,
    out: Annotated[Path, typer.Option(help="Where results are written")] = Path("eval/results"),
) -> None:
    """Share of application fields pre-filled, for every programme in every case."""
    if not dataset.is_file():
        fail(f"no such dataset: {dataset}")
    with container() as c:
        rows = prefill_rows(c.applications, c.programmes.catalogue.programmes, dataset)
    shares = [r.share for _, r in rows]
    below = [(case, r) for case, r in rows if r.share < goal]
    summary = {
        "forms": len(rows),
        "min_share": min(shares),
        "mean_share": round(sum(shares) / len(shares), 3),
        "below_goal": len(below),
        "goal": goal,
    }
    forms = [
        {"case": case, "programme": r.programme_id, "share": r.share, "missing": r.missing}
        for case, r in rows
    ]
    out.mkdir(parents=True, exist_ok=True)
    (out / "prefill.json").write_text(
        json.dumps({"summary": summary, "forms": forms}, ensure_ascii=False, indent=2)
    )
    typer.echo(json.dumps(summary, ensure_ascii=False))
    for case, r in below:
        typer.echo(f"  {case} {r.programme_id}: {r.share} missing={r.missing}")


def prefill_rows(
    applications: ApplicationService, programmes: list[Programme], dataset: Path
) -> list[tuple[str, PrefillResult]]:
    """One row per (case, programme with a form): the case id and the pre-fill result."""
    rows: list[tuple[str, PrefillResult]] = []
    for line in dataset.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        xml = [Path(p).read_text(encoding="utf-8") for p in case.get("einvoices", [])]
        request = PrefillRequest(profile=case["profile"], company=case["company"], einvoices=xml)
        for p in programmes:
            if p.benefit.kind == "reference":  # nothing to apply for, so no form
                continue
            result = applications.prefill(p.id, request)
            rows.append((case["id"], result))
    return rows
