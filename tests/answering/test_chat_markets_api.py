"""Answer defects seen as a user in session 5, replayed through POST /v1/chat (no LLM)
over a slice of the real corpus with Canada, Malaysia and India: an origin question is
answered from the corpus (not the HS tool), a market change re-asks the question for the
new market, quotes stay on the product's kind of goods and topic, and the chat's
checklist summary counts what the checklist lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import chat_container, index_slice
from tests.answering.test_chat_api import ask, client
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "keys"]
pytestmark = pytest.mark.slow

MARKETS = [
    "ca/ca-market-entry.md",
    "my/my-market-entry.md",
    "in/in-market-entry.md",
    "ph/ph-market-entry.md",
    "intl/intl-trade-documents.md",
    "intl/intl-hs-classification.md",
    "jp/jp-epa-self-certification.md",
    "jp/jp-export-procedure-overview.md",
]


@pytest.fixture(scope="module")
def markets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose index holds the markets slice (indexed once for the module)."""
    base = tmp_path_factory.mktemp("markets")
    index_slice(base, MARKETS).close()
    return base


@pytest.fixture
def container(markets_dir: Path, tmp_path: Path) -> Iterator[Container]:
    """A container over the markets slice with a fresh database (the keys live there)."""
    built = chat_container(markets_dir / "data", markets_dir / "regulations", tmp_path / "app.db")
    yield built
    built.engine.dispose()


def _tools(done: dict) -> list[str]:  # type: ignore[type-arg]
    return [c["name"] for c in done["tool_calls"]]


def test_carotar_origin_question_is_answered_from_the_corpus_not_the_hs_tool(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "インドに醤油を輸出します。CAROTARで特恵税率を受けるのに求められる原産地情報は？",
    )
    assert _tools(done) == ["answer_question"], done["tool_calls"]
    assert "CAROTAR" in done["answer"] and not done["escalated"]
    assert {c["doc_id"] for c in done["citations"]} == {"in-market-entry"}


def test_market_change_re_asks_the_agreement_question_for_canada(
    client: TestClient, keys: Keys
) -> None:
    for first, then in (
        ("マレーシア向けに使える経済連携協定は？", "カナダの場合は？"),
        ("Which FTA can I use for exports to Malaysia?", "What about Canada?"),
    ):
        done = ask(client, keys, first, then)
        assert "CPTPP" in done["answer"], done["answer"]
        assert "ca-market-entry" in {c["doc_id"] for c in done["citations"]}
        assert "マレーシア" not in done["answer"] and "Malaysia" not in done["answer"]


def test_soy_sauce_label_answer_quotes_no_electrical_or_origin_sentence(
    client: TestClient, keys: Keys
) -> None:
    for question in (
        "マレーシアに醤油を輸出するときのラベル表示は？",
        "What must the label of soy sauce say in Malaysia?",
    ):
        done = ask(client, keys, question)
        answer = done["answer"]
        assert "マレー語" in answer or "Malay" in answer, answer
        for aside in ("SIRIM", "電気製品", "MCMC", "CPTPP", "RCEP", "electrical"):
            assert aside not in answer, (aside, answer)


def test_chat_checklist_summary_counts_what_the_checklist_lists(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "カナダに日本酒を輸出するためのチェックリストを作って")
    assert _tools(done) == ["build_checklist", "answer_question"]
    data = next(p for p in done["payloads"] if p["kind"] == "checklist")["data"]
    (canada,) = data["checklists"]
    items = canada["items"]
    japan = [i for i in items if i["evidence"] and all(e.startswith("jp-") for e in i["evidence"])]
    assert f"チェックリストで{len(items)}件" in done["answer"], done["answer"]
    assert f"日本側の手続き{len(japan)}件" in done["answer"], done["answer"]
    # the checklist endpoint lists the same number for the same product and market
    listed = client.post(
        "/v1/checklists", json={"product": "日本酒", "destinations": ["CA"]}
    ).json()
    assert len(listed["checklists"][0]["items"]) == len(items)


def test_senbei_fssai_question_opens_with_the_food_card_not_cosmetics(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "インドにスパイスではなく日本の米菓（せんべい）を輸出したい。FSSAIの登録は必要？",
    )
    first = done["answer"].splitlines()[0]
    assert "FSSAI" in first and "化粧品" not in done["answer"], done["answer"]
    assert "BIS" not in done["answer"] and "電子製品" not in done["answer"]


def test_sake_permits_in_the_philippines_quote_no_radio_permits(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "フィリピンに日本酒を輸出したい。必要な許可は？")
    assert "LTO" in done["answer"], done["answer"]
    for aside in ("NTC", "Radio", "無線"):
        assert aside not in done["answer"], (aside, done["answer"])
