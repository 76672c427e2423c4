"""The figures computed independently with plain SQL (sqlite3), to check the service and charts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

COLUMN = {"programme": "programme_id", "advisor": "advisor", "region": "region", "market": "market"}


def truth(db: Path, tenant: str, by: str) -> dict[str, dict[str, float | None]]:
    """key -> stage counts (distinct exporters), deals, deal value, support, the two ratios."""
    col = COLUMN[by]
    con = sqlite3.connect(db)
    out: dict[str, dict[str, float | None]] = {}
    try:
        keys = [
            r[0] or "-"
            for r in con.execute(
                f"SELECT DISTINCT {col} FROM outcome_events WHERE tenant = ?", (tenant,)
            )
        ]
        for key in keys:
            where = f"tenant = ? AND {col} IS ?" if key == "-" else f"tenant = ? AND {col} = ?"
            arg = (tenant, None if key == "-" else key)
            row: dict[str, float | None] = {}
            for stage in ("contacted", "meeting", "sample_sent", "deal"):
                row[stage] = con.execute(
                    f"SELECT COUNT(DISTINCT exporter) FROM outcome_events WHERE {where} AND kind = ?",
                    (*arg, stage),
                ).fetchone()[0]
            deals, value = con.execute(
                f"SELECT COUNT(*), COALESCE(SUM(deal_value_jpy), 0) FROM outcome_events WHERE {where} AND kind = 'deal'",
                arg,
            ).fetchone()
            support = con.execute(
                f"SELECT COALESCE(SUM(support_amount_jpy), 0) FROM outcome_events WHERE {where} AND kind = 'support_used'",
                arg,
            ).fetchone()[0]
            row.update(deals=deals, deal_value_jpy=value, support_jpy=support)
            row["cost_per_deal_jpy"] = round(support / deals) if deals and support else None
            row["value_per_yen"] = round(value / support, 2) if support else None
            out[key] = row
    finally:
        con.close()
    return out
