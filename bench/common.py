"""Helpers shared by the benchmarks: where data lives, settings, result files."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from export_assist.evaluation.report import environment
from export_assist.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BENCH_DATA = Path(os.environ.get("EXPORT_ASSIST_BENCH_DATA", ROOT / "bench" / ".data"))
RESULTS = ROOT / "bench" / "results"


def require_shared(name: str) -> Path:
    """A folder of ../shared/data, or exit with the reason."""
    path = SHARED / name
    if not path.exists():
        sys.exit(f"../shared/data/{name} is not present; this benchmark needs it")
    return path


def bench_settings(name: str, **overrides: Any) -> Settings:
    """Settings with a data dir of this benchmark's own (kept between runs: the
    embedding cache makes a re-run cheap)."""
    return Settings(_env_file=None, data_dir=BENCH_DATA / name, **overrides)  # type: ignore[call-arg]


def write_result(name: str, payload: dict[str, Any]) -> Path:
    """Write bench/results/<name>.json with the environment and the command."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {
        "benchmark": name,
        "command": " ".join(["python", "-m", f"bench.{name}", *sys.argv[1:]]),
        "environment": environment(),
        **payload,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2))
    return path
