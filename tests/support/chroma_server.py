"""A throwaway Chroma server for tests: `chroma run` from the installed chromadb, on a
free loopback port, its data in a given folder, stopped at the end. Skips with the
reason where the `chroma` command is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.support.live_server import free_port


def chroma_command() -> str:
    """The `chroma` executable beside this Python, or skip."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(chroma).exists():
        pytest.skip("the `chroma` command (from the chromadb package) is not installed")
    return chroma


@contextmanager
def chroma_server(path: Path, start_timeout_s: float = 60) -> Iterator[int]:
    """Serve a Chroma database in `path` until the block ends; yields the port."""
    port = free_port()
    args = [chroma_command(), "run", "--path", str(path), "--host", "127.0.0.1"]
    proc = subprocess.Popen(
        [*args, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + start_timeout_s
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
            if proc.poll() is not None:
                pytest.fail(f"chroma server exited during start-up (code {proc.returncode})")
        else:
            pytest.fail(f"chroma server did not start within {start_timeout_s:.0f} s")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
