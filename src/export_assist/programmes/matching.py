"""Rank catalogue programmes for an exporter profile. Pure: `today` is passed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from export_assist.domain.programmes import Programme
from export_assist.programmes.asked import fits_asked
from export_assist.programmes.operator_names import operator_in
from export_assist.programmes.profile import ExporterProfile
from export_assist.programmes.rules import SOON_DAYS, Check, all_checks

Lang = Literal["ja", "en"]
_SPECIFIC = {"product", "market", "prefecture"}
_FIT = {"size", "stage"}
_LONG_SHOT = {"prefecture": 1.5}


class ProgrammeCitation(BaseModel):
    """Where the programme's facts come from and when they were checked."""

    title: str
    url: str
    publisher: str
    verified_on: dt.date
    review_status: str


class ProgrammeMatch(BaseModel):
    """One proposed programme with the rules it meets and the questions still open."""

    id: str
    official_name: str
    name: str
    operator: str
    url: str
    benefit: str
    score: float
    met: list[str]
    asks: list[str]
    # what the exporter can tell us to narrow the list (the asks less "check the current
    # call" and a programme's own conditions, checked on its page): `questions` come from these
    ask_user: list[str] = Field(default_factory=list, exclude=True)
    deadline: dt.date | None
    days_left: int | None
    deadline_soon: bool
    window: str
    citation: ProgrammeCitation
    needs_review: bool


class Excluded(BaseModel):
    """A programme not proposed, and why (for advisors and the evaluation)."""

    id: str
    official_name: str
    reason: str


class MatchResult(BaseModel):
    """Ranked programmes for a profile on a given day."""

    today: dt.date
    lang: Lang
    matches: list[ProgrammeMatch]
    excluded: list[Excluded] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list, description="What to ask, most useful first")
    references: list[ProgrammeMatch] = Field(
        default_factory=list,
        description="Reference pages for the planned activities (nothing to apply for), best first",
    )


def _score(p: Programme, checks: list[Check], prof: ExporterProfile) -> float:
    """What the programme is mainly for (its first activity) counts double; fit beats doubt."""
    planned = set(prof.planned_activities)
    overlap = sum(3.0 if i == 0 else 1.5 for i, a in enumerate(p.activities) if a in planned)
    met = [c.rule for c in checks if c.status == "met"]
    specific = 1.5 * sum(1 for r in met if r in _SPECIFIC) + 0.5 * sum(1 for r in met if r in _FIT)
    # An unknown prefecture is a long shot, not a doubt: a prefecture's or a city's programme
    # serves one of 47 (むつ市's subsidy was 5th for a company that named no prefecture).
    unknown = sum(_LONG_SHOT.get(c.rule, 0.5) for c in checks if c.status == "unknown")
    rolling = 0.5 if p.window.kind == "rolling" else 0.0
    return round(overlap + specific - unknown + rolling, 2)


def _text(c: Check, lang: Lang, ask: bool = False) -> str:
    if ask:
        return c.ask_ja if lang == "ja" else c.ask_en
    return c.ja if lang == "ja" else c.en


def _proposal(
    p: Programme, checks: list[Check], score: float, today: dt.date, lang: Lang
) -> ProgrammeMatch:
    closes = p.window.closes
    days = (closes - today).days if closes else None
    src = p.sources[0]
    return ProgrammeMatch(
        id=p.id,
        official_name=p.official_name,
        name=p.official_name if lang == "ja" else p.name_en,
        operator=operator_in(p.operator_name, lang),
        url=p.url,
        benefit=p.benefit.summary_ja if lang == "ja" else p.benefit.summary_en,
        score=score,
        met=[_text(c, lang) for c in checks if c.status == "met"],
        asks=[_text(c, lang, ask=True) for c in checks if c.status == "unknown"],
        ask_user=[
            _text(c, lang, ask=True)
            for c in checks
            if c.status == "unknown" and c.rule not in ("window", "condition")
        ],
        deadline=closes,
        days_left=days,
        deadline_soon=days is not None and 0 <= days <= SOON_DAYS,
        window=p.window.note_ja if lang == "ja" else p.window.note_en,
        citation=ProgrammeCitation(
            title=src.title,
            url=src.url,
            publisher=src.publisher,
            verified_on=p.verified_on,
            review_status=p.review_status,
        ),
        needs_review=p.review_status == "needs_review",
    )


