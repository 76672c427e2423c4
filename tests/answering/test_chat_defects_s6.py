"""Session-6 trial defects replayed through POST /v1/chat (no LLM) over a slice of the real
corpus: Japan's export control for a machine tool whatever the market, the sanctions ban
leading a Russia or North Korea answer (no 「が必要が必要です」), a payment dispute that is
no buyer search, and no table header quoted as a sentence."""

from __future__ import annotations

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
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-cites-export.md",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-fefta-list-control.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-export-control-classification.md",
    "kr/customs-rcep-origin.md",
    "tw/customs-tariff-alcohol.md",
    "tw/health-food-control-act.md",
    "ca/ca-market-entry.md",
    "intl/intl-hs-classification.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("defects6"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _body(answer: str) -> list[str]:
    """The answer's lines after the not-covered head (the Japan-side part)."""
    return [line for line in answer.splitlines()[1:] if line.strip()]


def test_machine_tool_to_korea_names_japans_export_control(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "工作機械（NC旋盤）を韓国に輸出する時に気をつけることは？")
    text = done["answer"]
    assert "韓国では" in text  # the market's own rule is still answered
    assert "リスト規制" in text and "キャッチオール" in text and "経済産業省" in text
    assert {"jp-fefta-list-control", "jp-fefta-catch-all-end-user-list"} & {
        c["doc_id"] for c in done["citations"]
    }


def test_russia_lathe_opens_with_the_sanctions_ban(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "ロシアにNC旋盤を輸出したい。どんな手続きが必要？")
    lead = _body(done["answer"])[0]
    assert "制裁" in lead and "輸出禁止" in lead, lead
    assert "輸出申告" not in lead
    assert "工作機械" in done["answer"]


def test_north_korea_cosmetics_lead_with_the_ban_in_plain_japanese(
    client: TestClient, keys: Keys
) -> None:
    text = ask(client, keys, "北朝鮮に化粧品を送れますか？")["answer"]
    assert "が必要が必要" not in text
    lead = _body(text)[0]
    # the ban leads: the sanctions card, or the luxury-goods ban that names cosmetics
    assert "禁止" in lead and "ワシントン条約" not in lead, lead
    # the luxury-goods ban names cosmetics: a list of goods across kinds is quoted
    assert "奢侈品" in text


def test_a_payment_dispute_is_no_buyer_search(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "台湾の代理店が3か月分の代金を払ってくれません。台湾で訴訟を起こすべきかどうか、"
        "回収できる見込みを教えてください。",
    )
    assert "shortlist" not in {p["kind"] for p in done.get("payloads", [])}
    # no shortlist said in words either (the hand-off may name what the service does, s16:
    # 「…バイヤー候補の一覧…」, so the shortlist's own sentences are what must be absent)
    assert "バイヤー候補です" not in done["answer"]
    assert "社のバイヤー候補" not in done["answer"]
    assert done["escalated"]


def test_table_headers_are_not_quoted(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "Can I export green tea to Canada? What do I need?")["answer"]
    assert "Level: Digits" not in text and "worldwide:Level" not in text
