"""How fresh each corpus document and card is: when its facts were last checked, whether
the topic changes often, and what is due for re-checking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from export_assist.compliance.cards import card_files, load_cards
from export_assist.compliance.corpus_meta import scan_corpus


@dataclass(frozen=True)
class Freshness:
    """One document or card and the state of its facts."""

    kind: str  # "document" or "card"
    id: str
    path: str
    verified_on: dt.date | None
    status: str  # verified | needs_review
    volatile: bool = False
    note: str = ""

    def age_days(self, today: dt.date) -> int | None:
        """Days since the facts were checked (None when never)."""
        return (today - self.verified_on).days if self.verified_on else None

    def is_due(self, today: dt.date, days: int) -> bool:
        """Due when never checked or checked more than `days` days ago."""
        age = self.age_days(today)
        return age is None or age > days


def corpus_freshness(root: Path) -> list[Freshness]:
    """Every document and card under root with its freshness fields."""
    docs, _ = scan_corpus(root)
    out = [
        Freshness(
            "document",
            d.meta.id,
            str(d.path),
            d.meta.verified_on,
            d.meta.review_status,
            d.meta.volatile,
            d.meta.review_notes.strip(),
        )
        for d in docs
    ]
    cards = load_cards(card_files(root / "cards"))
    for card in cards.cards:
        path, line = cards.origin[card.id]
        out.append(
            Freshness(
                "card",
                card.id,
                f"{path}:{line}",
                card.verified_on,
                card.status,
                note=card.review_notes.strip(),
            )
        )
    return out


def due(
    root: Path, days: int, today: dt.date | None = None, include_review: bool = False
) -> list[Freshness]:
    """What is due for re-checking, oldest first; optionally every needs_review item too."""
    today = today or dt.date.today()
    items = [
        f
        for f in corpus_freshness(root)
        if f.is_due(today, days) or (include_review and f.status == "needs_review")
    ]
    never = dt.date.min
    return sorted(items, key=lambda f: (f.verified_on or never, f.kind, f.id))


def freshness_table(root: Path, today: dt.date, days: int) -> str:
    """The documents' freshness as a Markdown table (for docs/corpus.md)."""
    docs = [f for f in corpus_freshness(root) if f.kind == "document"]
    docs.sort(key=lambda f: (f.verified_on or dt.date.min, f.id))
    lines = [
        f"## Freshness (as of {today.isoformat()}; due = not checked in the last {days} days)",
        "",
        "| document | verified_on | age (days) | status | volatile | due |",
        "|---|---|---|---|---|---|",
    ]
    for f in docs:
        age = f.age_days(today)
        lines.append(
            f"| {f.id} | {f.verified_on or 'never'} | {age if age is not None else '-'} | "
            f"{f.status} | {'yes' if f.volatile else ''} | {'DUE' if f.is_due(today, days) else ''} |"
        )
    return "\n".join(lines) + "\n"
