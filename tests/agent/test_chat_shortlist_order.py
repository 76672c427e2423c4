"""The chat writes a shortlist in the order of the scores it writes (issue 15, session 15):
「スコア 0.78 / 0.72 / 0.70 / 0.72 / 0.71」 read as an unordered list."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.matching.scope import PUBLIC
from tests.agent.conftest import Keys, chat, final
from tests.matching.test_shortlist_order_is_shown import BUYERS, TEA


def test_the_chat_lists_the_buyers_in_the_order_of_the_scores_it_writes(
    container: Container, keys: Keys
) -> None:
    # the buyers of the matching test, in Germany (a market the test corpus covers), alone
    container.settings.matching.seed_sample_directory = False
    german = [b.model_copy(update={"country": "DE"}) for b in BUYERS]
    container.buyer_directory.upsert_many(german, owner=PUBLIC)
    with TestClient(create_app(container=container)) as client:
        done = final(chat(client, keys.exporter, message="ドイツで煎茶を扱う輸入業者を探して"))
    payload = next(p for p in done["payloads"] if p["kind"] == "shortlist")
    cands = payload["data"]["candidates"]
    assert {c["buyer"]["name"] for c in cands[:2]} == TEA, cands
    assert len(cands) == len(BUYERS)
    written = [float(s) for s in re.findall(r"スコア (\d\.\d\d)", done["answer"])]
    assert written == [round(c["score"], 2) for c in cands], done["answer"]
    assert written == sorted(written, reverse=True), done["answer"]
