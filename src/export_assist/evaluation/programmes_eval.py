"""Programme matching evaluation: recall of expected programmes, and every proposal that
was closed or named as must-not. Cases match catalogue records by URL, then by name."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from export_assist.domain.programmes import (
    ACTIVITIES,
    ACTIVITY_ALIASES,
    SECTOR_ALIASES,
    SECTORS,
    Programme,
)
from export_assist.evaluation.datasets import load_jsonl
from export_assist.programmes.matching import ProgrammeMatch, match_programmes
from export_assist.programmes.profile import ExporterProfile


class CaseRef(BaseModel):
    """A programme named by a case."""

    name: str = ""
    url: str = ""
    why: str = ""


class ProgrammeCase(BaseModel):
    """One written exporter case."""

    id: str
    profile: dict[str, Any]
    today: dt.date
    expected: list[CaseRef] = Field(default_factory=list)
    must_not: list[CaseRef] = Field(default_factory=list)
    notes: str = ""


def norm_url(url: str) -> str:
    """Scheme, www., trailing slash and index.html do not make two pages different."""
    u = url.strip().lower()
    u = re.sub(r"^https?://(www\.)?", "", u)
    u = re.sub(r"(/index\.html?|/)$", "", u)
    return u


def norm_name(name: str) -> str:
    """NFKC, casefolded, without spaces, brackets or punctuation."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s\(\)（）「」『』【】・,、。:：/\-–—]", "", text)


def find(ref: CaseRef, programmes: list[Programme]) -> Programme | None:
    """The catalogue record a case names: by URL first, then by normalised name."""
    if ref.url:
        for p in programmes:
            if norm_url(p.url) == norm_url(ref.url):
                return p
    key = norm_name(ref.name)
    if key:
        for p in programmes:
            if key in (norm_name(p.official_name), norm_name(p.name_en)):
                return p
    return None


def case_profile(raw: dict[str, Any]) -> tuple[ExporterProfile, list[str]]:
    """The case's profile as ours; words outside our vocabulary and its aliases are dropped (noted)."""
    data, notes = dict(raw), []
    sector = data.get("sector")
    if isinstance(sector, str) and sector not in SECTORS and sector not in SECTOR_ALIASES:
        notes.append(f"sector {sector!r} unknown: left out")
        data["sector"] = None
    acts = data.get("planned_activities") or []
    kept = [a for a in acts if a in ACTIVITIES or a in ACTIVITY_ALIASES]
    if len(kept) != len(acts):
        notes.append(f"activities dropped: {sorted(set(acts) - set(kept))}")
    data["planned_activities"] = kept
    data = {k: v for k, v in data.items() if k in ExporterProfile.model_fields}
    return ExporterProfile.model_validate(data), notes


@dataclass
class CaseOutcome:
    """What happened on one case."""

    id: str
    expected: int
    found: int
    missing: list[str] = field(default_factory=list)
    not_in_catalogue: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run_case(case: ProgrammeCase, programmes: list[Programme], limit: int) -> CaseOutcome:
    """Match the case's profile on the case's day and compare with its expectations."""
    profile, notes = case_profile(case.profile)
    proposed = match_programmes(programmes, profile, case.today, limit=limit).matches
    ids = {m.id for m in proposed}
    out = CaseOutcome(case.id, len(case.expected), 0, notes=notes)
    for ref in case.expected:
        rec = find(ref, programmes)
        if rec is None:
            out.not_in_catalogue.append(ref.name or ref.url)
        elif rec.id in ids:
            out.found += 1
        else:
            out.missing.append(rec.id)
    for ref in case.must_not:
        rec = find(ref, programmes)
        if rec is not None and rec.id in ids:
            out.violations.append(f"{rec.id} ({ref.why})")
    out.violations += [f"{m.id} (closed {m.deadline})" for m in proposed if _closed(m, case.today)]
    return out


def _closed(m: ProgrammeMatch, today: dt.date) -> bool:
    return m.deadline is not None and m.deadline < today


def load_cases(path: Path) -> list[ProgrammeCase]:
    """Cases from JSONL; a bad line is an InvalidInput naming its line."""
    return load_jsonl(path, ProgrammeCase)


def summarise(outcomes: list[CaseOutcome]) -> dict[str, float]:
    """Micro recall over all expected programmes, and counts of violations."""
    expected = sum(o.expected for o in outcomes)
    found = sum(o.found for o in outcomes)
    return {
        "cases": len(outcomes),
        "expected": expected,
        "recall": round(found / expected, 4) if expected else 0.0,
        "violations": sum(len(o.violations) for o in outcomes),
        "expected_not_in_catalogue": sum(len(o.not_in_catalogue) for o in outcomes),
    }
