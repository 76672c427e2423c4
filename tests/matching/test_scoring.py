"""The scoring model: features, hard requirements, weights from settings, diversity."""

from __future__ import annotations

from collections import Counter

import pytest

from export_assist.container import Container
from export_assist.matching import features as feat
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ExporterProfile, ShortlistQuery
from export_assist.matching.service import diversified
from tests.matching.conftest import buyer


def _public(**fields: object):  # a BuyerPublic without a database
    from export_assist.matching.models import BuyerPublic

    b = buyer(str(fields.pop("name", "X Co")), str(fields.pop("country", "US")), **fields)
    return BuyerPublic(**b.model_dump(), id=1, updated_at="2026-01-01T00:00:00")


def test_missing_required_certification_excludes() -> None:
    b = _public(
        certifications_required=["HACCP", "ISO 22000"], certifications_preferred=["organic"]
    )
    f = feat.certification_fit(b, ExporterProfile(certifications=["haccp"]))
    assert f.excludes and "ISO 22000" in f.reason
    ok = feat.certification_fit(b, ExporterProfile(certifications=["HACCP", "iso-22000"]))
    assert not ok.excludes and ok.value == pytest.approx(0.6)  # preference not met
    best = feat.certification_fit(
        b, ExporterProfile(certifications=["HACCP", "ISO22000", "Organic"])
    )
    assert best.value == 1.0


def test_order_size_overlap_and_gaps() -> None:
    b = _public(order_min_usd=10_000, order_max_usd=50_000)
    assert feat.order_size_fit(b, ExporterProfile(minimum_order_usd=5_000)).value == 1.0
    small = feat.order_size_fit(b, ExporterProfile(capacity_usd_per_order=2_500))
    assert small.value == pytest.approx(0.25) and "above your capacity" in small.reason
    big = feat.order_size_fit(b, ExporterProfile(minimum_order_usd=100_000))
    assert big.value == pytest.approx(0.5) and "below your minimum" in big.reason
    unknown = feat.order_size_fit(_public(), ExporterProfile(minimum_order_usd=1))
    assert not unknown.known and unknown.value == feat.NEUTRAL


def test_language_channel_and_history() -> None:
    assert feat.language_fit(_public(languages=["ja", "en"]), ExporterProfile()).value == 1.0
    assert (
        feat.language_fit(_public(languages=["de"]), ExporterProfile(languages=["ja", "en"])).value
        == 0.2
    )
    assert (
        feat.channel_fit(
            _public(channels=["retail", "online"]), ExporterProfile(channels=["online"])
        ).value
        == 0.5
    )
    history = Counter({"090210": 4, "090230": 1, "848210": 9})
    near = feat.trade_history_fit(history, "090210", "hs")
    far = feat.trade_history_fit(history, "030722", "hs")
    assert near.value > 0.6 and "4 past purchase(s) of 090210" in near.reason
    assert far.value == 0.0 and far.known
    assert not feat.trade_history_fit(Counter(), "090210", "hs").known


def _query(**fields: object) -> ShortlistQuery:
    base: dict[str, object] = {
        "product": {"code": "090210", "description": "matcha green tea powder"},
        "markets": ["US", "DE"],
        "view": "advisor",
    }
    base.update(fields)
    return ShortlistQuery.model_validate(base)


def test_shortlist_explains_every_candidate_and_screens(
    container: Container, small: BuyerDirectory
) -> None:
    result = container.shortlists.rank(_query(profile={"certifications": ["HACCP"]}))
    names = [c.buyer.name for c in result.candidates]
    assert names[0] in ("Tealeaf Imports Inc.", "Matcha House LLC")
    assert "Bearing World Corp." not in names[:3]
    for cand in result.candidates:
        assert {f.feature for f in cand.features} == {
            "product",
            "market",
            "certification",
            "order_size",
            "channel",
            "language",
            "trade_history",
        }
        assert all(f.reason for f in cand.features)
        assert cand.screening.status == "clear"
        assert sum(f.weight for f in cand.features) == pytest.approx(1.0, abs=1e-3)
    # The buyer named like a listed party is screened out, with the reason, for the advisor.
    assert [c.buyer.name for c in result.screened_out] == ["Vorstal Precision Machinery"]
    assert "fictitious_end_user_list" in result.screened_out[0].screening.matches[0].reason
    assert "GB" not in {c.buyer.country for c in result.candidates}  # market filter


def test_hard_requirement_removes_candidate(container: Container, small: BuyerDirectory) -> None:
    result = container.shortlists.rank(_query())  # no HACCP held
    assert "Matcha House LLC" not in [c.buyer.name for c in result.candidates]
    assert result.excluded_hard_requirements == 1


def test_weights_come_from_settings(container: Container, small: BuyerDirectory) -> None:
    profile = {"minimum_order_usd": 150_000}
    container.settings.matching.weights.order_size = 0.0
    first = container.shortlists.rank(_query(profile=profile)).candidates
    container.settings.matching.weights.order_size = 5.0
    second = container.shortlists.rank(_query(profile=profile)).candidates
    assert first[0].buyer.name != "Leaf & Cup GmbH"
    assert second[0].buyer.name == "Leaf & Cup GmbH"  # the only buyer taking such orders


def test_diversity_caps_one_city(container: Container) -> None:
    settings = container.settings.matching
    from export_assist.matching.models import Candidate, ScreeningResult

    def cand(i: int, city: str) -> Candidate:
        b = _public(name=f"Co {i}", city=city)
        return Candidate(
            rank=0,
            buyer=b,
            score=1 - i / 100,
            features=[],
            summary="",
            screening=ScreeningResult(status="clear"),
        )

    ranked = [cand(i, "Seattle") for i in range(6)] + [cand(10 + i, f"City {i}") for i in range(4)]
    chosen = diversified(ranked, 5, settings)
    assert Counter(c.buyer.city for c in chosen)["Seattle"] == settings.max_per_city
    assert len(chosen) == 5
