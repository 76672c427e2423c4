"""SIGTERM on a real `export-assist serve`: requests in flight are answered (drained),
a client that never finishes its request cannot hold the server, and the process is
gone within 10 s."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO_ROOT
from tests.support.live_server import free_port

SERVE = "from export_assist.cli import app; app()"


def _start(tmp_path: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT / "src"),
        "EXPORT_ASSIST_DATA_DIR": str(tmp_path / "data"),
        "EXPORT_ASSIST_MATCHING__SEED_SAMPLE_DIRECTORY": "false",
        "EXPORT_ASSIST_AUTH__DEMO_KEYS": "off",
        "ANONYMIZED_TELEMETRY": "False",
    }
    proc = subprocess.Popen(
        [
            *(sys.executable, "-c", SERVE, "serve", "--host", "127.0.0.1", "--port", str(port)),
            "--no-warm-up",  # the request under test is the only work in the process
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        assert proc.poll() is None, "the server exited during start-up"
    proc.kill()
    raise AssertionError("the server did not start")


def _half_sent(port: int, body: bytes) -> socket.socket:
    """A request whose body is announced but only partly sent."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=15)
    head = (
        "POST /v1/regulations/search HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    sock.sendall(head.encode() + body[:5])
    return sock


@pytest.mark.slow
def test_sigterm_drains_and_stops_within_10_s(tmp_path: Path) -> None:
    port = free_port()
    proc = _start(tmp_path, port)
    body = b'{"query": "", "top_k": 3}'
    draining = _half_sent(port, body)  # finishes after SIGTERM: must get its answer
    stuck = _half_sent(port, body)  # never finishes: must not hold the server
    time.sleep(0.3)
    signalled = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    draining.sendall(body[5:])
    reply = draining.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 "), reply  # answered, though the server is stopping
    assert int(reply.split()[1]) < 500
    with pytest.raises(ConnectionRefusedError):  # no new connections while draining
        socket.create_connection(("127.0.0.1", port), timeout=2)
    try:
        proc.wait(timeout=10 - (time.monotonic() - signalled))
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("the server was still running 10 s after SIGTERM") from None
    finally:
        draining.close()
        stuck.close()
    assert time.monotonic() - signalled < 10
