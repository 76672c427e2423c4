"""The HS nomenclature table: our CSV format, and imports of the UN CSV and Comtrade JSON."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from export_assist.compliance.hs.labels_ja import japanese_label
from export_assist.compliance.hs.sibling_words import Word, distinguishing, qualifier
from export_assist.errors import InvalidInput

FIELDS = ["code", "level", "description_en", "description_ja"]
_CODE = re.compile(r"^\d{2}(\d{2}){0,2}$")
_PREFIXED = re.compile(r"^\s*\d{2,6}\s*-\s*")
PACKAGED_FILE = "hs_nomenclature.csv.gz"
PACKAGED_SOURCE = "packaged"


@dataclass(frozen=True)
class HsEntry:
    """One chapter (2 digits), heading (4) or subheading (6)."""

    code: str
    description_en: str
    description_ja: str = ""

    @property
    def level(self) -> int:
        """2, 4 or 6."""
        return len(self.code)


class HsTable:
    """Codes with descriptions; parents are found by truncating the code."""

    def __init__(self, entries: list[HsEntry], source: str = "") -> None:
        self.entries = {e.code: e for e in entries}
        self.source = source
        self.subheadings = sorted(c for c in self.entries if len(c) == 6)
        self._words: dict[str, dict[str, list[Word]]] = {}  # heading -> code -> its words

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str) -> HsEntry | None:
        """The entry of a code, or None."""
        return self.entries.get(code)

    def path(self, code: str) -> list[HsEntry]:
        """Chapter, heading and subheading entries of a code (those present)."""
        return [e for n in (2, 4, 6) if len(code) >= n and (e := self.entries.get(code[:n]))]

    def describe(self, code: str, lang: str = "en") -> str:
        """A one-line description: the code's own text, else its nearest parent's (in
        Japanese always a Japanese label, built from the heading's or chapter's Japanese
        name when the code has none: never the English text)."""
        if lang == "ja":
            return self.label_ja(code)
        for n in (len(code), 4, 2):
            entry = self.entries.get(code[:n])
            if entry is not None and entry.description_en:
                return entry.description_en
        return ""

    def label_ja(self, code: str) -> str:
        """The Japanese label of a code (compliance/hs/labels_ja.py)."""
        return japanese_label(code, self._texts, self.qualifier)

    def sibling_words(self, code: str) -> list[Word]:
        """The words that tell a subheading from its siblings (sibling_words.py)."""
        heading = code[:4]
        if heading not in self._words:
            texts = {
                c: e.description_en
                for c, e in self.entries.items()
                if len(c) == 6 and c.startswith(heading)
            }
            self._words[heading] = distinguishing(texts)
        return self._words[heading].get(code, [])

    def qualifier(self, code: str) -> str:
        """The Japanese words that tell a subheading from its siblings ("" if none known)."""
        entry = self.entries.get(code)
        english = entry.description_en if entry is not None else ""
        return qualifier(self.sibling_words(code), english)

    def _texts(self, code: str) -> tuple[str, str] | None:
        entry = self.entries.get(code)
        return None if entry is None else (entry.description_en, entry.description_ja)


def _row_to_entry(code: str, en: str, ja: str, where: str) -> HsEntry | None:
    code = code.strip().replace(".", "")
    if not code or not code.isdigit():
        return None  # section rows (I, II...) and totals are not codes
    if not _CODE.match(code):
        raise InvalidInput(f"{where}: HS code {code!r} is not 2, 4 or 6 digits")
    return HsEntry(code, _PREFIXED.sub("", en).strip(), ja.strip())


def parse_csv(text: str, source: str) -> list[HsEntry]:
    """Our CSV (code, description_en, description_ja) or the UN CSV (hscode, description)."""
    reader = csv.DictReader(io.StringIO(text))
    names = set(reader.fieldnames or [])
    if {"code", "description_en"} <= names:
        code_key, en_key = "code", "description_en"
    elif {"hscode", "description"} <= names:
        code_key, en_key = "hscode", "description"
    else:
        raise InvalidInput(
            f"{source}: unknown CSV columns {sorted(names)}; expected hscode,description "
            "(UN Comtrade / datasets harmonized-system) or code,description_en,description_ja"
        )
    entries: list[HsEntry] = []
    for number, row in enumerate(reader, start=2):
        entry = _row_to_entry(
            row.get(code_key) or "",
            row.get(en_key) or "",
            row.get("description_ja") or "",
            f"{source}:{number}",
        )
        if entry:
            entries.append(entry)
    return entries


def parse_comtrade_json(text: str, source: str) -> list[HsEntry]:
    """UN Comtrade classification JSON: {"results": [{"id", "text", "parent"}, ...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{source}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    rows = data.get("results") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InvalidInput(f"{source}: expected a 'results' list of {{id, text}} objects")
    entries: list[HsEntry] = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict) or "id" not in row:
            raise InvalidInput(f"{source}: results[{n}] has no 'id'")
        entry = _row_to_entry(str(row["id"]), str(row.get("text", "")), "", f"{source}[{n}]")
        if entry:
            entries.append(entry)
    return entries


def parse_file(path: Path) -> list[HsEntry]:
    """Read an HS nomenclature file (CSV or Comtrade JSON) into entries."""
    if not path.exists():
        raise InvalidInput(f"HS file not found: {path}")
    text = path.read_text(encoding="utf-8-sig")
    entries = (
        parse_comtrade_json(text, str(path))
        if path.suffix.lower() == ".json"
        else parse_csv(text, str(path))
    )
    if not any(e.level == 6 for e in entries):
        raise InvalidInput(f"{path}: no 6-digit subheadings found")
    return entries


def write_table(entries: list[HsEntry], path: Path) -> None:
    """Write entries in our CSV format (the data dir copy that `hs import` makes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for e in sorted(entries, key=lambda x: x.code):
            writer.writerow([e.code, e.level, e.description_en, e.description_ja])


def merge_japanese(entries: list[HsEntry], other: HsTable) -> list[HsEntry]:
    """Keep our Japanese descriptions where an imported table has none."""
    out = []
    for e in entries:
        known = other.get(e.code)
        ja = e.description_ja or (known.description_ja if known else "")
        out.append(HsEntry(e.code, e.description_en, ja))
    return out


def default_table() -> HsTable:
    """Our own short ja/en descriptions of ~350 codes (the Japanese names that an
    import keeps; small enough for unit tests of the scorers)."""
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/hs_default.csv")
        .read_text(encoding="utf-8")
    )
    return HsTable(parse_csv(text, "hs_default.csv"), source="default")


@cache
def packaged_table() -> HsTable:
    """The whole HS 2022 nomenclature shipped with the package (UN Comtrade via the
    datasets/harmonized-system repository, ODC-PDDL-1.0) with our Japanese descriptions,
    so a fresh install suggests over every subheading, not only the short default list."""
    data = resources.files("export_assist.compliance").joinpath(f"data/{PACKAGED_FILE}")
    text = gzip.decompress(data.read_bytes()).decode("utf-8")
    return HsTable(parse_csv(text, PACKAGED_FILE), source=PACKAGED_SOURCE)


def load_table(path: Path | None) -> HsTable:
    """The imported table when it exists, else the packaged full nomenclature."""
    if path is not None and path.exists():
        return HsTable(parse_csv(path.read_text(encoding="utf-8"), str(path)), source=str(path))
    return packaged_table()
