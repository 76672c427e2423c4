"""The programme service: the catalogue (reloaded when a file changes), matching, listing."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from export_assist.domain.programmes import Programme
from export_assist.programmes.catalogue import Catalogue, catalogue_files, load_catalogue
from export_assist.programmes.matching import Lang, MatchResult, match_programmes
from export_assist.programmes.profile import ExporterProfile

log = logging.getLogger(__name__)
Clock = Callable[[], dt.date]


class ProgrammeService:
    """Reads the catalogue folder and answers with the injected clock's date."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        self._folder = folder
        self._clock = clock
        self._stamp: tuple[tuple[str, float], ...] | None = None  # None: not read yet
        self._catalogue = Catalogue()

    def _files_stamp(self) -> tuple[tuple[str, float], ...]:
        return tuple((str(p), p.stat().st_mtime) for p in catalogue_files(self._folder))

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue, reloaded when a file was added, removed or changed."""
        stamp = self._files_stamp()
        if stamp != self._stamp:
            self._catalogue = load_catalogue([self._folder])
            self._stamp = stamp
            for problem in self._catalogue.problems:
                log.warning("programme catalogue: %s", problem)
            if not stamp:  # a wrong working directory or setting: say so once, not per request
                log.warning(
                    "no programme catalogue in %s (EXPORT_ASSIST_PROGRAMMES_DIR): "
                    "programme matching has nothing to propose",
                    self._folder.resolve(),
                )
        return self._catalogue

    def today(self) -> dt.date:
        """The date matching is done for (the injected clock)."""
        return self._clock()

    def list(self, operator: str | None = None, activity: str | None = None) -> list[Programme]:
        """Programmes, optionally filtered by operator and activity."""
        return [
            p
            for p in self.catalogue.programmes
            if (operator is None or p.operator == operator)
            and (activity is None or activity in p.activities)
        ]

    def get(self, programme_id: str) -> Programme:
        """One programme by id (NotFound otherwise)."""
        return self.catalogue.get(programme_id)

    def match(
        self,
        profile: ExporterProfile,
        lang: Lang = "ja",
        limit: int = 10,
        today: dt.date | None = None,
        asked: Sequence[str] = (),
    ) -> MatchResult:
        """Ranked programmes for the profile on `today` (default: the clock's date), those
        of the asked kind first (asked.py)."""
        return match_programmes(
            self.catalogue.programmes,
            profile,
            today or self.today(),
            lang=lang,
            limit=limit,
            asked=asked,
        )
