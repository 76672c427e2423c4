"""A buyer that asks for no certification has no certification reason (s9 trial): 「この
バイヤーが求める認証はありません」 led nearly every buyer's reasons, above the product and
trade facts that placed it; the absence of a requirement says nothing about fit."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer(
        "Sencha Trading Inc.",
        "US",
        interests=["japanese green tea", "sencha"],
        product_codes=["090210"],
    ),
    buyer("Pacific Grocers LLC", "US", interests=["asian groceries"]),
    buyer(
        "Matcha Cafe Supply", "US", interests=["matcha powder"], certifications_required=["HACCP"]
    ),
]


def test_no_requirement_is_never_a_reason(container: Container, directory: BuyerDirectory) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {
            "product": {"description": "japanese green tea (sencha)", "hs_code": "090210"},
            "markets": ["US"],
        }
    )
    candidates = container.shortlists.rank(query).candidates
    assert candidates[0].buyer.name == "Sencha Trading Inc."
    top = candidates[0]
    assert top.reasons, "the best buyer is explained"
    # a product-fit or trade fact leads (lexical_*/history_* say one sentence each; own_goods:
    # the buyer buys this very product, s15 order.py)
    fits = {"own_goods", "semantic", "lexical", "code", "history", "product"}
    assert top.reasons[0].key in fits, top.reasons
    for cand in candidates:
        keys = [r.key for r in cand.reasons]
        assert "cert_none" not in keys, (cand.buyer.name, keys)
        assert "このバイヤーが求める認証はありません" not in cand.summary_ja
