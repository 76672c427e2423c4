"""The download-link secret when several workers share one data dir and start together:
every one of them ends up signing with the one secret in the file."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

from export_assist.documents.links import DownloadLinks, load_or_create_secret

WORKERS = 8


def test_workers_starting_together_share_one_secret(tmp_path: Path) -> None:
    path = tmp_path / "data" / "download_secret"
    barrier = threading.Barrier(WORKERS)
    got: list[bytes] = []

    def start() -> None:
        barrier.wait()
        got.append(load_or_create_secret(path))

    threads = [threading.Thread(target=start) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(got) == WORKERS and set(got) == {path.read_bytes()}
    assert len(got[0]) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["download_secret"]  # nothing left aside
    # a link signed by one worker is accepted by another
    url = DownloadLinks(got[0]).url("set1", "invoice.pdf", now=0)
    query = dict(part.split("=") for part in url.split("?")[1].split("&"))
    DownloadLinks(got[-1]).check("set1", "invoice.pdf", int(query["expires"]), query["sig"], now=1)


def test_an_existing_secret_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "download_secret"
    first = load_or_create_secret(path)
    assert load_or_create_secret(path) == first
