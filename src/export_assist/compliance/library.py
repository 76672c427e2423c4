"""The card library: cards loaded from the cards folder, reloaded when a file changes."""

from __future__ import annotations

import threading
from pathlib import Path

from export_assist.compliance.cards import CardSet, card_files, load_cards
from export_assist.domain.compliance import RequirementCard, markets_match


class CardLibrary:
    """Holds the valid cards; problems are kept to be shown, never silently dropped."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = folders
        self._stamp: tuple[tuple[str, float, int], ...] | None = None
        self._set = CardSet()
        self._lock = threading.Lock()

    def _files(self) -> list[Path]:
        return [p for folder in self._folders for p in card_files(folder)]

    def current(self) -> CardSet:
        """The loaded cards (re-read when any card file was added, removed or changed)."""
        files = self._files()
        stamp = tuple((str(p), p.stat().st_mtime, p.stat().st_size) for p in files)
        with self._lock:
            if stamp != self._stamp:
                self._set = load_cards(files)
                self._stamp = stamp
            return self._set

    @property
    def cards(self) -> list[RequirementCard]:
        """Every valid card."""
        return self.current().cards

    def for_markets(self, jurisdictions: list[str]) -> list[RequirementCard]:
        """Cards whose markets cover any of the given jurisdictions (or ALL)."""
        return [c for c in self.cards if markets_match(c.markets, jurisdictions)]

    def folders(self) -> list[Path]:
        """The folders the cards are read from (for a message when none holds any)."""
        return list(self._folders)

    def problem_lines(self) -> list[str]:
        """Problems of the card files as 'file:line: message'."""
        return [str(p) for p in self.current().problems]
