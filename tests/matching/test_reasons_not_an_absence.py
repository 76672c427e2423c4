"""A buyer's reasons name facts about it, not an absence (s6 user trial): "Find buyers for
stainless steel kitchen knives in the UK" listed "0 past purchases on file" (購入実績 0 件) as a
reason the buyer was proposed: the learned ranker's volume weight is below its mean there."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer("Knife Hall Ltd", "GB", interests=["kitchen knives", "chef knives"]),
    buyer("Cutlery Row Ltd", "GB", interests=["cutlery and tableware"]),
    buyer("Tea Leaf Ltd", "GB", interests=["green tea"]),
]


def test_no_purchases_on_file_is_never_a_reason(
    container: Container, directory: BuyerDirectory
) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {"product": {"description": "stainless steel kitchen knives"}, "markets": ["GB"]}
    )
    candidates = container.shortlists.rank(query).candidates
    assert candidates[0].buyer.name == "Knife Hall Ltd"
    for cand in candidates:
        said = [r.en for r in cand.reasons] + [r.ja for r in cand.reasons]
        assert not [s for s in said if s.startswith(("0 past purchases", "購入実績 0 件"))], said
