"""Builds the screener from settings and reloads it when a list file changes."""

from __future__ import annotations

import threading
from pathlib import Path

from export_assist.screening.lists import ListEntry, load_path
from export_assist.screening.screener import DEMO_LIST_NAME, Screener
from export_assist.settings import ScreeningSettings

DEMO_LIST = Path(__file__).resolve().parent.parent / "matching" / "data" / f"{DEMO_LIST_NAME}.csv"


def _stamp(paths: list[Path]) -> tuple[tuple[str, float], ...]:
    stamps: list[tuple[str, float]] = []
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        stamps += [(str(f), f.stat().st_mtime) for f in files if f.exists()]
    return tuple(stamps)


class ScreenerProvider:
    """Callable returning the current Screener; lists are re-read when files change."""

    def __init__(self, settings: ScreeningSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._stamp: tuple[tuple[str, float], ...] | None = None
        self._screener: Screener | None = None

    def paths(self) -> list[Path]:
        """The list files and folders in force."""
        extra = [DEMO_LIST] if self.settings.include_demo_list else []
        return [*self.settings.lists, *extra]

    def __call__(self) -> Screener:
        paths = self.paths()
        stamp = _stamp([p for p in paths if p.exists()])
        with self._lock:
            if self._screener is None or stamp != self._stamp:
                entries: list[ListEntry] = []
                for path in paths:
                    entries += load_path(path, self.settings.topics)
                self._screener = Screener(
                    entries,
                    hit_threshold=self.settings.hit_threshold,
                    review_threshold=self.settings.review_threshold,
                    country_mismatch_penalty=self.settings.country_mismatch_penalty,
                )
                self._stamp = stamp
            return self._screener
