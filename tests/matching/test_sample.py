"""The fictitious sample directory: deterministic, broad, and labelled as fictitious."""

from __future__ import annotations

from collections import Counter

from export_assist.matching.models import FICTITIOUS_NOTICE
from export_assist.matching.sample import generate
from export_assist.screening.normalize import normalize_name

MARKETS = {"US", "CN", "KR", "TW", "HK", "SG", "TH", "VN", "AU", "DE", "GB", "FR"}


def test_same_seed_same_directory_other_seed_other_directory() -> None:
    assert generate(120, seed=1) == generate(120, seed=1)
    assert generate(120, seed=1) != generate(120, seed=2)


def test_at_least_500_buyers_over_the_12_markets_all_fictitious() -> None:
    buyers = generate(600)
    assert len(buyers) == 600
    countries = Counter(b.country for b in buyers)
    assert set(countries) == MARKETS
    assert min(countries.values()) >= 15  # every market has a real choice
    assert all(b.fictitious and "fictitious" in b.source for b in buyers)
    assert all(b.website and b.website.endswith(".example") for b in buyers)
    assert len({(normalize_name(b.name), b.country) for b in buyers}) == 600
    types = Counter(b.buyer_type for b in buyers)
    assert len(types) >= 6 and max(types.values()) < 0.4 * len(buyers)
    assert sum(1 for b in buyers if b.certifications_required) > 60
    assert "fictitious" in FICTITIOUS_NOTICE.lower()
