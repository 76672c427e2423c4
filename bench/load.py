"""Load: a real `export-assist serve` on loopback, driven by asyncio httpx clients.

    python -m bench.load                          # 1, 4 and 8 clients, cold and warm (~2 min)
    python -m bench.load --levels 1,4,8 --seconds 2
    python -m bench.load --levels "" --soak 600   # memory over 10 minutes of mixed load

The data dir (bench/.data/load) is made once: the corpus ingested, then one request of
every variant, so its persistent embedding cache holds what a server's that has run
before holds. For each level a server is started afresh on it. **Cold**: as soon as
/healthz answers, each of the c clients sends one chat at once, then one search, one
checklist and one shortlist (the first requests of a restarted process: models load,
indexes build, in-memory caches are empty; a burst of c cold chats must give no error).
**Warm**: then each kind runs for `--seconds` with c clients in a closed loop
(throughput, p50/p95). Baseline in the same run: GET /healthz at the same concurrency
(the HTTP stack alone). Memory: the server's resident set (from /proc) after start, after
the cold burst and after each warm phase; `--soak S` runs S seconds of mixed load on a
fresh server with 4 clients, RSS sampled every 10 s. Writes bench/results/load.json and
prints the Markdown tables of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

import httpx

from bench.common import BENCH_DATA, ROOT, write_result
from bench.load_requests import KINDS, VARIANTS, Send, request_for
from export_assist.evaluation.metrics import percentile

CLI = [sys.executable, "-m", "export_assist.cli.main"]


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPORT_ASSIST_")}
    env.update(
        EXPORT_ASSIST_DATA_DIR=str(data_dir),
        EXPORT_ASSIST_CORPUS_DIR=str(ROOT / "regulations"),
        EXPORT_ASSIST_AUTH__DEMO_KEYS="off",
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
    )
    return env


def prepare(data_dir: Path) -> str:
    """Make an exporter key for this run; the first time, ingest the corpus and prime the
    data dir (one request of every variant, so its embedding cache holds what the data dir
    of a server that has run before holds: cold then means a restart, not a first run)."""
    env = _env(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    fresh = not (data_dir / "primed").exists()
    if fresh:
        subprocess.run([*CLI, "ingest", "--no-progress"], env=env, cwd=data_dir, check=True)
    made = subprocess.run(
        [*CLI, "keys", "create", "--role", "exporter", "--tenant", "bench", "--subject", "load"],
        env=env, cwd=data_dir, check=True, capture_output=True, text=True,
    )  # fmt: skip
    key = made.stdout.strip().splitlines()[-1]
    if fresh:
        asyncio.run(_prime(data_dir, key))
        (data_dir / "primed").write_text("1")
    return key


async def _prime(data_dir: Path, key: str) -> None:
    port = _free_port()
    with server(data_dir, port):
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            for kind in KINDS:
                for n in range(len(VARIANTS)):
                    await request_for(kind, key)(client, n)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mib(pid: int) -> float:
    """Resident set size of a process, MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmRSS")


@contextmanager
def server(data_dir: Path, port: int) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """A fresh server; yields the process and the seconds until /healthz answered."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(data_dir), cwd=data_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            if proc.poll() is not None or time.perf_counter() - started > 180:
                raise RuntimeError("the server did not start")
        yield proc, round(time.perf_counter() - started, 1)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class Cell:
    """Latencies and errors of one (kind, clients, phase)."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self.errors: list[str] = []

    async def timed(self, send: Send, client: httpx.AsyncClient, n: int) -> None:
        """Send one request and record its latency (or its error)."""
        started = time.perf_counter()
        try:
            await send(client, n)
        except Exception as exc:  # any failure is a result of the run, not a crash of it
            self.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            return
        self.ms.append((time.perf_counter() - started) * 1000)

    def summary(self, seconds: float | None = None) -> dict[str, Any]:
        """Count, errors, p50/p95 (ms) and, for a timed phase, requests per second."""
        out: dict[str, Any] = {"n": len(self.ms), "errors": len(self.errors)}
        if self.ms:
            out["p50_ms"] = round(percentile(self.ms, 50), 1)
            out["p95_ms"] = round(percentile(self.ms, 95), 1)
        if seconds:
            out["rps"] = round(len(self.ms) / seconds, 2)
        if self.errors:
            out["first_error"] = self.errors[0]
        return out


async def burst(send: Send, clients: int, base: str) -> dict[str, Any]:
    """`clients` requests of one kind at the same moment."""
    cell = Cell()
    async with httpx.AsyncClient(base_url=base, timeout=180) as client:
        await asyncio.gather(*(cell.timed(send, client, n) for n in range(clients)))
    return cell.summary()


