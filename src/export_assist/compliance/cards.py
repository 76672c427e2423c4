"""Load requirement cards from YAML; every problem names its file and line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from export_assist.domain.compliance import RequirementCard
from export_assist.errors import InvalidInput
from export_assist.yaml_records import RecordProblem, record_nodes, validate_record

# The problem type is shared with the programme catalogue (one file:line reporter).
CardProblem = RecordProblem


@dataclass
class CardSet:
    """Cards loaded from files, where each came from, and the problems found."""

    cards: list[RequirementCard] = field(default_factory=list)
    origin: dict[str, tuple[str, int]] = field(default_factory=dict)
    problems: list[CardProblem] = field(default_factory=list)

    def by_id(self) -> dict[str, RequirementCard]:
        """Cards keyed by id."""
        return {c.id: c for c in self.cards}

    def raise_for_problems(self) -> None:
        """Raise InvalidInput listing every problem (file:line: message)."""
        if self.problems:
            listed = "\n".join(str(p) for p in self.problems)
            raise InvalidInput(
                f"{len(self.problems)} problem(s) in requirement cards:\n{listed}",
                details=[p.__dict__ for p in self.problems],
            )


def _validate(node: yaml.Node, raw: Any, path: str, out: CardSet) -> None:
    card = validate_record(
        RequirementCard, node, raw, path, out.problems, kind="card", prefix="card "
    )
    if card is None:
        return
    line = node.start_mark.line + 1
    if card.id in out.origin:
        first = out.origin[card.id]
        out.problems.append(
            CardProblem(
                path, line, f"duplicate card id {card.id!r} (first at {first[0]}:{first[1]})"
            )
        )
        return
    out.cards.append(card)
    out.origin[card.id] = (path, line)


def load_card_text(text: str, path: str, out: CardSet | None = None) -> CardSet:
    """Parse one YAML card file's text into `out` (a fresh CardSet by default)."""
    out = out if out is not None else CardSet()
    not_a_list = "a card file must be a YAML list of cards"
    for node, raw in record_nodes(text, path, out.problems, not_a_list):
        _validate(node, raw, path, out)
    return out


def card_files(folder: Path) -> list[Path]:
    """The card files of a folder (sorted, so ids resolve the same way every run)."""
    if not folder.exists():
        return []
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def load_cards(paths: Iterable[Path]) -> CardSet:
    """Load every card of the given files; problems are collected, not raised."""
    out = CardSet()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            out.problems.append(CardProblem(str(path), 1, f"cannot read the file ({exc})"))
            continue
        load_card_text(text, str(path), out)
    return out


def check_evidence(cards: CardSet, known_doc_ids: set[str]) -> list[CardProblem]:
    """Problems for evidence ids that name no corpus document (and cards with none)."""
    found: list[CardProblem] = []
    for card in cards.cards:
        path, line = cards.origin[card.id]
        if not card.evidence:
            found.append(CardProblem(path, line, f"card {card.id!r}: no evidence documents"))
        for doc_id in card.evidence:
            if doc_id not in known_doc_ids:
                found.append(
                    CardProblem(
                        path,
                        line,
                        f"card {card.id!r}: evidence {doc_id!r} is not a corpus document",
                    )
                )
    return found
