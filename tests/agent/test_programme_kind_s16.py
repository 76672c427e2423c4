"""The kind of programme a question asks for decides the order (session 16, issue 9 item
5): a facility subsidy, an interest subsidy, the consortium and branding questions listed
generic JETRO advice first. Through POST /v1/chat (no LLM) with the real catalogue."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.agent.conftest import Keys, chat, final
from tests.agent.test_programmes_tool import _wire


def _listed(done: dict[str, object]) -> list[str]:
    payload = next(p for p in done["payloads"] if p["kind"] == "programmes")  # type: ignore[attr-defined]
    return [m["id"] for m in payload["data"]["matches"]]


@pytest.mark.parametrize(
    ("message", "first"),
    [
        (
            "冷凍ギョーザの工場を、輸出先の衛生基準に合うように改修したい。"
            "設備の改修や機械の入れ替えに使える国の補助はある？",
            "maff-export-haccp-facilities",
        ),
        ("工場のHACCP対応の改修に使える補助金はありますか？", "maff-export-haccp-facilities"),
        (
            "うちは小さな漆器メーカーです。海外向けの新商品の開発やブランディングにかかる費用を、"
            "国が一部補助してくれる制度はある？",
            "meti-japan-brand",
        ),
        ("輸出コンソーシアムに入りたい。どんな支援が受けられる？", "jetro-new-export-consortium"),
        (
            "輸出はまったく初めて。専門家にずっと付き添ってもらえるような国の支援ってある？",
            "jetro-new-export-consortium",
        ),
        (
            "食品メーカーです。借りたお金の金利を補助してくれる国の制度はある？",
            "ofsi-certified-exporter-interest-subsidy",
        ),
        (
            "代金を払ってもらえなかったときに備える保険ってある？",
            "nexi-sme-export-credit-insurance",
        ),
    ],
)
def test_the_asked_kind_of_programme_comes_first(
    client: TestClient, container: Container, keys: Keys, message: str, first: str
) -> None:
    _wire(container)
    done = final(chat(client, keys.exporter, message=message))
    listed = _listed(done)
    assert listed and listed[0] == first, listed
    name = container.programmes.get(first).official_name
    answer = done["answer"]
    assert name in answer, answer
    # the asked programme is said before any generic JETRO advice service
    generic = [answer.find(w) for w in ("貿易投資相談", "ブリーフィング") if w in answer]
    assert all(answer.find(name) < g for g in generic), answer