def match_programmes(
    programmes: list[Programme],
    profile: ExporterProfile,
    today: dt.date,
    *,
    lang: Lang = "ja",
    limit: int = 10,
    related_only: bool = True,
    asked: Sequence[str] = (),
) -> MatchResult:
    """Eligible programmes, best first; closed or ineligible ones are listed as excluded.

    With planned activities and `related_only`, a programme must serve one of them. A
    programme of the kind the question asks for (`asked`, see asked.py: a loan, a facility
    subsidy, the consortium...) comes first and is always listed.
    """
    fits = {p.id: fits_asked(p, list(asked)) for p in programmes}
    ranked: list[ProgrammeMatch] = []
    excluded: list[Excluded] = []
    for p in programmes:
        checks = all_checks(p, profile, today)
        failed = [c for c in checks if c.status == "failed"]
        if failed:
            excluded.append(
                Excluded(id=p.id, official_name=p.official_name, reason=_excluded(failed[0], lang))
            )
            continue
        if (
            related_only
            and profile.planned_activities
            and not set(profile.planned_activities) & set(p.activities)
            and not fits[p.id]
        ):
            continue
        ranked.append(_proposal(p, checks, _score(p, checks, profile), today, lang))
    # A prefecture's or a city's programme for a company whose prefecture is not known comes
    # after every nationwide one, however well its activities fit (X13: むつ市's 2018 subsidy was
    # 4th for a food maker that named no prefecture); the question for the prefecture stays.
    regional = (
        {p.id for p in programmes if p.eligibility.prefectures} if not profile.prefecture else set()
    )
    ranked.sort(
        key=lambda m: (m.id in regional, -fits[m.id], -m.score, m.deadline or dt.date.max, m.id)
    )
    # A reference is not a programme: it never takes a programme's place in the list.
    refs = {p.id for p in programmes if p.benefit.kind == "reference"}
    top = _cover_activities(
        [m for m in ranked if m.id not in refs],
        profile.planned_activities,
        catalogue_activities(programmes),
        limit,
        first=[m for m in ranked if fits[m.id] and m.id not in regional],
    )
    return MatchResult(
        today=today,
        lang=lang,
        matches=top,
        excluded=excluded,
        questions=_questions(top),
        references=[m for m in ranked if m.id in refs][:3],
    )


def catalogue_activities(programmes: list[Programme]) -> dict[str, set[str]]:
    """Programme id -> the activities it serves."""
    return {p.id: set(p.activities) for p in programmes}


def _cover_activities(
    ranked: list[ProgrammeMatch],
    planned: Sequence[str],
    serves: dict[str, set[str]],
    limit: int,
    first: Sequence[ProgrammeMatch] = (),
) -> list[ProgrammeMatch]:
    """Best first, but every planned activity gets its best options in before the list is cut.

    Two rounds: in each, the best not-yet-chosen programme for each planned activity;
    then the rest by score. So 'trade fair + consulting' shows both kinds of help. The
    programmes of the asked kind (`first`) come before all of them.
    """
    asked = [m for m in first if m in ranked]
    chosen: list[ProgrammeMatch] = []
    for _round in range(2):
        for activity in planned:
            pick = next((m for m in ranked if activity in serves[m.id] and m not in chosen), None)
            if pick is not None:
                chosen.append(pick)
    chosen.sort(key=lambda m: (-m.score, m.id))
    chosen = [m for m in chosen if m not in asked]
    rest = [m for m in ranked if m not in chosen and m not in asked]
    return (asked + chosen + rest)[:limit]


def _excluded(c: Check, lang: Lang) -> str:
    return f"対象外: {c.ja}" if lang == "ja" else f"not eligible: {c.en}"


def _questions(matches: list[ProgrammeMatch]) -> list[str]:
    counts: dict[str, int] = {}
    for m in matches:
        for a in m.ask_user:
            counts[a] = counts.get(a, 0) + 1
    return [q for q, _ in sorted(counts.items(), key=lambda kv: -kv[1])][:8]
