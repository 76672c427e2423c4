"""A Japan-side card kept to some markets (issue 9, right market) still answers a Japan-side
question that names no market, and never one about a market it does not apply to."""

from __future__ import annotations

import pytest

from export_assist.answering.cardpick import pick_cards
from export_assist.answering.catalog import DocProfile
from export_assist.answering.rerank import DocScore
from export_assist.answering.retrieve import jurisdictions
from export_assist.answering.understand import understand
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB CN KR TW HK SG VN TH AU JP INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])
JCCI_DOC = "jp-epa-jcci-certificate-of-origin"


def _picked(text: str) -> list[str]:
    q = understand(text, COVERED)
    assert q.japan_side
    docs = [DocScore(DocProfile(JCCI_DOC, JCCI_DOC, "JP", "en", [], []))]
    return [c.id for c in pick_cards(CARDS.cards, q, jurisdictions(q), q.text, docs)]


@pytest.mark.parametrize(
    "text",
    [
        "日本商工会議所の第一種特定原産地証明書を取るまでの手順を教えてください。",
        "タイ向けに日本商工会議所の第一種特定原産地証明書を取るまでの手順を教えてください。",
    ],
    ids=["no-market", "thailand"],
)
def test_the_jcci_card_answers_where_it_applies(text: str) -> None:
    assert _picked(text) == ["jp-epa-origin-jcci"]


def test_the_jcci_card_is_not_offered_for_the_us() -> None:
    assert "jp-epa-origin-jcci" not in _picked(
        "米国向けに日本商工会議所の第一種特定原産地証明書は必要ですか？"
    )
