"""Issue 9's examples through POST /v1/chat (no LLM) over a slice of the real corpus:
each gives a right-market, on-topic, clean answer or an honest escalation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from tests.agent.conftest import chat, final
from tests.answering.conftest import chat_container
from tests.answering.test_engine import BROKEN
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow


@pytest.fixture
def container(corpus_container: Container, tmp_path: Path) -> Iterator[Container]:
    """A container over the indexed slice with a fresh database (the keys live there)."""
    base = corpus_container.settings
    built = chat_container(base.data_dir, base.corpus_dir, tmp_path / "app.db")
    yield built
    built.engine.dispose()


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    """The app (its start-up seeds the sample buyer directory)."""
    with TestClient(create_app(container=container)) as test_client:
        yield test_client


def ask(client: TestClient, keys: Keys, *turns: str) -> dict[str, Any]:
    """Play the turns as one conversation; the last turn's final payload."""
    cid = None
    done: dict[str, Any] = {}
    for turn in turns:
        body = {"message": turn} | ({"conversation_id": cid} if cid else {})
        done = final(chat(client, keys.exporter, **body))
        cid = done["conversation_id"]
    clean(done)
    return done


def cited_docs(done: dict[str, Any]) -> set[str]:
    """The documents the answer cites."""
    citations = done.get("citations") or []
    assert isinstance(citations, list)
    return {str(c["doc_id"]) for c in citations if isinstance(c, dict)}


def clean(done: dict[str, Any]) -> None:
    """No broken text, no raw tool error, one citation per section, every marker cited."""
    text = done["answer"]
    for pattern in BROKEN:
        assert not pattern.search(text), (pattern.pattern, text)
    # a PDF without headings is cited by page: two pages are two places
    keys_ = [(c["doc_id"], c["section"], c.get("page")) for c in done["citations"]]
    assert len(keys_) == len(set(keys_)), keys_
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert markers <= set(range(1, len(done["citations"]) + 1)), (markers, keys_)


def test_brazil_sake_names_the_gap_answers_japan_side_and_escalates(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "ブラジルに日本酒を輸出するには？")
    assert done["escalated"] and done["escalation"]["status"] == "pending"
    assert done["answer"].startswith("ブラジル向けの規制は、登録済みの資料にまだ含まれていません。")
    assert "対応している市場:" in done["answer"] and "酒税" in done["answer"]
    assert {c["country"] for c in done["citations"]} == {"JP"}


def test_kenya_used_cars_never_show_a_raw_tool_error(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "ケニアに中古車を輸出したい")
    assert done["escalated"] and "ケニア" in done["answer"]
    assert all(c["error"] is None for c in done["tool_calls"])


def test_ce_mark_rice_cooker_germany(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "Do I need a CE mark for a rice cooker in Germany?")
    cited = {c["doc_id"] for c in done["citations"]}
    assert not done["escalated"] and "CE" in done["answer"]
    assert cited & {"eu-ce-marking-nlf", "eu-lvd-emc-rohs-weee"}
    assert not cited & {"eu-japan-food-radioactivity-status", "jp-export-procedure-overview"}


def test_cosmetics_china_no_food_plant_registration(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "中国に化粧品を輸出するには何の登録が必要ですか？")
    assert "NMPA" in done["answer"] and "GACC" not in done["answer"]
    assert "cn-overseas-food-manufacturer-registration" not in {
        c["doc_id"] for c in done["citations"]
    }


def test_hs_question_goes_to_the_hs_tool_and_asks_for_the_material(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "このタオルのHSコードは？")
    assert done["tool_calls"][0]["name"] == "suggest_hs_codes"
    assert done["tool_calls"][0]["arguments"]["product"] == "タオル"
    assert "素材" in done["answer"] and "6302" in done["answer"]
    subheading = ask(client, keys, "Which HS subheading covers sake?")
    assert "2206.00" in subheading["answer"]


