"""Buyer import vs a live server (issue 14, defect 4): /healthz latency while a CSV
imports, as a background job (now) and, in the same run, the way it was (the whole
import inside an async endpoint, on the event loop). A real uvicorn server on loopback,
real HTTP. Also: an upload over the byte limit is refused while it streams."""

from __future__ import annotations

import argparse
import resource
import shutil
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request

from bench.common import bench_settings, write_result
from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.evaluation.metrics import percentile
from export_assist.matching.io import import_buyers


def make_csv(rows: int) -> bytes:
    """A buyer CSV of about 95 bytes a row."""
    lines = ["name,country,city,product_codes,interests"]
    lines += [
        f"Bench Buyer {i:07d} Trading Co,US,Seattle,0902,green tea {i % 50}" for i in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def add_blocking_route(app: FastAPI, container: Container) -> None:
    """The pre-fix pattern, for the baseline: synchronous import work in an async route."""

    @app.post("/bench/blocking-import")
    async def blocking(request: Request) -> dict[str, Any]:
        data = await request.body()
        return import_buyers(container.buyer_directory, data, "csv", owner="blocking").model_dump()


def serve(app: FastAPI) -> tuple[uvicorn.Server, str]:
    """Run the app on a free loopback port in a thread."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(base + "/healthz", timeout=1)
            return server, base
        except httpx.HTTPError:
            time.sleep(0.05)
    raise SystemExit("the server did not start")


def probe(base: str, running: Callable[[], bool]) -> list[float]:
    """/healthz latencies (ms) every 20 ms while running() is true."""
    out: list[float] = []
    with httpx.Client(base_url=base, timeout=120) as client:
        while running():
            t0 = time.perf_counter()
            client.get("/healthz")
            out.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.02)
    return out


def timed(base: str, work: Callable[[], None]) -> dict[str, float]:
    """Run work while probing /healthz; latency figures and the work's seconds."""
    done = threading.Event()
    latencies: list[float] = []
    prober = threading.Thread(
        target=lambda: latencies.extend(probe(base, lambda: not done.is_set()))
    )
    prober.start()
    t0 = time.perf_counter()
    work()
    took = time.perf_counter() - t0
    done.set()
    prober.join()
    return {
        "import_s": round(took, 2),
        "healthz_n": len(latencies),
        "healthz_p50_ms": round(percentile(latencies, 50), 1),
        "healthz_p95_ms": round(percentile(latencies, 95), 1),
        "healthz_max_ms": round(max(latencies), 1),
    }


def run_job(base: str, headers: dict[str, str], data: bytes) -> None:
    """Upload as a background job and poll it to the end."""
    with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
        job = client.post("/v1/buyers/import", files={"file": ("b.csv", data)}).json()
        while job["status"] in ("queued", "running"):
            time.sleep(0.1)
            job = client.get(f"/v1/buyers/imports/{job['id']}").json()
        assert job["status"] == "done", job


def run_blocking(base: str, data: bytes) -> None:
    """The baseline: the same file imported inside an async route."""
    httpx.post(base + "/bench/blocking-import", content=data, timeout=300).raise_for_status()


def main() -> None:
    """Idle /healthz, then the job and the blocking baseline, then an oversized upload."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    settings = bench_settings("buyer_import")
    shutil.rmtree(settings.data_dir, ignore_errors=True)
    settings.matching.seed_sample_directory = False
    settings.auth.demo_keys = "off"
    container = Container(settings)
    app = create_app(container=container)
    add_blocking_route(app, container)
    server, base = serve(app)
    headers = {"X-API-Key": container.keys.create("advisor", "bench", "b").key}
    data = make_csv(args.rows)
    calls = iter(range(51))
    idle = probe(base, lambda: next(calls) < 50)
    job = timed(base, lambda: run_job(base, headers, data))
    blocking = timed(base, lambda: run_blocking(base, data))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    limit = settings.matching.imports.max_bytes
    t0 = time.perf_counter()
    big = httpx.post(
        base + "/v1/buyers/import?filename=big.csv",
        content=iter([b"x" * 1024 * 1024] * 50),  # 50 MB, chunked: no Content-Length to trust
        headers=headers,
        timeout=120,
    )
    refused = {
        "status": big.status_code,
        "seconds": round(time.perf_counter() - t0, 2),
        "peak_rss_growth_mb": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss_before, 1
        ),
        "limit_mb": limit / (1024 * 1024),
    }
    server.should_exit = True
    payload = {
        "rows": args.rows,
        "csv_mb": round(len(data) / 1e6, 2),
        "idle_healthz_p50_ms": round(percentile(idle, 50), 1),
        "idle_healthz_max_ms": round(max(idle), 1),
        "background_job": job,
        "baseline_import_in_event_loop": blocking,
        "upload_50mb_over_limit": refused,
    }
    print(write_result("buyer_import", payload).read_text())
    container.close()


if __name__ == "__main__":
    main()
