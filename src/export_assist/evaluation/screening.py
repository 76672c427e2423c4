"""Screening precision/recall on labelled name variants built from restricted-party
fixtures (e.g. ../shared/data/opensanctions): positives are transformed list names
(transliteration, reordering, legal-form swaps, diacritics, case, punctuation);
negatives are unrelated near-names (one distinctive word replaced) and real names
that are on no list. The variant set is generated, never copied into the repository.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from unidecode import unidecode

from export_assist.domain.companies import LEGAL_FORMS
from export_assist.screening.lists import ListEntry
from export_assist.screening.normalize import name_tokens, normalize_name
from export_assist.screening.screener import Screener

FORMS = list(LEGAL_FORMS)
GIVEN = ["Emily", "Kenji", "Oliver", "Hana", "Lucas", "Sofia", "Mateo", "Yuki"]
FILLERS = ["Bakery", "Orchard", "Textiles", "Ceramics", "Bicycles", "Dental", "Pottery", "Florist"]


@dataclass
class Variant:
    """A name to screen, what was done to it, and whether it should be a hit."""

    name: str
    kind: str
    positive: bool
    source_entry: str = ""


@dataclass
class ScreeningRun:
    """Precision/recall of hits (and of hit-or-possible) over the variant set."""

    mode: str
    n: int
    metrics: dict[str, float]
    by_kind: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _latin(names: Sequence[str]) -> list[str]:
    return [n for n in names if n.isascii() and len(name_tokens(n)) >= 1]


def _positives(entry: ListEntry, rng: random.Random) -> list[Variant]:
    out: list[Variant] = []
    latin = _latin(entry.names)
    cyrillic = [n for n in entry.names if re.search("[а-яА-Я]", n)]
    if cyrillic:
        out.append(
            Variant(unidecode(rng.choice(cyrillic)), "transliteration", True, entry.entry_id)
        )
    if latin:
        base = rng.choice(latin)
        words = base.replace(",", " ").split()
        if len(words) > 1:
            out.append(Variant(" ".join(reversed(words)), "word order", True, entry.entry_id))
        core = " ".join(name_tokens(base)).title()
        if entry.schema != "Person":
            out.append(Variant(f"{core} {rng.choice(FORMS)}", "legal form", True, entry.entry_id))
        out.append(
            Variant(
                base.upper().replace('"', "").replace("“", ""), "case/punct", True, entry.entry_id
            )
        )
        out.append(Variant(_typo(base, rng), "typo", True, entry.entry_id))
    accented = [
        n
        for n in entry.names
        if not n.isascii() and unidecode(n).isascii() and re.search("[À-ž]", n)
    ]
    if accented:
        out.append(Variant(unidecode(rng.choice(accented)), "diacritics", True, entry.entry_id))
    return out


def _typo(name: str, rng: random.Random) -> str:
    words = name.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    if len(w) > 5:
        k = rng.randrange(1, len(w) - 1)
        words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]  # swap two neighbouring letters
    return " ".join(words)


def _other_person(entry: ListEntry, rng: random.Random) -> Variant | None:
    # The classic false positive: a different person who shares the surname.
    if entry.schema != "Person":
        return None
    latin = [n for n in _latin(entry.names) if len(name_tokens(n)) >= 2]
    if not latin:
        return None
    surname = max(name_tokens(rng.choice(latin)), key=len).title()
    return Variant(f"{rng.choice(GIVEN)} {surname}", "same surname", False, entry.entry_id)


def _near_name(entry: ListEntry, rng: random.Random) -> Variant | None:
    latin = [n for n in _latin(entry.names) if len(name_tokens(n)) >= 2]
    if not latin:
        return None
    tokens = list(name_tokens(rng.choice(latin)))
    longest = max(range(len(tokens)), key=lambda i: len(tokens[i]))
    tokens[longest] = rng.choice(FILLERS).lower()
    return Variant(
        " ".join(tokens).title() + " " + rng.choice(FORMS), "near-name", False, entry.entry_id
    )


def build_variants(
    entries: Sequence[ListEntry], clean_names: Sequence[str], seed: int = 7
) -> list[Variant]:
    """The labelled set: positives per list entry, near-name negatives, clean names."""
    rng = random.Random(seed)
    variants: list[Variant] = []
    for entry in entries:
        variants += _positives(entry, rng)
        for extra in (_near_name(entry, rng), _other_person(entry, rng)):
            if extra:
                variants.append(extra)
    # A "clean" record can carry a listed party's exact name (an unlisted duplicate
    # record of the same company): that is a true hit, so it is not a negative.
    listed = {normalize_name(n) for e in entries for n in e.names}
    variants += [
        Variant(n, "unlisted real name", False)
        for n in clean_names
        if normalize_name(n) not in listed
    ]
    return variants


def evaluate_screening(
    screener: Screener, variants: Sequence[Variant], mode: str = "screener"
) -> ScreeningRun:
    """Precision and recall of 'hit', and of 'hit or possible match', with per-kind rates."""
    counts: Counter[str] = Counter()
    per_kind: dict[str, list[bool]] = {}
    errors: list[str] = []
    for v in variants:
        status = screener.screen([v.name]).status
        hit, flagged = status == "hit", status in ("hit", "possible_match")
        counts.update(
            {
                "tp": hit and v.positive,
                "fp": hit and not v.positive,
                "fn": not hit and v.positive,
                "tp_any": flagged and v.positive,
                "fp_any": flagged and not v.positive,
            }
        )
        per_kind.setdefault(v.kind, []).append(hit == v.positive)
        if hit != v.positive and len(errors) < 25:
            errors.append(f"{v.kind}: {v.name!r} -> {status}")
    positives = sum(1 for v in variants if v.positive)

    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    metrics = {
        "precision": ratio(counts["tp"], counts["tp"] + counts["fp"]),
        "recall": ratio(counts["tp"], positives),
        "precision_flagged": ratio(counts["tp_any"], counts["tp_any"] + counts["fp_any"]),
        "recall_flagged": ratio(counts["tp_any"], positives),
    }
    by_kind = {k: ratio(sum(v), len(v)) for k, v in per_kind.items()}
    return ScreeningRun(mode, len(variants), metrics, by_kind, errors)
