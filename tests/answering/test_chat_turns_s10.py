"""Session-10 follow-ups, product phrases and routing through POST /v1/chat (no LLM) over a
slice of the real corpus, replaying the s9 trial items (V9, V20, V27-V29, V32) and the
test7 follow-ups that got the previous market's answer (t008)."""

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
    "sg/food-labelling.md",
    "hk/hk-food-labelling.md",
    "hk/hk-food-import-cfs.md",
    "us/us-fda-food-facility-registration.md",
    "us/us-seafood-haccp.md",
    "vn/goods-labelling.md",
    "intl/intl-trade-documents.md",
    "intl/intl-hs-classification.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns10"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _call(done: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c["arguments"] for c in done["tool_calls"] if c["name"] == name)


def test_the_same_goods_in_another_market_get_the_same_question(
    client: TestClient, keys: Keys
) -> None:
    # test7 t008: the Hong Kong importer-registration card instead of Hong Kong's labels
    done = ask(
        client,
        keys,
        "What labelling does Singapore require on our packaged miso?",
        "And if we sell the same miso in Hong Kong?",
    )
    assert "132W" in done["answer"] and not done["escalated"]
    assert {c["country"] for c in done["citations"]} == {"HK"}


def test_local_importers_of_the_conversations_takoyaki(client: TestClient, keys: Keys) -> None:
    # s9 trial V9: 「現地」 was the product and the buyers matched auto parts
    done = ask(client, keys, "ベトナムに冷凍たこ焼きを輸出したい", "現地の輸入業者を探して")
    args = _call(done, "shortlist_buyers")
    assert args["product"] == "冷凍たこ焼き" and args["markets"] == ["VN"]
    assert "現地を扱う" not in done["answer"]


def test_kabayaki_keeps_the_eel_and_gets_the_checklist(client: TestClient, keys: Keys) -> None:
    # s9 trial V27: the checklist got 「蒲焼」 and only asked what kind of product it was
    done = ask(client, keys, "冷凍のうなぎ蒲焼をアメリカに輸出したい")
    assert _call(done, "build_checklist")["product"] == "冷凍のうなぎ蒲焼"


def test_the_hs_tool_gets_the_goods_not_the_question(client: TestClient, keys: Keys) -> None:
    # test7 t076: the HS tool got 「キッチンばさみ 番」
    done = ask(client, keys, "キッチンばさみのHSコードは何番？")
    assert _call(done, "suggest_hs_codes")["product"] == "キッチンばさみ"
    assert "キッチンばさみ 番" not in done["answer"]


def test_a_proforma_for_a_fair_contact_opens_the_document_form(
    client: TestClient, keys: Keys
) -> None:
    # s9 trial V28: answered with what a proforma invoice is
    done = ask(client, keys, "ドイツの展示会で商談した相手にプロフォーマインボイスを出したい")
    form = next(p for p in done["payloads"] if p["kind"] == "document_form")["data"]
    assert "product" in form["missing"] or "description" in " ".join(form["missing"])
    assert "品名" in done["answer"] and not done["escalated"]


def test_support_for_a_trade_fair_goes_to_the_programmes(client: TestClient, keys: Keys) -> None:
    # s9 trial V32: answered from US origin marking and handed off
    done = ask(
        client, keys, "We are a small company in Niigata. Any support for a trade fair in the US?"
    )
    assert [c["name"] for c in done["tool_calls"]][:1] == ["find_programmes"]
    assert not done["escalated"] and "origin" not in done["answer"].lower()


def test_programmes_and_procedures_are_both_answered(client: TestClient, keys: Keys) -> None:
    # s9 trial V29: the second half (the US procedures) was dropped
    done = ask(
        client,
        keys,
        "アメリカ向けに冷凍ホタテを輸出します。使える補助金と、必要な手続きを両方教えて",
    )
    names = [c["name"] for c in done["tool_calls"]]
    assert names[0] == "find_programmes" and "answer_question" in names
    assert "【輸出先の手続き】" in done["answer"]
    brewery = ask(
        client, keys, "新潟の酒蔵です。アメリカ向けの輸出で使える補助金と、必要な手続きを両方教えて"
    )
    # no goods named: the second half asks for them instead of vanishing
    assert "【輸出先の手続き】" in brewery["answer"] and "製品を教えてください" in brewery["answer"]


@pytest.mark.parametrize("message", ["こんにちは。何ができますか？", "What can you do?"])
def test_what_can_you_do_says_what_the_assistant_does(
    client: TestClient, keys: Keys, message: str
) -> None:
    # s9 trial V20: 「ご質問の内容が読み取れませんでした」
    done = ask(client, keys, message)
    assert not done["tool_calls"] and not done["escalated"]
    assert ("HSコード" in done["answer"]) or ("HS codes" in done["answer"])
    assert "読み取れませんでした" not in done["answer"] and "could not tell" not in done["answer"]
