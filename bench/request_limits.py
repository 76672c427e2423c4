"""An anonymous 150 MB body against `export-assist serve`: how long until the server
answers, how much body it took, and how much its memory grew.

    python -m bench.request_limits [SRC_DIR ...]

Each SRC_DIR is a `src/` folder to serve (default: this checkout's); pass an older
checkout's first for a same-run baseline. Loopback only; each server is stopped after.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT

MB = 1024 * 1024
SIZE = 150 * MB


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def _serve(src: str, port: int) -> subprocess.Popen[bytes]:
    data = tempfile.mkdtemp()
    env = {
        **os.environ, "PYTHONPATH": src, "EXPORT_ASSIST_DATA_DIR": data,
        "EXPORT_ASSIST_MATCHING__SEED_SAMPLE_DIRECTORY": "false",
        "EXPORT_ASSIST_AUTH__DEMO_KEYS": "off", "ANONYMIZED_TELEMETRY": "False",
    }  # fmt: skip
    serve = "from export_assist.cli import app; app()"
    proc = subprocess.Popen(
        [sys.executable, "-c", serve, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            time.sleep(1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"the server from {src} did not start")


def _send(port: int) -> tuple[str, float, int]:
    """Stream the body until the server answers; (status, seconds, bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port))
    head = (
        "POST /v1/drafts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {SIZE}\r\n\r\n"
    )
    started = time.monotonic()
    sock.sendall(head.encode())
    sock.setblocking(False)
    chunk, sent, reply = b"[" + b" " * (MB - 1), 0, b""
    while sent < SIZE and not reply:
        with contextlib.suppress(BlockingIOError):
            sent += sock.send(chunk[: SIZE - sent])
        with contextlib.suppress(BlockingIOError):
            reply += sock.recv(4096)
    sock.setblocking(True)
    sock.settimeout(120)
    while not reply:
        reply += sock.recv(4096)
    took = time.monotonic() - started
    sock.close()
    return reply.split(b" ")[1].decode(), took, sent


def main() -> None:
    """Measure each source folder in turn."""
    sources = sys.argv[1:] or [str(ROOT / "src")]
    print("| server | status | first byte (s) | body sent (MB) | RSS growth (MB) |")
    print("|---|---|---|---|---|")
    for number, src in enumerate(sources):
        proc = _serve(src, 18900 + number)
        before = _rss_mb(proc.pid)
        status, took, sent = _send(18900 + number)
        time.sleep(0.5)
        grown = _rss_mb(proc.pid) - before
        proc.terminate()
        proc.wait(timeout=15)
        print(f"| {src} | {status} | {took:.2f} | {sent / MB:.0f} | {grown:.0f} |")


if __name__ == "__main__":
    main()
