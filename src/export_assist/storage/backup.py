"""Backup and restore of everything that is state: the SQL database and the data dir
(Chroma's files, the embedding cache, rendered documents, secrets, imported tables).

SQLite files are copied with SQLite's online backup API (a consistent copy while the
server runs; -wal/-shm files are not needed). A PostgreSQL database is dumped with
`pg_dump -Fc` and restored with `pg_restore` (the PostgreSQL client tools must be on
PATH). Every file's SHA-256 is in `manifest.json` and checked before a restore starts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from export_assist.errors import Conflict, InvalidInput
from export_assist.storage import pg_tools

MANIFEST = "manifest.json"
FORMAT = 1
DATA = "data"  # the data dir's copy inside a backup
SQLITE_DB = "database.sqlite"  # a SQLite database that lives outside the data dir
# Not state: downloaded model weights (re-assembled by `models`), SQLite side files.
SKIP_DIRS = {"models"}
SKIP_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass
class BackupReport:
    """What a backup or restore did."""

    path: Path
    files: int = 0
    bytes: int = 0
    database: str = ""
    skipped: list[str] = field(default_factory=list)
    moved_aside: list[Path] = field(default_factory=list)


def is_sqlite(path: Path) -> bool:
    """Whether a file is a SQLite database (by its header)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        src.close()
        dst.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database).resolve()


def _copy_data_dir(data_dir: Path, target: Path, report: BackupReport) -> None:
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(data_dir)
        if rel.parts[0] in SKIP_DIRS or path.name.endswith(SKIP_SUFFIXES):
            if rel.parts[0] in SKIP_DIRS and str(rel.parts[0]) not in report.skipped:
                report.skipped.append(rel.parts[0])
            continue
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        if is_sqlite(path):
            sqlite_copy(path, out)
        else:
            shutil.copy2(path, out)


def backup(data_dir: Path, database_url: str, dest: Path, *, database: bool = True) -> BackupReport:
    """Copy the data dir and the database into dest (a new or empty folder)."""
    if dest.exists() and any(dest.iterdir()):
        raise Conflict(f"{dest} is not empty: back up into a new folder.")
    if dest.resolve().is_relative_to(data_dir.resolve()):
        raise InvalidInput(f"{dest} is inside the data dir {data_dir}: choose a folder outside it.")
    dest.mkdir(parents=True, exist_ok=True)
    dest.chmod(0o700)  # it holds the signing secrets and every tenant's data
    report = BackupReport(path=dest)
    if data_dir.exists():
        _copy_data_dir(data_dir, dest / DATA, report)
    sqlite_db = _sqlite_path(database_url)
    if not database:
        report.database = "not included (--skip-database)"
    elif sqlite_db is None:
        pg_tools.dump(database_url, dest / pg_tools.DUMP)
        report.database = f"PostgreSQL (pg_dump -Fc → {pg_tools.DUMP})"
    elif sqlite_db.is_relative_to(data_dir.resolve()):
        report.database = f"SQLite (in the data dir: {sqlite_db.relative_to(data_dir.resolve())})"
    else:
        sqlite_copy(sqlite_db, dest / SQLITE_DB)
        report.database = f"SQLite ({sqlite_db} → {SQLITE_DB})"
    _write_manifest(dest, report)
    return report


def _write_manifest(dest: Path, report: BackupReport) -> None:
    files: dict[str, dict[str, str | int]] = {}
    for path in sorted(p for p in dest.rglob("*") if p.is_file() and p.name != MANIFEST):
        files[path.relative_to(dest).as_posix()] = {
            "sha256": _sha256(path),
            "bytes": path.stat().st_size,
        }
    report.files = len(files)
    report.bytes = sum(int(f["bytes"]) for f in files.values())
    manifest = {
        "format": FORMAT,
        "made_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": report.database,
        "skipped": report.skipped,
        "files": files,
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))


def read_manifest(src: Path) -> dict[str, dict[str, object]]:
    """The files of a backup, each checked against its SHA-256 (InvalidInput otherwise)."""
    path = src / MANIFEST
    if not path.is_file():
        raise InvalidInput(f"{src} is not an export-assist backup (no {MANIFEST}).")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise InvalidInput(f"{src}: backup format {manifest.get('format')!r} is not {FORMAT}.")
    files: dict[str, dict[str, object]] = manifest["files"]
    for name, meta in files.items():
        file = src / name
        if not file.is_file() or _sha256(file) != meta["sha256"]:
            raise InvalidInput(f"{src}: {name} is missing or damaged (SHA-256 differs).")
    return files


def _aside(path: Path, stamp: str, report: BackupReport) -> None:
    """Keep what was there: renamed, never deleted."""
    if path.exists():
        moved = path.with_name(f"{path.name}.before-restore-{stamp}")
        path.rename(moved)
        report.moved_aside.append(moved)


def restore(data_dir: Path, database_url: str, src: Path) -> BackupReport:
    """Put a backup back: the current data dir (and SQLite file) are moved aside first."""
    files = read_manifest(src)
    report = BackupReport(path=src, files=len(files))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    sqlite_db = _sqlite_path(database_url)
    if (src / pg_tools.DUMP).exists() and sqlite_db is not None:
        raise InvalidInput("This backup holds a PostgreSQL dump; set database.url to PostgreSQL.")
    _aside(data_dir, stamp, report)
    if (src / DATA).exists():
        shutil.copytree(src / DATA, data_dir)
    else:
        data_dir.mkdir(parents=True)
    if (src / SQLITE_DB).exists() and sqlite_db is not None:
        _aside(sqlite_db, stamp, report)
        shutil.copy2(src / SQLITE_DB, sqlite_db)
        report.database = f"SQLite → {sqlite_db}"
    elif (src / pg_tools.DUMP).exists():
        pg_tools.restore(database_url, src / pg_tools.DUMP)
        report.database = "PostgreSQL (pg_restore --clean)"
    else:
        report.database = "SQLite (in the data dir)" if sqlite_db else "not in this backup"
    report.bytes = sum(int(str(meta["bytes"])) for meta in files.values())
    return report
