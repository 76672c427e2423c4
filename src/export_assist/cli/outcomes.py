"""Commands: outcomes seed-demo | summary."""

from __future__ import annotations

from typing import Annotated

import typer

from export_assist.auth.principal import Principal
from export_assist.cli.base import container, fail
from export_assist.outcomes.schemas import By
from export_assist.outcomes.seed import fictitious_history

outcomes_app = typer.Typer(
    help="Outcomes of support (支援効果): seed a demo, print figures.", no_args_is_help=True
)


def _cli(tenant: str) -> Principal:
    return Principal(key_id="cli", subject="cli", role="admin", tenant=tenant)


@outcomes_app.command("seed-demo")
def seed_demo(
    tenant: Annotated[str, typer.Option(help="Tenant the events belong to")] = "demo",
    exporters: Annotated[int, typer.Option(min=1, max=500)] = 24,
    seed: Annotated[int, typer.Option()] = 7,
) -> None:
    """Record a clearly fictitious event history (names say 架空, events are flagged)."""
    with container() as c:
        programmes = c.programmes.catalogue.programmes  # a reference page is not "used"
        ids = [p.id for p in programmes if p.benefit.kind != "reference"][:8]
        if not ids:  # the events name programmes: without a catalogue there is nothing to use
            fail(
                f"no programmes in {c.settings.programmes_dir.resolve()}: run from the repository "
                "root or set EXPORT_ASSIST_PROGRAMMES_DIR to the catalogue folder"
            )
        events = fictitious_history(ids, c.clock(), exporters=exporters, seed=seed)
        n = c.outcomes.record_many(_cli(tenant), events)
    typer.echo(
        f"recorded {n} fictitious event(s) for {exporters} invented exporter(s) in tenant {tenant!r}"
    )


@outcomes_app.command("summary")
def summary_cmd(
    by: Annotated[str, typer.Option(help="programme, advisor, region or market")] = "programme",
    tenant: Annotated[str, typer.Option()] = "demo",
    csv: Annotated[bool, typer.Option("--csv", help="Print CSV")] = False,
) -> None:
    """The funnel and money figures of a tenant."""
    if by not in ("programme", "advisor", "region", "market"):
        raise typer.BadParameter("by must be programme, advisor, region or market")
    grouping: By = by  # type: ignore[assignment]
    with container() as c:
        if csv:
            typer.echo(c.outcomes.summary_csv(_cli(tenant), grouping), nl=False)
            return
        s = c.outcomes.summary(_cli(tenant), grouping)
    for r in [*s.rows, s.total]:
        typer.echo(
            f"{r.label}\t接触{r.contacted} 面談{r.meeting} サンプル{r.sample_sent} 成約{r.deal}"
            f" / 成約額{r.deal_value_jpy:,}円 支援額{r.support_jpy:,}円"
            f" 1件あたり{r.cost_per_deal_jpy or '—'} 1円あたり{r.value_per_yen or '—'}"
        )
