"""Session-12 turns through POST /v1/chat (no LLM) over a slice of the real corpus, replaying
the s11 trial items X4/X9 (a document said all in one message), X12 (a pending clarifying
question swallowed a new advice question), X15/X24 (an origin statement could not be asked
for) and X8 (「候補」 was the product), with new sentences of the same kinds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "intl/intl-trade-documents.md",
    "jp/jp-epa-self-certification.md",
    "vn/goods-labelling.md",
    "us/us-fda-food-facility-registration.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns12"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _form(done: dict[str, Any]) -> dict[str, Any]:
    return dict(next(p for p in done["payloads"] if p["kind"] == "document_form")["data"])


def test_an_advice_question_is_not_the_pending_market_question(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client, keys, "干ししいたけを輸出したいです", "販売代理店との契約書を確認してもらえますか？"
    )
    assert done["escalated"] and "どの国・地域" not in done["answer"]


def test_an_origin_statement_for_a_market_without_an_agreement_says_so(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "煎茶をアメリカに輸出しています", "原産地申告文を作成してください")
    form = _form(done)
    assert form["documents"] == ["origin_statement"] and "agreement" not in form["missing"]
    assert "米国はこれらの協定の締約相手国ではありません" in done["answer"]
    vietnam = _form(
        ask(
            client, keys, "ベトナムのHanoi Leaf JSCに煎茶80袋を送ります。RCEPの原産地申告文を作って"
        )
    )
    assert vietnam["fields"]["agreement"] == "rcep" and vietnam["fields"]["product"] == "煎茶"


def test_a_bottle_size_and_cartons_after_the_goods_were_named(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "ベトナムに梅酒を輸出したい",
        "500ml瓶を24本入りで20カートン送ります。インボイスを作成してください",
    )
    fields = _form(done)["fields"]
    assert fields["product"] == "梅酒 500ml瓶"
    assert (fields["quantity"], fields["packages"]) == ("480 本", "20")


def test_buyer_candidates_keep_the_conversations_goods(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "冷凍サンマをベトナムに輸出したい", "ベトナムの取引先候補を探して")
    args = next(c["arguments"] for c in done["tool_calls"] if c["name"] == "shortlist_buyers")
    assert args["product"] == "冷凍サンマ" and args["markets"] == ["VN"]
