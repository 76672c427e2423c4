"""Real `export-assist` processes for tests: API workers (`serve` on a free loopback
port) and one-off commands (`ingest`), all configured by environment variables only, as
an operator would run them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import REPO_ROOT
from tests.support.live_server import free_port

CLI = "from export_assist.cli import app; app()"


def cli_env(data_dir: Path, **settings: str) -> dict[str, str]:
    """The environment of an export-assist process: its data dir plus EXPORT_ASSIST_ settings
    given as keyword arguments (`database__url=...` -> EXPORT_ASSIST_DATABASE__URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPORT_ASSIST_")}
    env.update(
        PYTHONPATH=str(REPO_ROOT / "src"),
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        EXPORT_ASSIST_DATA_DIR=str(data_dir),
    )
    env.update({f"EXPORT_ASSIST_{k.upper()}": v for k, v in settings.items()})
    return env


def run_cli(env: dict[str, str], *args: str, timeout_s: float = 180) -> str:
    """Run one command to its end; its output (fails the test with the output if it fails)."""
    done = subprocess.run(
        [sys.executable, "-c", CLI, *args],
        env=env,
        cwd=env["EXPORT_ASSIST_DATA_DIR"],
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )
    assert done.returncode == 0, f"export-assist {' '.join(args)}: {done.stdout}\n{done.stderr}"
    return done.stdout


@contextmanager
def api_workers(envs: list[dict[str, str]], start_timeout_s: float = 240) -> Iterator[list[str]]:
    """One `export-assist serve` per environment, started together; yields their base URLs."""
    procs: list[tuple[subprocess.Popen[bytes], str, Path]] = []
    try:
        for env in envs:
            Path(env["EXPORT_ASSIST_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
            log = Path(env["EXPORT_ASSIST_DATA_DIR"]) / "serve.log"
            port = free_port()
            proc = subprocess.Popen(
                [
                    *(sys.executable, "-c", CLI, "serve", "--host", "127.0.0.1"),
                    *("--port", str(port), "--no-warm-up"),  # tests time their own first calls
                ],
                env=env,
                cwd=env["EXPORT_ASSIST_DATA_DIR"],
                stdout=log.open("wb"),
                stderr=subprocess.STDOUT,
            )
            procs.append((proc, f"http://127.0.0.1:{port}", log))
        deadline = time.monotonic() + start_timeout_s
        for proc, url, log in procs:
            _wait_ready(proc, url, log, deadline)
        yield [url for _, url, _ in procs]
    finally:
        for proc, _, _ in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc, _, _ in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def _wait_ready(proc: subprocess.Popen[bytes], url: str, log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
        if proc.poll() is not None:
            raise AssertionError(f"worker {url} exited during start-up:\n{log.read_text()[-3000:]}")
    raise AssertionError(
        f"worker {url} did not answer /healthz in time:\n{log.read_text()[-3000:]}"
    )