def test_tea_buyers_in_the_us_come_first(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "Find importers of Japanese green tea in the United States.")
    call = done["tool_calls"][0]
    assert call["name"] == "shortlist_buyers" and call["arguments"]["markets"] == ["US"]
    assert call["arguments"]["product"] == "green tea" and call["arguments"]["hs_code"]
    shortlist = next(p for p in done["payloads"] if p["kind"] == "shortlist")["data"]
    first = shortlist["candidates"][0]["buyer"]
    assert first["country"] == "US"
    assert "tea" in " ".join(first.get("interests", [])).lower() or "0902" in str(first)


def test_document_request_reads_the_fields_and_asks_only_for_the_rest(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "緑茶500kg、単価2,000円/kg、買い手はABC Trading Inc.（アメリカ）、条件はFCA東京でインボイスを作ってください。",
    )
    form = next(p for p in done["payloads"] if p["kind"] == "document_form")["data"]
    assert form["fields"]["quantity"] == "500 kg" and form["fields"]["incoterm"] == "FCA Tokyo"
    assert "quantity" not in form["missing"] and "exporter" in form["missing"]
    assert "POST /v1/documents" not in done["answer"] and "輸出者の名称・住所" in done["answer"]


def test_follow_ups_keep_product_and_question(client: TestClient, keys: Keys) -> None:
    france = ask(client, keys, "ドイツに日本酒を輸出するときのラベル表示は？", "フランスの場合は？")
    assert "フランス" in france["answer"] and not france["escalated"]
    assert {c["country"] for c in france["citations"]} <= {"FR", "EU"}
    longest = ask(
        client, keys, "米国に緑茶を輸出するには何が必要？", "その中で一番時間がかかるのは？"
    )
    assert "最も時間がかかる" in longest["answer"]


def test_questions_outside_the_corpus_escalate(client: TestClient, keys: Keys) -> None:
    for question in (
        "うちの商品、台湾で売れると思いますか？",
        "What will the US tariff on Japanese goods be next year?",
    ):
        done = ask(client, keys, question)
        assert done["escalated"] and done["escalation"]["kind"] == "answer", question


def test_japanese_answer_has_japanese_labels_and_clean_numbers(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "FDAへの食品施設登録は必要ですか？")
    assert "米国では" in done["answer"] and "所管:" in done["answer"]
    assert "1.225" in done["answer"] and "1. 225" not in done["answer"]


def test_wagashi_buyers_in_france_keep_the_product_and_its_code(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "フランスで和菓子のバイヤー候補を探して")
    args = done["tool_calls"][0]["arguments"]
    # the product is 和菓子, not 菓子; its code comes from the product, not from "バイヤー"
    assert args["product"] == "和菓子" and args["markets"] == ["FR"]
    assert args["hs_code"].startswith(("17", "19", "20", "21")), args
    shortlist = next(p for p in done["payloads"] if p["kind"] == "shortlist")
    first = shortlist["data"]["candidates"][0]["buyer"]
    assert "wagashi" in " ".join(first.get("interests", [])).lower(), first
    assert shortlist["draft"]["title"].endswith("和菓子")


def test_kettle_checklist_for_germany_through_chat_names_the_electrical_rules(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client, keys, "電気ケトル（家庭用、1.2L）をドイツに輸出するためのチェックリストを作って"
    )
    call = done["tool_calls"][0]
    assert call["name"] == "build_checklist" and call["arguments"]["destinations"] == ["DE"]
    assert call["arguments"]["product"] == "電気ケトル"
    data = next(p for p in done["payloads"] if p["kind"] == "checklist")["data"]
    (germany,) = data["checklists"]
    text = " ".join(f"{i['title']} {i.get('legal_basis', '')}" for i in germany["items"])
    for rule in ("CE", "2014/35/EU", "2014/30/EU", "2011/65/EU", "WEEE"):
        assert rule in text, (rule, text)
