"""Product-profile accuracy on unseen product names: categories, honest questions, requirements."""

from __future__ import annotations

import hashlib
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from export_assist.compliance import rules
from export_assist.domain.compliance import ProductProfile, RequirementCard, card_applies
from export_assist.geo import jurisdictions_for

Split = Literal["dev", "test", "all"]


class ProfileCase(BaseModel):
    """One product name and what an independent reader says it is."""

    model_config = ConfigDict(extra="ignore")

    id: str
    lang: str = ""
    product: str
    destination: str
    categories: list[str]
    must_have_requirements: list[str] = Field(default_factory=list)
    family: str = ""


class Profiles(Protocol):
    """Anything that builds a product profile (the ProfileBuilder)."""

    def build(self, description: str, hs_code: str | None) -> ProductProfile: ...


class Cards(Protocol):
    """The requirement cards of some markets (the CardLibrary)."""

    def for_markets(self, jurisdictions: list[str]) -> list[RequirementCard]: ...


@dataclass
class ProfileRun:
    """Aggregates of one profile builder over the cases."""

    mode: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0


def split_of(product: str) -> Literal["dev", "test"]:
    """A stable half by product name (one product asked for several markets stays on one side)."""
    return "dev" if hashlib.sha1(product.encode()).digest()[0] % 2 == 0 else "test"


def select(cases: Sequence[ProfileCase], split: Split) -> list[ProfileCase]:
    """The cases of one split (or all): tune on dev, report on test."""
    return [c for c in cases if split == "all" or split_of(c.product) == split]


def _kinds(categories: Iterable[str]) -> set[str]:
    return {rules.KINDS[c] for c in categories if c in rules.KINDS}


def _card_text(card: RequirementCard) -> str:
    return " ".join((card.title, card.title_ja, card.requirement, card.legal_basis)).casefold()


def _score(case: ProfileCase, profile: ProductProfile, cards: Cards) -> dict[str, Any]:
    expected, got = set(case.categories), set(profile.categories)
    jurisdictions = jurisdictions_for(case.destination)
    applicable = [
        c for c in cards.for_markets(jurisdictions) if card_applies(c, jurisdictions, profile)
    ]
    text = " ".join(_card_text(c) for c in applicable)
    found = [r for r in case.must_have_requirements if r.casefold() in text]
    return {
        "id": case.id,
        "product": case.product,
        "expected": sorted(expected),
        "got": sorted(got),
        "exact": got == expected,
        "recall": expected <= got,
        "kind_right": bool(got) and _kinds(got) == _kinds(expected),
        "wrong_kind": bool(_kinds(got) - _kinds(expected)),
        "asked": profile.question is not None,
        "requirements": (len(found), len(case.must_have_requirements)),
    }


def evaluate_profiles(
    name: str, profiles: Profiles, cards: Cards, cases: Sequence[ProfileCase]
) -> ProfileRun:
    """Exact/recall of categories, kind of goods right, wrong kinds, questions asked, requirements."""
    rows: list[dict[str, Any]] = []
    latencies: list[float] = []
    for case in cases:
        started = time.perf_counter()
        profile = profiles.build(case.product, None)
        latencies.append((time.perf_counter() - started) * 1000)
        rows.append(_score(case, profile, cards))
    n = len(rows)
    share = {
        key: round(sum(bool(r[key]) for r in rows) / n, 4) if n else 0.0
        for key in ("exact", "recall", "kind_right", "wrong_kind", "asked")
    }
    found = sum(r["requirements"][0] for r in rows)
    wanted = sum(r["requirements"][1] for r in rows)
    share["requirements_found"] = round(found / wanted, 4) if wanted else 0.0
    p50 = round(statistics.median(latencies), 2) if latencies else 0.0
    return ProfileRun(mode=name, n=n, metrics=share, per_example=rows, latency_ms_p50=p50)
