"""A throwaway PostgreSQL server for tests: Debian's `postgresql` binaries, a cluster in a
temporary folder (in memory where /dev/shm has room) reached over a Unix socket only (no
TCP port), removed at the end.
``EXPORT_ASSIST_TEST_POSTGRES_URL`` points the tests at an existing server instead.
Without binaries or the psycopg driver the tests skip and say why."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

URL_ENV = "EXPORT_ASSIST_TEST_POSTGRES_URL"


def _bin_dir() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _scratch_root() -> str | None:
    """RAM-backed scratch space (/dev/shm) when it has room, else the temp dir: a throwaway
    cluster needs no disk, and removing dozens of test databases from a busy disk took
    up to 50 s (the kernel waits for their pages to be written first)."""
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and shutil.disk_usage(shm).free > 2 * 1024**3:
            return str(shm)
    except OSError:
        pass
    return None


def _run(args: list[str], as_postgres: bool) -> None:
    # initdb refuses to run as root: a root CI runs the server as Debian's postgres user.
    prefix = ["runuser", "-u", "postgres", "--"] if as_postgres else []
    subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)


@contextmanager
def postgres_server() -> Iterator[str]:
    """A SQLAlchemy URL of a fresh PostgreSQL server (the maintenance database)."""
    if os.environ.get(URL_ENV):
        yield os.environ[URL_ENV]
        return
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[dev]')")
    bins = _bin_dir()
    if bins is None:
        pytest.skip("PostgreSQL binaries not found (Debian: apt-get install postgresql)")
    root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="export-assist-pg-", dir=_scratch_root()))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if root:
        for path in (base, sock):
            shutil.chown(path, user="postgres")
    pg_ctl = [str(bins / "pg_ctl"), "-D", str(data)]
    try:
        _run(
            [
                str(bins / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            root,
        )
        options = f"-k {sock} -c listen_addresses= -c fsync=off -c full_page_writes=off"
        _run([*pg_ctl, "-w", "-t", "60", "-l", str(base / "log"), "-o", options, "start"], root)
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}"
    finally:
        if (data / "postmaster.pid").exists():
            _run([*pg_ctl, "-m", "immediate", "stop"], root)
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """Create an empty database on the server; its SQLAlchemy URL."""
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
