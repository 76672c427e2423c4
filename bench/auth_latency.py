"""What a widget token costs per request compared with an API key (issue 14, defect 21).

    python -m bench.auth_latency [N]

In process, SQLite in a temporary data dir. Each round authenticates the same request
three ways, interleaved: an API key (the baseline: one indexed lookup by hash), a widget
token (JWT signature and claims, then one revocation query) and a visitor token (the
same, plus its rate-limit count). Writes bench/results/auth_latency.json and prints a
Markdown table."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from export_assist.container import Container
from export_assist.evaluation.metrics import percentile
from export_assist.evaluation.report import environment
from export_assist.settings import Settings


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1e6


def main(n: int = 3000) -> dict[str, object]:
    """Measure and write the figures."""
    data = Path(tempfile.mkdtemp()) / "data"
    settings = Settings(_env_file=None, data_dir=data, auth={"visitor_request_rate": "1000000/minute"})  # type: ignore[call-arg]  # fmt: skip
    c = Container(settings)
    for i in range(200):  # a keys table that is not empty
        c.keys.create("exporter", f"t{i % 20}", f"user{i}")
    key = c.keys.create("exporter", "acme", "alice").key
    token = c.widget_tokens.mint("acme", "alice", ttl_s=3600).token
    visitor = c.widget_tokens.mint("acme", "visitor-1", "visitor", 3600, "https://a.example").token
    auth = c.authenticator

    def as_visitor() -> None:
        auth.count(auth.authenticate(visitor, "https://a.example"))

    ways: dict[str, Callable[[], object]] = {
        "api key (baseline)": lambda: auth.authenticate(key),
        "widget token": lambda: auth.authenticate(token),
        "visitor token + rate count": as_visitor,
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(50):  # warm: connections, statement cache
        for fn in ways.values():
            fn()
    for _ in range(n):
        for name, fn in ways.items():
            times[name].append(_timed(fn))
    base = statistics.median(times["api key (baseline)"])
    rows = {
        name: {
            "p50_us": round(percentile(v, 50), 1),
            "p95_us": round(percentile(v, 95), 1),
            "ratio_p50": round(statistics.median(v) / base, 2),
        }
        for name, v in times.items()
    }
    result = {"name": "auth_latency", "environment": environment(), "n": n, "rows": rows}
    out = Path("bench/results/auth_latency.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print("| credential | p50 µs | p95 µs | p50 ÷ API key |\n|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {r['p50_us']} | {r['p95_us']} | {r['ratio_p50']} |")
    c.close()
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
