"""Fuzzy screening of names against restricted-party lists.

Names are compared after normalisation (transliteration, legal forms, diacritics,
word order: see normalize.py) with rapidfuzz; candidates come from a token and
phonetic-skeleton index so a query touches a handful of list names, not all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from export_assist.matching.models import ScreeningMatch, ScreeningResult
from export_assist.screening.lists import ListEntry
from export_assist.screening.normalize import name_tokens, skeleton

DEMO_LIST_NAME = "demo_end_user_list"  # screening/provider.DEMO_LIST's stem: invented entries
DEMO_NOTE = (
    "only the fictitious demo list is loaded: this is not a real screening; set "
    "EXPORT_ASSIST_MATCHING__SCREENING__LISTS to real lists (e.g. OpenSanctions, METI's End User List)"
)
Status = Literal["clear", "possible_match", "hit", "not_screened"]


@dataclass(frozen=True)
class _Name:
    entry: int
    original: str
    key: str
    skel: str
    weak: bool


def _keys(tokens: Sequence[str]) -> set[str]:
    keys = {f"t:{t}" for t in tokens}
    keys |= {f"s:{skeleton(t)}" for t in tokens if len(t) > 2}
    keys |= {f"p:{t[:4]}" for t in tokens if len(t) >= 5}
    return keys


class Screener:
    """Screens names; thresholds are rapidfuzz scores 0-100 (from settings)."""

    def __init__(
        self,
        entries: Sequence[ListEntry],
        hit_threshold: float = 92.0,
        review_threshold: float = 85.0,
        country_mismatch_penalty: float = 4.0,
    ) -> None:
        self.entries = list(entries)
        self.hit_threshold = hit_threshold
        self.review_threshold = review_threshold
        self.country_penalty = country_mismatch_penalty
        self.lists = sorted({e.list_name for e in self.entries})
        self._names: list[_Name] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for name, weak in [(n, False) for n in entry.names] + [
                (n, True) for n in entry.weak_names
            ]:
                self._add(i, name, weak)
        # Keys shared by very many names ("trading", "aero") say little: skip them in blocking.
        self._max_postings = max(50, len(self._names) // 50)

    def _add(self, entry: int, name: str, weak: bool) -> None:
        tokens = name_tokens(name)
        if not tokens:
            return
        index = len(self._names)
        key = " ".join(sorted(tokens))
        skel = " ".join(sorted(skeleton(t) for t in tokens))
        self._names.append(_Name(entry, name, key, skel, weak))
        for k in _keys(tokens):
            self._postings[k].append(index)

    def __len__(self) -> int:
        return len(self.entries)

    def _candidates(self, tokens: Sequence[str]) -> set[int]:
        postings = [self._postings.get(k, []) for k in _keys(tokens)]
        selective = [p for p in postings if 0 < len(p) <= self._max_postings]
        chosen = selective or [p for p in postings if p]
        return {i for p in chosen for i in p}

    def _score(self, key: str, skel: str, name: _Name) -> float:
        direct = fuzz.ratio(key, name.key)
        phonetic = fuzz.ratio(skel, name.skel) - 3.0  # a skeleton match is a little weaker
        # Partial containment: "Zala Aero" inside "Zala Aero Unmanned Systems".
        shorter, longer = sorted((key, name.key), key=len)
        partial = fuzz.token_set_ratio(shorter, longer) - 10.0 if len(shorter.split()) >= 2 else 0.0
        return max(direct, phonetic, partial)

    def best_matches(
        self, name: str, country: str | None = None, limit: int = 3
    ) -> list[ScreeningMatch]:
        """The closest list entries to a name at or above the review threshold, best first."""
        tokens = name_tokens(name)
        if not tokens:
            return []
        key = " ".join(sorted(tokens))
        skel = " ".join(sorted(skeleton(t) for t in tokens))
        best: dict[int, tuple[float, _Name, str]] = {}
        for index in self._candidates(tokens):
            candidate = self._names[index]
            score = self._score(key, skel, candidate)
            entry = self.entries[candidate.entry]
            note = ""
            if country and entry.countries and country.upper() not in entry.countries:
                score -= self.country_penalty
                note = f"; listed for {', '.join(entry.countries)}, buyer in {country.upper()}"
            if candidate.weak:
                score = min(score, self.hit_threshold - 0.1)
            if score >= self.review_threshold and score > best.get(candidate.entry, (0.0,))[0]:
                best[candidate.entry] = (score, candidate, note)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])[:limit]
        return [self._match(self.entries[i], s, n, note) for i, (s, n, note) in ranked]

    def _match(self, entry: ListEntry, score: float, name: _Name, note: str) -> ScreeningMatch:
        why = (
            "exact name after normalisation" if score >= 99.5 else f"similar name ({score:.0f}/100)"
        )
        topics = ", ".join(entry.topics) or "listed"
        reason = f"'{name.original}' on {entry.list_name} ({topics}): {why}{note}"
        if entry.reason:
            reason += f". Listing note: {entry.reason}"
        return ScreeningMatch(
            list_name=entry.list_name,
            entry_id=entry.entry_id,
            matched_name=name.original,
            score=round(score, 1),
            topics=entry.topics,
            countries=entry.countries,
            reason=reason,
            source_url=entry.source_url,
        )

    def screen(self, names: Sequence[str | None], country: str | None = None) -> ScreeningResult:
        """Screen every name of a party (e.g. Latin and native-script names)."""
        if not self.entries:
            return ScreeningResult(status="not_screened", note="no restricted-party list is loaded")
        matches: list[ScreeningMatch] = []
        for name in names:
            if name:
                matches += self.best_matches(name, country)
        matches.sort(key=lambda m: -m.score)
        top = matches[0].score if matches else 0.0
        status: Status = (
            "hit" if top >= self.hit_threshold else "possible_match" if matches else "clear"
        )
        if self.lists == [DEMO_LIST_NAME]:  # a "clear" against invented names proves nothing
            return ScreeningResult(
                status=status, lists=self.lists, matches=matches[:5], demo_only=True, note=DEMO_NOTE
            )
        return ScreeningResult(status=status, lists=self.lists, matches=matches[:5])
