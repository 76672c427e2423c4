"""A prefecture's or a city's programme is a long shot for a company that named no
prefecture (s7 user trial): 「展示会に出るための補助金の締め切りはいつ？」 listed
「海外販路開拓支援補助金（むつ市）」 (a 平成30年度 call) 5th of 5, above national trade-fair
help. Once the prefecture is known, the local programme ranks on its merits again."""

from __future__ import annotations

from export_assist.programmes.catalogue import load_catalogue
from export_assist.programmes.matching import match_programmes
from export_assist.programmes.profile import ExporterProfile

from .conftest import CATALOGUE, TODAY

MUTSU = "mutsu-overseas-channel-subsidy"


def _ids(profile: ExporterProfile, limit: int = 5) -> list[str]:
    cat = load_catalogue([CATALOGUE])
    return [m.id for m in match_programmes(cat.programmes, profile, TODAY, limit=limit).matches]


def test_no_local_programme_in_the_top_five_without_a_prefecture() -> None:
    cat = load_catalogue([CATALOGUE])
    local = {p.id for p in cat.programmes if p.eligibility.prefectures}
    assert MUTSU in local
    top = _ids(ExporterProfile(planned_activities=["trade_fair"]))
    assert len(top) == 5
    assert not set(top) & local, top
    assert "jetro-trade-fair-japan-pavilion" in top


def test_the_local_programme_returns_for_its_own_prefecture() -> None:
    top = _ids(ExporterProfile(prefecture="青森県", planned_activities=["trade_fair"]), 10)
    assert MUTSU in top


def test_local_programmes_come_after_every_nationwide_one_without_a_prefecture() -> None:
    """20 staff, a trade fair, no prefecture (s11 trial X13): down a list of ten, むつ市's
    subsidy came 5th, above the NTA's nationwide sake programmes. Local ones may fill the list,
    never above a nationwide one, and the prefecture is asked."""
    cat = load_catalogue([CATALOGUE])
    local = {p.id for p in cat.programmes if p.eligibility.prefectures}
    prof = ExporterProfile(employees=20, planned_activities=["trade_fair"])
    result = match_programmes(cat.programmes, prof, TODAY, limit=10)
    kinds = [m.id in local for m in result.matches]
    assert kinds == sorted(kinds), [m.id for m in result.matches]
    assert any(kinds)
    assert any("都道府県" in q for q in result.questions), result.questions
