"""A buyer's reasons never show a zero match as a reason (s7 user trial): 「ベトナムで日本の
調味料を買ってくれるバイヤーを探して」 listed 「関心品目と語句が一致（最良の0%）」 for buyers whose
interests share no word with the product: the learned ranker's word-overlap weight makes a 0
raise the score, but no shared word is an absence, not a reason to propose the buyer; with
that gone, 「210390 の購入実績 0 件（…全 0 件中）」 (no purchase of the code) took its place."""

from __future__ import annotations

import re

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

BUYERS = [
    buyer("Saigon Sauce Co", "VN", interests=["soy sauce and seasonings"], product_codes=["2103"]),
    buyer("Hanoi Health JSC", "VN", interests=["health food supplements"]),
    buyer("Mekong Steel JSC", "VN", interests=["steel pipes"]),
    buyer("Delta Toys JSC", "VN", interests=["plastic toys"], languages=["ja"]),
]
ZERO = re.compile(
    r"(最良の|近接 |HSコード近接 )0%|\b0% of the best|proximity 0%|調達 0 件|購入実績 0 件|^0 past"
)


def test_a_zero_match_is_never_a_reason(container: Container, directory: BuyerDirectory) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {"product": {"description": "調味料", "code": "210390"}, "markets": ["VN"]}
    )
    candidates = container.shortlists.rank(query).candidates
    assert candidates[0].buyer.name == "Saigon Sauce Co"
    assert len(candidates) == 4
    for cand in candidates:
        said = [r.en for r in cand.reasons] + [r.ja for r in cand.reasons]
        assert said, cand.buyer.name  # every proposed buyer still has a reason
        assert not [s for s in said if ZERO.search(s)], (cand.buyer.name, said)
