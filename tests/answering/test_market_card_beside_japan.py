"""A question about a foreign market gets the market's own rule beside Japan's: Japan's
documents are candidates for every market and may rank first (export control for a
machine tool), but the card that answers comes from the market's documents; a question
that names a Japanese regime by name (the ATA carnet) is about that regime."""

from __future__ import annotations

import pytest

from export_assist.answering.cardpick import is_japan_side, pick_cards
from export_assist.answering.catalog import DocProfile
from export_assist.answering.rerank import DocScore
from export_assist.answering.retrieve import jurisdictions
from export_assist.answering.understand import understand
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB CN KR TW HK SG VN TH AU JP INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])
JAPAN = ["jp-fefta-list-control", "jp-export-control-classification", "jp-fefta-practice"]


def _docs(market_doc: str, country: str) -> list[DocScore]:
    """Japan's three documents ranked first (each well ahead), the market's fourth."""
    ranked = [(d, "JP") for d in JAPAN] + [(market_doc, country)]
    return [
        DocScore(DocProfile(d, d, c, "ja", [], []), score=4.0 - i)
        for i, (d, c) in enumerate(ranked)
    ]


@pytest.mark.parametrize(
    ("text", "market_doc", "country"),
    [
        (
            "炭素繊維のシートをタイの工場に輸出します。気をつけることはありますか？",
            "th-customs-origin",
            "TH",
        ),
        (
            "精密測定器をベトナムに出荷する予定です。注意点を教えてください。",
            "vn-customs-origin",
            "VN",
        ),
        (
            "What should we watch out for when exporting a machining centre to Taiwan?",
            "tw-customs-tariff-alcohol",
            "TW",
        ),
    ],
    ids=["carbon-fibre-thailand", "gauges-vietnam", "machining-centre-taiwan-en"],
)
def test_the_market_rule_answers_beside_japans_documents(
    text: str, market_doc: str, country: str
) -> None:
    q = understand(text, COVERED)
    assert q.destinations == [country] and not q.japan_side
    picked = pick_cards(CARDS.cards, q, jurisdictions(q), q.text, _docs(market_doc, country))
    assert picked, "no card from the market's own documents"
    assert all(market_doc in c.evidence and not is_japan_side(c) for c in picked)


def test_a_named_japanese_regime_keeps_the_market_cards_out() -> None:
    q = understand(
        "台湾の見本市に試作機を持ち込んで、あとで持ち帰ります。ATAカルネは使えますか？", COVERED
    )
    carnet = "jp-ata-carnet-temporary-export"
    docs = [DocScore(DocProfile(d, d, "JP", "ja", [], []), score=5.0) for d in [carnet, *JAPAN]]
    docs.append(
        DocScore(DocProfile("tw-customs-tariff-alcohol", "t", "TW", "ja", [], []), score=1.0)
    )
    picked = pick_cards(CARDS.cards, q, jurisdictions(q), q.text, docs, named=frozenset({carnet}))
    assert not [c.id for c in picked if "TW" in c.markets]
