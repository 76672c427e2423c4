"""Session-18 hand-off (issue 9 item 4) through POST /v1/chat (no LLM) over a slice of the
real corpus, with new sentences (not the eval's): a market the corpus does not cover whose
own import rules are asked is handed to an advisor even where Japan's side is answered; a
business judgement asked by its form (the cheapest, which sells better) is handed off; a
question whose scene names an amount but asks no amount is answered, not handed off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.asked_side import asks_foreign
from export_assist.answering.judged import judgement
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

SLICE = [
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-fefta-list-control.md",
    "jp/jp-fefta-practice.md",
    "jp/jp-export-procedure-overview.md",
    "us/us-cbp-entry-isf-bond.md",
    "intl/intl-trade-documents.md",
    "sg/safety-mark-imda-radio.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("handoff18"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _handed(done: dict[str, Any]) -> None:
    """The turn is escalated and an advisor's draft waits for review."""
    assert done["escalated"], done["answer"]
    assert done["escalation"] and done["escalation"]["status"] == "pending", done["escalation"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("message", "market"),
    [
        (
            "ミンスクの商社から食器の引き合いがありました。ベラルーシ側の輸入許可はどうやって取るの？",
            "ベラルーシ",
        ),
        (
            "A distributor in St Petersburg wants our cosmetics. What certification does Russia "
            "require before they can be sold there?",
            "Russia",
        ),
    ],
)
def test_the_foreign_side_of_a_sanctioned_market_is_handed_off(
    client: TestClient, keys: Keys, message: str, market: str
) -> None:
    done = ask(client, keys, message)
    _handed(done)
    assert market in done["answer"]


@pytest.mark.slow
def test_japans_ban_still_answers_whether_we_may_export(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "ロシアに工作機械を輸出してもいいですか？")
    assert not done["escalated"], done["answer"]
    assert "禁止" in done["answer"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "message",
    [
        "横浜からシアトルまで40フィートコンテナで送るなら、どの船会社がいちばん安い？",
        "Which freight forwarder is cheapest for two pallets from Narita to Chicago?",
    ],
)
def test_the_cheapest_provider_is_an_advisors_question(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    _handed(done)
    assert "ISF" not in done["answer"].split("\n")[0]


@pytest.mark.slow
def test_a_support_listing_comes_with_the_hand_off(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "香港の食品見本市に出展するか、現地のバイヤー商談会に申し込むか迷っています。"
        "どちらが成約しやすい？",
    )
    _handed(done)
    assert "販路" in done["answer"]


@pytest.mark.slow
def test_an_amount_in_the_scene_is_no_amount_asked(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "該非判定で該当となった部品でも、価額が少なければ少額特例で許可なしに輸出できると"
        "聞きました。武器の部品でも使えますか？",
    )
    assert not done["escalated"], done["answer"]
    assert "特例" in done["answer"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("釜山まで送るのに、いちばん安い運送会社は？", "costs"),
        ("Should we join the Bangkok fair or sell online? Which one sells better?", "strategy"),
        ("代理店と直販、どっちが儲かる？", "strategy"),
        ("最も安全な梱包方法は？", None),
        ("EPAとMFNの関税はどちらが安い？", None),
        ("どこに申請して許可を取得すればいい？", None),
        ("FDAとUSDAの登録はどちらが必要？", None),
    ],
)
def test_judgement_forms(text: str, kind: str | None) -> None:
    assert judgement(text) == kind


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("テヘランの輸入業者に茶を売る。イラン側で必要な登録は？", True),
        ("Do Belarusian customs ask for a certificate of conformity?", True),
        ("Is an import permit needed for sake?", True),
        ("北朝鮮に中古の自転車を送れますか？", False),
        ("Can we ship machine tools to Russia?", False),
        ("ロシア向けの輸出許可は日本側でどう確認する？", False),
    ],
)
def test_the_side_asked(text: str, foreign: bool) -> None:
    assert asks_foreign(text, ["RU", "IR", "BY", "KP"]) is foreign
