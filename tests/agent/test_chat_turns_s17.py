"""Session-17 chat defects (issue 9 items 1 and 5) through POST /v1/chat (no LLM) over a
slice of the real corpus, with new sentences (not the eval's): a party the exporter already
deals with (取引先, 代理店) in a regulation question is no buyer search, and a control list
(リスト規制) is no list asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-fefta-list-control.md",
    "intl/intl-trade-documents.md",
    "intl/intl-hs-classification.md",
    "tw/food-import-inspection-labelling.md",
    "hk/hk-free-port-customs-dutiable.md",
    "eu/eu-alcohol-sake-whisky.md",
    "sg/safety-mark-imda-radio.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns17"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _tools(done: dict[str, object]) -> list[str]:
    calls = done.get("tool_calls") or []
    assert isinstance(calls, list)
    return [c["name"] for c in calls if isinstance(c, dict)]


@pytest.mark.parametrize(
    "message",
    [
        "米国の取引先から「御社の製品はリスト規制品に該当しないか」と聞かれた。該非判定書は必要？",
        "経済産業省からの通知で、取引先への出荷に許可が要ると言われました。"
        "リスト規制に当たらない製品でも申請が必要ですか？",
        "取引先から紹介された現地の代理店に輸出する場合、輸出許可は必要？",
        "タイの輸入業者に卸しています。規制リストに載っている部品を使っていたら許可がいりますか？",
    ],
)
def test_a_known_party_in_a_rule_question_is_no_buyer_search(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    assert "shortlist_buyers" not in _tools(done), done["tool_calls"]
    assert "バイヤー候補" not in done["answer"], done["answer"]
    assert not [p for p in done["payloads"] if p["kind"] == "shortlist"], done["payloads"]


@pytest.mark.parametrize(
    "message",
    [
        "ドイツで日本茶を扱ってくれる取引先を探して",
        "ドイツで日本酒を扱う代理店を探しています。候補を教えて",
    ],
)
def test_a_request_for_buyers_still_finds_buyers(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    assert "shortlist_buyers" in _tools(done), done["tool_calls"]


def _field(answer: str, label: str) -> str:
    found = re.search(rf"・{label}: ([^\n]*)", answer)
    assert found, answer
    return found.group(1).strip()


@pytest.mark.parametrize(
    ("message", "goods", "quantity"),
    [
        # machines counted in 台, a Latin head glued to the name, no buyer named
        ("インボイスを作成して：IH調理器 40台、単価12,000円、FOB横浜。", "IH調理器", "40 台"),
        (
            "コマーシャルインボイスをお願い：USB-C充電器 250台、単価1,800円、"
            "買主 Hanbit Trading Co., Ltd.（韓国）、FOB大阪。",
            "USB-C充電器",
            "250 台",
        ),
        # full-width digits and space, clothes counted in 着
        (
            "インボイスを作って：綿のパーカー　３００着、単価２,５００円、FOB東京。",
            "綿のパーカー",
            "300 着",
        ),
        # the quantity said as a label, with and without its unit
        (
            "インボイスを作成：品名 電気ケトル、数量 75台、単価3,900円、買主 Hanbit Trading（韓国）。",
            "電気ケトル",
            "75 台",
        ),
        (
            "インボイスを作成：数量：90、品名：ステンレスタンブラー、単価：1,600円、FOB名古屋。",
            "ステンレスタンブラー",
            "90 個",
        ),
    ],
)
def test_a_document_request_reads_the_goods_and_their_quantity(
    client: TestClient, keys: Keys, message: str, goods: str, quantity: str
) -> None:
    done = ask(client, keys, message)
    assert _field(done["answer"], "品名") == goods
    assert _field(done["answer"], "数量") == quantity
    form = next(p for p in done["payloads"] if p["kind"] == "document_form")["data"]
    assert "product" not in form["missing"] and "quantity" not in form["missing"], form


@pytest.mark.parametrize(
    ("message", "ware"),
    [
        ("台湾の飲食店に波佐見焼の器を航空便で送っています。", "波佐見焼"),
        ("香港の雑貨店に萩焼の皿を卸しています。", "焼の皿"),
        ("台湾のカフェに信楽焼の湯呑みを出しています。", "信楽焼"),
    ],
)
def test_a_statement_of_what_is_shipped_is_export_intent_for_tableware(
    client: TestClient, keys: Keys, message: str, ware: str
) -> None:
    done = ask(client, keys, message)
    calls = [c for c in done["tool_calls"] if c["name"] == "build_checklist"]
    assert calls, done["tool_calls"]
    assert ware in calls[0]["arguments"]["product"], calls
    assert "酒" not in done["answer"], done["answer"]


def test_a_state_retail_monopoly_is_not_a_contract_question(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "スウェーデンの酒類の独占販売会社で日本酒を扱ってもらうには？")
    assert "契約・交渉" not in done["answer"], done["answer"]
    contract = ask(client, keys, "ドイツの代理店と独占販売契約を結びたい。注意点は？")
    assert "契約・交渉" in contract["answer"], contract["answer"]
    assert contract["escalated"]


def test_a_follow_up_asking_for_papers_keeps_the_goods_rule(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "シンガポールの家電量販店に延長コードを出そうと思っています。",
        "書類は何が要る？向こうで登録する時に必要な証明書は？",
    )
    first = done["answer"].split("\n")[0]
    assert "適合証明書" in first, done["answer"]
    assert "コマーシャル・インボイス" not in first, done["answer"]
