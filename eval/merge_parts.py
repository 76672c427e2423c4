"""Merge eval/datasets/parts/*.jsonl into the datasets the harness runs (the parts stay the source).

    python eval/merge_parts.py          # writes regulation_qa.jsonl and checklist_cases.jsonl
    python eval/merge_parts.py --check  # fails when the merged files are out of date

Each line is parsed; duplicate ids and lines without the required fields are errors
naming the part file and line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "datasets"
REQUIRED = {
    "regulation_qa": {"id", "question", "country", "gold_doc_ids", "key_facts"},
    "checklist_cases": {"id", "destination", "must_include", "must_exclude"},
}


def merge(name: str, parts: list[Path]) -> tuple[str, list[str]]:
    """The merged JSONL text of one dataset, and the problems found."""
    lines: list[str] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for part in parts:
        for number, raw in enumerate(part.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            where = f"{part.name}:{number}"
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc.msg})")
                continue
            missing = REQUIRED[name] - set(row)
            if missing:
                problems.append(f"{where}: missing {sorted(missing)}")
                continue
            if row["id"] in seen:
                problems.append(f"{where}: duplicate id {row['id']!r} (first in {seen[row['id']]})")
                continue
            seen[row["id"]] = where
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n", problems


def main() -> int:
    """Merge every dataset; with --check, only compare."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    status = 0
    for name in REQUIRED:
        parts = sorted((ROOT / "parts").glob(f"{name}.*.jsonl"))
        text, problems = merge(name, parts)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
            status = 1
        target = ROOT / f"{name}.jsonl"
        count = text.count("\n") if text.strip() else 0
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target} is out of date: run python eval/merge_parts.py", file=sys.stderr)
                status = 1
            continue
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT.parent.parent)}: {count} rows from {len(parts)} part(s)")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
