"""Load the programme catalogue from YAML; every problem names its file and line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from export_assist.domain.programmes import Programme
from export_assist.errors import InvalidInput, NotFound
from export_assist.yaml_records import RecordProblem, record_nodes, validate_record

# The problem type is shared with the requirement cards (one file:line reporter).
CatalogueProblem = RecordProblem


@dataclass
class Catalogue:
    """Programmes loaded from files, where each came from, and the problems found."""

    programmes: list[Programme] = field(default_factory=list)
    origin: dict[str, tuple[str, int]] = field(default_factory=dict)
    problems: list[CatalogueProblem] = field(default_factory=list)
    _urls: dict[str, str] = field(default_factory=dict)

    def get(self, programme_id: str) -> Programme:
        """The programme with this id, or NotFound."""
        for p in self.programmes:
            if p.id == programme_id:
                return p
        raise NotFound(
            f"No programme {programme_id!r} in the catalogue.",
            message_ja=f"支援策 {programme_id} はカタログにありません（GET /v1/programmes で一覧できます）。",
        )

    def raise_for_problems(self) -> None:
        """Raise InvalidInput listing every problem (file:line: message)."""
        if self.problems:
            listed = "\n".join(str(p) for p in self.problems)
            raise InvalidInput(
                f"{len(self.problems)} problem(s) in the programme catalogue:\n{listed}",
                details=[p.__dict__ for p in self.problems],
            )

    def add(self, programme: Programme, path: str, line: int) -> None:
        """Keep a validated programme unless its id or URL is already taken."""
        if programme.id in self.origin:
            first = self.origin[programme.id]
            self._problem(
                path, line, f"duplicate id {programme.id!r} (first at {first[0]}:{first[1]})"
            )
            return
        if programme.url in self._urls:
            other = self._urls[programme.url]
            self._problem(path, line, f"{programme.id!r}: url already used by {other!r}")
            return
        self.programmes.append(programme)
        self.origin[programme.id] = (path, line)
        self._urls[programme.url] = programme.id

    def _problem(self, path: str, line: int, message: str) -> None:
        self.problems.append(CatalogueProblem(path, line, message))


def load_catalogue_text(text: str, path: str, out: Catalogue | None = None) -> Catalogue:
    """Parse one YAML file's text (a list of programmes) into `out`."""
    out = out if out is not None else Catalogue()
    for node, raw in record_nodes(text, path, out.problems, "a catalogue file must be a YAML list"):
        programme = validate_record(Programme, node, raw, path, out.problems, kind="programme")
        if programme is not None:
            out.add(programme, path, node.start_mark.line + 1)
    return out


def catalogue_files(folder: Path) -> list[Path]:
    """The YAML files of a catalogue folder, sorted."""
    if not folder.exists():
        return []
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def load_catalogue(paths: Iterable[Path]) -> Catalogue:
    """Load every programme of the given files (or folders); problems are collected."""
    out = Catalogue()
    for path in paths:
        for file in catalogue_files(path) if path.is_dir() else [path]:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                out.problems.append(CatalogueProblem(str(file), 1, f"cannot read ({exc})"))
                continue
            load_catalogue_text(text, str(file), out)
    return out
