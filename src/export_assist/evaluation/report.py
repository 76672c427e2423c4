"""Write evaluation results as JSON and a readable Markdown report."""

from __future__ import annotations

import datetime as dt
import json
import platform
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any


def _as_dict(run: Any) -> dict[str, Any]:
    if is_dataclass(run) and not isinstance(run, type):
        return asdict(run)
    return dict(run)


def environment() -> dict[str, str]:
    """Where a figure was measured."""
    import os

    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": str(os.cpu_count()),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def write_results(
    out_dir: Path,
    name: str,
    runs: list[Any],
    extra: dict[str, Any] | None = None,
) -> tuple[Path, Path]:
    """Write `<name>.json` (everything) and `<name>.md` (a table of aggregates)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = {
        "name": name,
        "environment": environment(),
        **(extra or {}),
        "runs": [_as_dict(r) for r in runs],
    }
    json_path = out_dir / f"{name}.json"
    json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    md_path = out_dir / f"{name}.md"
    md_path.write_text(markdown_table(name, runs, extra or {}))
    return json_path, md_path


def markdown_table(name: str, runs: list[Any], extra: dict[str, Any]) -> str:
    """A Markdown table: one row a run, one column a metric."""
    rows = [_as_dict(r) for r in runs]
    if not rows:
        return f"# {name}\n\nNo runs.\n"
    metric_names = list(rows[0]["metrics"])
    lines = [f"# {name}", ""]
    for key, value in extra.items():
        lines.append(f"- {key}: {value}")
    lines += [
        "",
        "| run | n | " + " | ".join(metric_names) + " | p50 ms |",
        "|---|---|" + "---|" * len(metric_names) + "---|",
    ]
    for row in rows:
        values = " | ".join(f"{row['metrics'][m]:.4f}" for m in metric_names)
        lines.append(f"| {row['mode']} | {row['n']} | {values} | {row.get('latency_ms_p50', '')} |")
    return "\n".join(lines) + "\n"
