"""First run: `make run` after the install step on a fresh machine, i.e. ingest the
corpus into an empty data dir, then serve until /healthz answers. Measured twice in one
process: without the shipped corpus vectors (the baseline: everything is embedded) and
with them (only what the file does not cover is embedded).

    python -m bench.first_run            # both; writes bench/results/first_run.json
    python -m bench.first_run --export   # also (re)writes the shipped vectors from the
                                         # baseline's cache (what `make vectors` does)
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import ROOT, write_result

CLI = [sys.executable, "-m", "export_assist.cli.main"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path, shipped: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        EXPORT_ASSIST_DATA_DIR=str(data_dir),
        EXPORT_ASSIST_CORPUS_DIR=str(ROOT / "regulations"),
        EXPORT_ASSIST_EMBEDDINGS__SHIPPED_VECTORS=str(shipped).lower(),
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
    )
    return env


def first_run(shipped: bool, keep: Path | None = None) -> dict[str, float]:
    """Seconds for ingest, for serve until /healthz answers, and in total."""
    data_dir = keep or Path(tempfile.mkdtemp(prefix="first-run-"))
    env = _env(data_dir, shipped)
    started = time.perf_counter()
    subprocess.run([*CLI, "ingest", "--no-progress"], env=env, check=True, cwd=ROOT)
    ingested = time.perf_counter()
    port = _free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT
    )
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise SystemExit("the server exited before answering /healthz")
            time.sleep(0.2)
        served = time.perf_counter()
    finally:
        server.terminate()
        server.wait(timeout=30)
    if keep is None:
        shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "ingest_s": round(ingested - started, 1),
        "serve_s": round(served - ingested, 1),
        "total_s": round(served - started, 1),
    }


def main() -> None:
    """Run the baseline and the shipped-vectors first run; print both."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", action="store_true", help="rewrite the shipped vectors")
    parser.add_argument("--only", choices=["baseline", "shipped"], help="run one of the two")
    args = parser.parse_args()
    rows: dict[str, dict[str, float]] = {}
    if args.only != "shipped":
        with tempfile.TemporaryDirectory(prefix="first-run-baseline-") as keep:
            rows["baseline (no shipped vectors)"] = first_run(shipped=False, keep=Path(keep))
            if args.export:
                env = _env(Path(keep), shipped=False)
                subprocess.run([*CLI, "vectors", "export"], env=env, check=True, cwd=ROOT)
    if args.only != "baseline":
        rows["shipped vectors"] = first_run(shipped=True)
    print("| run | ingest s | serve s | total s |\n|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {row['ingest_s']} | {row['serve_s']} | {row['total_s']} |")
    write_result("first_run", rows)


if __name__ == "__main__":
    main()
