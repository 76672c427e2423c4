"""The QA v2 files the schema tests read: one row loader for every writer's checks."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QA = ROOT / "eval" / "datasets" / "qa_v2"


def rows(name: str) -> list[dict]:
    """The file's JSON lines; it must exist, hold rows and no blank line."""
    lines = (QA / name).read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines), f"{name} is empty or has blank lines"
    return [json.loads(line) for line in lines]


def present(names: Iterable[str]) -> list[str]:
    """Those of the named files that exist (a writer may land them one at a time)."""
    return [name for name in sorted(names) if (QA / name).is_file()]
