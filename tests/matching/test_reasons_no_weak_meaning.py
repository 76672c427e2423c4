"""A buyer's reasons never claim a weak closeness in meaning (s34 user trial): a shortlist for
Nambu cast-iron kettles in Germany told the exporter a clothing buyer was proposed because
「関心品目『Tシャツ・衣料品』と意味が44%近い」. Below 45 % (matching.ranker_features.
SEMANTIC_SHOWN) the closeness still counts in the score but is not said as a reason; a
kitchenware buyer's closer interest still is."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer("Mode Textil GmbH", "DE", interests=["Tシャツ・衣料品"], languages=["ja"]),
    buyer("Porzellan GmbH", "DE", interests=["陶磁器の食器"]),
    buyer("Messtechnik GmbH", "DE", interests=["測定・検査機器"], languages=["ja"]),
    buyer("Kochhaus GmbH", "DE", interests=["キッチン用品・調理器具"]),
]


def test_only_a_close_meaning_is_said(container: Container, directory: BuyerDirectory) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {"product": {"description": "南部鉄器の鉄瓶 急須"}, "markets": ["DE"]}
    )
    ranked = container.shortlists.rank(query).candidates
    said = {c.buyer.name: [r.ja for r in c.reasons] for c in ranked}
    assert all(said.values()), said  # every proposed buyer keeps a reason
    for name in ("Mode Textil GmbH", "Messtechnik GmbH"):
        assert not [s for s in said[name] if "と意味が" in s], said[name]
    assert any("キッチン用品・調理器具" in s for s in said["Kochhaus GmbH"]), said
