"""Restricted-party list loaders: OpenSanctions FollowTheMoney JSON (entity files and
delta files) and a simple CSV format for lists such as Japan's End User List."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from export_assist.errors import InvalidInput
from export_assist.settings import SCREENING_TOPICS

PARTY_SCHEMAS = frozenset(
    {"Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"}
)
DEFAULT_TOPICS = SCREENING_TOPICS
CSV_COLUMNS = ("id", "name", "aliases", "country", "topics", "reason", "source_url")


@dataclass
class ListEntry:
    """One restricted party: every name it is known by, where, and why."""

    entry_id: str
    list_name: str
    names: list[str]
    weak_names: list[str] = field(default_factory=list)
    schema: str = "LegalEntity"
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    reason: str = ""
    source_url: str | None = None
    fictitious: bool = False


def _entity_entry(entity: dict[str, object], list_name: str) -> ListEntry | None:
    props = entity.get("properties") or {}
    if not isinstance(props, dict) or entity.get("schema") not in PARTY_SCHEMAS:
        return None
    names = [*props.get("name", []), *props.get("alias", []), *props.get("previousName", [])]
    if not names:
        return None
    countries = {
        c.upper() for key in ("country", "jurisdiction", "nationality") for c in props.get(key, [])
    }
    notes = [*props.get("program", []), *props.get("notes", [])]
    urls = props.get("sourceUrl", [])
    return ListEntry(
        entry_id=str(entity.get("id")),
        list_name=list_name,
        names=list(dict.fromkeys(str(n) for n in names)),
        weak_names=[str(n) for n in props.get("weakAlias", [])],
        schema=str(entity.get("schema")),
        countries=sorted(countries),
        topics=list(props.get("topics", [])),
        reason="; ".join(str(n) for n in notes[:2])[:300],
        source_url=str(urls[0]) if urls else None,
    )


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{path}:{number}: not a JSON line ({exc.msg})") from exc
            if not isinstance(value, dict):
                raise InvalidInput(f"{path}:{number}: expected a JSON object")
            yield number, value


def load_ftm(
    paths: Iterable[Path], list_name: str, topics: Iterable[str] = DEFAULT_TOPICS
) -> list[ListEntry]:
    """Entities from FtM JSON lines; delta files (op ADD/MOD/DEL) are applied in order."""
    wanted = set(topics)
    entities: dict[str, dict[str, object]] = {}
    for path in paths:
        for number, record in _json_lines(path):
            op = record.get("op")
            entity = record.get("entity", record) if op else record
            if not isinstance(entity, dict) or "id" not in entity:
                raise InvalidInput(f"{path}:{number}: an FtM record needs an 'id'")
            if op == "DEL":
                entities.pop(str(entity["id"]), None)
            else:
                entities[str(entity["id"])] = entity
    entries = []
    for entity in entities.values():
        entry = _entity_entry(entity, list_name)
        if entry and (not wanted or wanted.intersection(entry.topics)):
            entries.append(entry)
    return entries


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    sep = "|" if "|" in value else ";"
    return [v.strip() for v in value.split(sep) if v.strip()]


def load_csv(path: Path, list_name: str | None = None) -> list[ListEntry]:
    """A CSV list: id,name,aliases,country,topics,reason,source_url (only name is required)."""
    name = list_name or path.stem
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise InvalidInput(
            f"{path}: a screening CSV needs a 'name' column; columns: {', '.join(CSV_COLUMNS)}"
        )
    entries = []
    for number, row in enumerate(reader, start=2):
        if not (row.get("name") or "").strip():
            raise InvalidInput(f"{path}: data row {number - 1}: the name is empty")
        entries.append(
            ListEntry(
                entry_id=(row.get("id") or f"{name}-{number - 1}").strip(),
                list_name=name,
                names=[row["name"].strip(), *_split(row.get("aliases"))],
                countries=[c.upper() for c in _split(row.get("country"))],
                topics=_split(row.get("topics")) or ["export.control"],
                reason=(row.get("reason") or "").strip(),
                source_url=(row.get("source_url") or "").strip() or None,
                fictitious="fictitious" in (row.get("reason") or "").lower(),
            )
        )
    return entries


def load_path(path: Path, topics: Iterable[str] = DEFAULT_TOPICS) -> list[ListEntry]:
    """A list file, or a folder of them (FtM entity and delta files, CSV files)."""
    if not path.exists():
        raise InvalidInput(f"screening list not found: {path}")
    if path.is_file():
        if path.suffix.lower() == ".csv":
            return load_csv(path)
        return load_ftm(
            [path], path.parent.name if path.stem.startswith("entities") else path.stem, topics
        )
    entries: list[ListEntry] = []
    for csv_path in sorted(path.rglob("*.csv")):
        entries += load_csv(csv_path)
    for folder in sorted({p.parent for p in path.rglob("*.json")}):
        files = sorted(folder.glob("*.ftm.json"))
        # Delta folders are named by version (timestamps sort in order); apply after the base.
        deltas = sorted(folder.glob("*/entities.delta.json"))
        if files or deltas:
            entries += load_ftm([*files, *deltas], folder.name, topics)
    return entries
