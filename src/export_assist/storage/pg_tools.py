"""pg_dump / pg_restore for a PostgreSQL database URL (the PostgreSQL client tools)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from export_assist.errors import ConfigurationError, ServiceUnavailable

DUMP = "database.pgdump"
_INSTALL = (
    "install the PostgreSQL client tools (Debian: apt-get install postgresql-client, the "
    "same major version as the server), or back the database up with your own tooling and "
    "run with --skip-database"
)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ConfigurationError(f"{name} was not found on PATH: {_INSTALL}.")
    return found


def _target(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the driver or the password, and the password in the env."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ServiceUnavailable(f"{Path(command[0]).name} failed: {done.stderr.strip()[:500]}")


def dump(url: str, target: Path) -> None:
    """pg_dump in the custom format (compressed, restorable table by table)."""
    libpq, env = _target(url)
    _run([_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", libpq], env)


def restore(url: str, source: Path) -> None:
    """pg_restore over the database: existing objects dropped and recreated."""
    libpq, env = _target(url)
    command = [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error"]
    _run([*command, f"--dbname={libpq}", str(source)], env)
