"""A renderer-neutral view of one bilingual document (what PDF, DOCX and XLSX print)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Bi:
    """A text in Japanese and in the buyer's language; note marks an untranslated side
    (in the buyer's language, and in Japanese as note_ja)."""

    ja: str
    tgt: str
    note: str | None = None
    note_ja: str | None = None


Cell = str | Bi


@dataclass
class DocView:
    """One document in one language pair."""

    kind: str
    lang: str
    title: Bi
    meta: list[tuple[Bi, Cell]] = field(default_factory=list)
    parties: list[tuple[Bi, list[str]]] = field(default_factory=list)
    columns: list[Bi] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    totals: list[tuple[Bi, Cell]] = field(default_factory=list)
    paragraphs: list[Bi] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    body_first: bool = False  # a letter: its paragraphs come before the tables
    numbers: dict[tuple[int, int], Decimal] = field(
        default_factory=dict
    )  # (row, col): the value behind a formatted cell

    def text_cells(self) -> list[str]:
        """Every printed string (for tests and search)."""
        out = [self.title.ja, self.title.tgt]
        for label, value in [*self.meta, *self.totals]:
            out += [
                label.ja,
                label.tgt,
                value if isinstance(value, str) else f"{value.ja} {value.tgt}",
            ]
        for label, lines in self.parties:
            out += [label.ja, label.tgt, *lines]
        out += [c.ja + " " + c.tgt for c in self.columns]
        for row in self.rows:
            out += [c if isinstance(c, str) else f"{c.ja} {c.tgt}" for c in row]
        out += [f"{p.ja} {p.tgt}" for p in self.paragraphs]
        return out + self.notes


def num(value: Decimal | int, places: int = 2) -> str:
    """Money and weights as printed everywhere: thousands separators, fixed decimals."""
    return f"{Decimal(value):,.{places}f}"


def qty(value: Decimal | int) -> str:
    """Quantities: integers without decimals, fractions with up to three."""
    d = Decimal(value)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.normalize():,f}"
