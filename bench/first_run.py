"""First run: `make run` after the install step on a fresh machine: ingest the corpus
into an empty data dir, make the demo keys, then convert the PDF fonts beside the
starting server (a fresh font cache too) and serve until /healthz answers. Both sides in one run, as separate
processes the way `make run` starts them: with the shipped corpus vectors, then
without them (the baseline: every passage is embedded).

    python -m bench.first_run                  # both; writes bench/results/first_run.json
    python -m bench.first_run --budget-s 300   # stop the baseline's ingest after 300 s
    python -m bench.first_run --export         # also (re)write the shipped vectors from
                                               # the baseline's cache (`make vectors`)

Bounded: a baseline ingest still running after --budget-s is stopped; the passages it
embedded by then (rows in its embedding cache) give its rate, and the rest of the corpus
is extrapolated at that rate (marked as an estimate; conservative by up to one embedding
batch). Each side also reports the CPU seconds its processes used, which the other load
on the machine inflates far less than wall-clock time, and the 1-minute load average
before and after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import ROOT, write_result
from export_assist.retrieval.shipped_vectors import read_vectors

CLI = [sys.executable, "-m", "export_assist.cli.main"]
CORPUS = ROOT / "regulations"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path, shipped: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        EXPORT_ASSIST_DATA_DIR=str(data_dir),
        EXPORT_ASSIST_CORPUS_DIR=str(CORPUS),
        EXPORT_ASSIST_EMBEDDINGS__SHIPPED_VECTORS=str(shipped).lower(),
        EXPORT_ASSIST_DOCUMENTS__FONT_CACHE_DIR=str(data_dir / "fonts"),  # a fresh machine
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
    )
    return env


def _children_cpu_s() -> float:
    """CPU seconds (user + system) of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cached_passages(data_dir: Path) -> int:
    """Rows in the data dir's embedding cache: the passages embedded (or seeded) so far."""
    path = data_dir / "embedding_cache.sqlite"
    if not path.exists():
        return 0
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as conn:
        return int(conn.execute("SELECT count(*) FROM embeddings").fetchone()[0])


def _ingest(env: dict[str, str], budget_s: float | None) -> tuple[float, bool]:
    """Seconds the ingest took, and whether it finished within the budget."""
    started = time.perf_counter()
    proc = subprocess.Popen([*CLI, "ingest", "--no-progress"], env=env, cwd=ROOT)
    try:
        code = proc.wait(timeout=budget_s)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.wait(timeout=60)
        return time.perf_counter() - started, False
    if code != 0:
        raise SystemExit(f"ingest exited with {code}")
    return time.perf_counter() - started, True


def _serve(env: dict[str, str]) -> float:
    """Seconds from starting `serve` until /healthz answers 200."""
    started = time.perf_counter()
    port = _free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT
    )
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise SystemExit("the server exited before answering /healthz")
            time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _serve_beside_fonts(env: dict[str, str]) -> tuple[float, float]:
    """As `make run`: demo keys made, then the fonts converted in the background while
    the server starts. Seconds until /healthz answers, and until the fonts are done."""
    started = time.perf_counter()
    subprocess.run([*CLI, "keys", "demo"], env=env, cwd=ROOT, check=True, capture_output=True)
    fonts = subprocess.Popen([*CLI, "docs", "fonts"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    serve_s = _serve(env)
    if fonts.wait(timeout=900) != 0:
        raise SystemExit("`docs fonts` failed")
    return serve_s, time.perf_counter() - started


def first_run(data_dir: Path, shipped: bool, budget_s: float | None = None) -> dict[str, Any]:
    """One side: ingest into the empty data dir, then serve until /healthz answers."""
    env = _env(data_dir, shipped)
    load_before, cpu_before = os.getloadavg()[0], _children_cpu_s()
    ingest_s, complete = _ingest(env, budget_s)
    serve_s, fonts_s = _serve_beside_fonts(env) if complete else (None, None)
    return {
        "complete": complete,
        "ingest_s": round(ingest_s, 1),
        "serve_s": None if serve_s is None else round(serve_s, 1),
        "total_s": None if serve_s is None else round(ingest_s + serve_s, 1),
        "fonts_done_s": None if fonts_s is None else round(fonts_s, 1),
        "cpu_s": round(_children_cpu_s() - cpu_before, 1),
        "load_before": round(load_before, 1),
        "load_after": round(os.getloadavg()[0], 1),
        "passages_cached": _cached_passages(data_dir),
    }


def estimate(row: dict[str, Any], passages: int, serve_s: float) -> dict[str, Any]:
    """A stopped baseline: the rest of the corpus at the rate it embedded so far."""
    done = row["passages_cached"]
    if row["complete"] or done == 0:
        return row
    ingest_s = row["ingest_s"] * passages / done
    return {
        **row,
        "estimated_ingest_s": round(ingest_s),
        "estimated_total_s": round(ingest_s + serve_s),
    }


def _side(name: str, shipped: bool, budget_s: float | None, export: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"first-run-{name}-") as tmp:
        row = first_run(Path(tmp), shipped, budget_s)
        if export and row["complete"]:
            env = _env(Path(tmp), shipped=False)
            subprocess.run([*CLI, "vectors", "export"], env=env, check=True, cwd=ROOT)
    return row


def _cell(value: object) -> str:
    return "–" if value is None else str(value)


def report(rows: dict[str, dict[str, Any]]) -> str:
    """The Markdown table docs/benchmarks.md shows."""
    lines = [
        "| run | ingest s | serve s | total s (to /healthz) | fonts done s | CPU s "
        "| load before → after | passages cached |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in rows.items():
        total = _cell(r["total_s"])
        if "estimated_total_s" in r:
            total = f"stopped at {r['ingest_s']} s; estimated {r['estimated_total_s']}"
        lines.append(
            f"| {name} | {r['ingest_s']} | {_cell(r['serve_s'])} | {total} "
            f"| {_cell(r['fonts_done_s'])} | {r['cpu_s']} "
            f"| {r['load_before']} → {r['load_after']} | {r['passages_cached']} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Run the shipped-vectors side, then the baseline (bounded); print both."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", action="store_true", help="rewrite the shipped vectors")
    parser.add_argument("--only", choices=["baseline", "shipped"], help="run one of the two")
    parser.add_argument("--budget-s", type=float, default=900.0, help="baseline ingest limit")
    args = parser.parse_args()
    _, shipped_file = read_vectors(next((CORPUS / ".embeddings").glob("*.npz")))
    passages = len(shipped_file)  # the file covers every passage of the corpus as committed
    rows: dict[str, dict[str, Any]] = {}
    if args.only != "baseline":
        rows["shipped vectors"] = _side("shipped", True, None, export=False)
    if args.only != "shipped":
        baseline = _side("baseline", False, args.budget_s, args.export)
        serve_s = rows.get("shipped vectors", {}).get("serve_s") or 0.0
        rows["baseline (no shipped vectors)"] = estimate(baseline, passages, serve_s)
    print(report(rows))
    write_result("first_run", {"passages": passages, "budget_s": args.budget_s, "runs": rows})


if __name__ == "__main__":
    main()