async def closed_loop(send: Send, clients: int, seconds: float, base: str) -> dict[str, Any]:
    """`clients` clients, each sending its next request as soon as the last one answered."""
    cell, numbers = Cell(), count()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=180, limits=limits) as client:
        started = time.perf_counter()
        deadline = started + seconds

        async def one_client() -> None:
            while time.perf_counter() < deadline:
                await cell.timed(send, client, next(numbers))

        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return cell.summary(elapsed)


async def level(data_dir: Path, key: str, clients: int, seconds: float) -> dict[str, Any]:
    """Cold burst, then the warm phases, at one concurrency level on a fresh server."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with server(data_dir, port) as (proc, start_s):
        rss = {"started": rss_mib(proc.pid)}
        cold = {kind: await burst(request_for(kind, key), clients, base) for kind in KINDS}
        rss["after_cold"] = rss_mib(proc.pid)
        warm = {}
        for kind in ("healthz", *KINDS):
            warm[kind] = await closed_loop(request_for(kind, key), clients, seconds, base)
            rss[f"after_{kind}"] = rss_mib(proc.pid)
    return {"clients": clients, "start_s": start_s, "cold": cold, "warm": warm, "rss_mib": rss}


async def soak(data_dir: Path, key: str, seconds: float, clients: int = 4) -> dict[str, Any]:
    """Mixed load for `seconds` on one fresh server; RSS sampled every 10 s."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    mixed = [request_for(kind, key) for kind in KINDS]

    async def send(client: httpx.AsyncClient, n: int) -> None:
        await mixed[n % len(mixed)](client, n)

    samples: list[tuple[float, float]] = []
    served = errors = 0
    with server(data_dir, port) as (proc, _):
        started = time.perf_counter()
        await burst(send, len(mixed), base)  # warm every kind once
        samples.append((0.0, rss_mib(proc.pid)))
        while (elapsed := time.perf_counter() - started) < seconds:
            cell = await closed_loop(send, clients, min(10, seconds - elapsed), base)
            served, errors = served + cell["n"], errors + cell["errors"]
            samples.append((round(time.perf_counter() - started, 1), rss_mib(proc.pid)))
    return {
        "clients": clients,
        "seconds": seconds,
        "requests": served,
        "errors": errors,
        "rss_samples": samples,
    }


def _row(kind: str, clients: int, cold: dict[str, Any], warm: dict[str, Any]) -> str:
    def ms(cell: dict[str, Any]) -> str:
        return f"{cell.get('p50_ms', '–')} / {cell.get('p95_ms', '–')}"

    errors = cold.get("errors", 0) + warm["errors"]
    return (
        f"| {kind} | {clients} | {ms(cold) if cold else '–'} | {warm['rps']} | {ms(warm)} "
        f"| {errors} |"
    )


def table(levels: list[dict[str, Any]]) -> str:
    """The Markdown tables: latency and throughput per kind and level, then memory."""
    lines = [
        "| request | clients | cold p50 / p95 ms | warm req/s | warm p50 / p95 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    for kind in ("healthz", *KINDS):
        for run in levels:
            lines.append(_row(kind, run["clients"], run["cold"].get(kind, {}), run["warm"][kind]))
    lines += [
        "",
        "| clients | start s | RSS after start MiB | after cold | at end |",
        "|---|---|---|---|---|",
    ]
    for run in levels:
        rss = run["rss_mib"]
        lines.append(
            f"| {run['clients']} | {run['start_s']} | {rss['started']} | {rss['after_cold']} "
            f"| {rss[f'after_{KINDS[-1]}']} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Run the levels (and the soak), write bench/results/load.json, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--levels", default="1,4,8", help="client counts, comma-separated")
    parser.add_argument("--seconds", type=float, default=2.0, help="each warm phase")
    parser.add_argument("--soak", type=float, default=0.0, help="seconds of mixed load")
    args = parser.parse_args()
    data_dir = BENCH_DATA / "load"
    key = prepare(data_dir)
    started = time.perf_counter()
    counts = [int(c) for c in args.levels.split(",") if c.strip()]  # "" runs the soak only
    levels = [asyncio.run(level(data_dir, key, c, args.seconds)) for c in counts]
    result: dict[str, Any] = {"seconds_per_phase": args.seconds, "levels": levels}
    result["command"] = " ".join(["python", "-m", "bench.load", *sys.argv[1:]])
    if args.soak:
        result["soak"] = asyncio.run(soak(data_dir, key, args.soak))
    result["wall_s"] = round(time.perf_counter() - started, 1)
    result["load_average"] = os.getloadavg()
    path = write_result("load" if levels else "load_soak", result)
    if levels:
        print(table(levels))
    if args.soak:
        soaked = result["soak"]
        print(f"\nsoak: {soaked['requests']} requests, {soaked['errors']} errors")
        print("RSS during the soak (s, MiB):", soaked["rss_samples"])
    print(f"\n{result['wall_s']} s; load average {result['load_average']}; wrote {path}")


if __name__ == "__main__":
    main()
