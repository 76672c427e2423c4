"""Issue 9's examples replayed in the widget as a user sees them (one server over a slice of
the real corpus, one browser page, a new conversation per example): each gives a
right-market, on-topic, clean answer or an honest escalation. tests/answering/
test_chat_api.py replays the same examples through the API."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.answering.conftest import copy_slice
from tests.answering.test_engine import BROKEN
from tests.browser.conftest import _free_port
from tests.browser.helpers import ask, ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def replay_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app (demo mode, no LLM) over the indexed slice and the real cards."""
    import uvicorn

    base = tmp_path_factory.mktemp("replays")
    root = copy_slice(base)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=base / "data",
        corpus_dir=root,
        database={"url": f"sqlite:///{base / 'app.db'}"},
        auth={"demo_keys": "on"},
        compliance={"cards_dir": REPO / "regulations" / "cards"},
    )
    settings.llm.base_url = None
    container = Container(settings)
    report = container.ingestor.ingest([root], progress=False)
    assert report.ok, report.errors
    port = _free_port()
    app = create_app(container=container)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    container.close()


@pytest.fixture(scope="module")
def widget(browser: Any, replay_url: str) -> Iterator[Any]:
    """One page of the widget for every replay (a Japanese user)."""
    context = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.goto(replay_url + "/")
    ready(opened)
    yield opened
    context.close()


def replay(page: Any, *turns: str) -> tuple[str, Any]:
    """A new conversation with these turns; the last answer's text and its article."""
    page.get_by_role("button", name="新しい会話").click()
    answer = None
    for turn in turns:
        answer = ask(page, turn, timeout=120000)
    assert answer is not None
    text = answer.locator(".eaw-answer").inner_text()
    for pattern in BROKEN:  # clean text: no split URLs or numbers, no raw Markdown
        assert not pattern.search(text), (pattern.pattern, text)
    assert answer.locator(".eaw-error").count() == 0, answer.inner_text()
    return text, answer


def escalated(answer: Any) -> bool:
    """Whether the user sees the hand-off to an advisor."""
    return answer.locator(".eaw-escalated").count() == 1


def sources(answer: Any) -> str:
    """The sources list as shown ('' when there is none)."""
    found = answer.locator(".eaw-sources")
    return str(found.inner_text()) if found.count() else ""


def test_markets_outside_the_corpus_are_named_and_handed_off(widget: Any) -> None:
    text, answer = replay(widget, "ブラジルに日本酒を輸出するには？")
    assert text.startswith("ブラジル向けの規制は、登録済みの資料にまだ含まれていません。")
    assert "対応している市場:" in text and "酒税" in text and escalated(answer)
    text, answer = replay(widget, "ケニアに中古車を輸出したい")
    assert "ケニア" in text and escalated(answer) and "Field required" not in answer.inner_text()


def test_regulation_questions_stay_on_their_market_and_topic(widget: Any) -> None:
    text, answer = replay(widget, "Do I need a CE mark for a rice cooker in Germany?")
    assert "CE" in text and not escalated(answer)
    shown = sources(answer)
    assert "Fukushima" not in shown and "radioactiv" not in shown.lower()
    text, answer = replay(widget, "中国に化粧品を輸出するには何の登録が必要ですか？")
    assert "NMPA" in text and "GACC" not in text and "GACC" not in sources(answer)


def test_hs_questions_go_to_the_hs_tool(widget: Any) -> None:
    text, _ = replay(widget, "Which HS subheading covers sake?")
    assert "2206.00" in text
    text, _ = replay(widget, "このタオルのHSコードは？")
    assert "素材" in text and "6302" in text  # asks for the material, shows the heading


def test_tea_buyers_in_the_us(widget: Any) -> None:
    text, answer = replay(widget, "Find importers of Japanese green tea in the United States.")
    assert "green tea" in text.lower() and ("米国" in text or "United States" in text)
    card = answer.locator(".eaw-shortlist")
    assert card.count() == 1
    titles = card.locator(".eaw-buyer h4").all_inner_texts()
    assert titles and all("アメリカ" in t for t in titles), titles  # the market asked for
    names = " ".join(titles).lower()
    assert "shampoo" not in names and "sake" not in names and "yuzu" not in names


def test_follow_ups_keep_the_product_and_the_question(widget: Any) -> None:
    text, answer = replay(
        widget, "ドイツに日本酒を輸出するときのラベル表示は？", "フランスの場合は？"
    )
    assert "フランス" in text and not escalated(answer)
    text, _ = replay(widget, "米国に緑茶を輸出するには何が必要？", "その中で一番時間がかかるのは？")
    assert "最も時間がかかる" in text


def test_a_document_request_asks_only_for_what_is_missing(widget: Any) -> None:
    text, _ = replay(
        widget,
        "緑茶500kg、単価2,000円/kg、買い手はABC Trading Inc.（アメリカ）、"
        "条件はFCA東京でインボイスを作ってください。",
    )
    assert "POST /v1/documents" not in text and "JSON" not in text
    assert "輸出者の名称・住所" in text and "500" in text and "FCA" in text


def test_a_comparison_shows_both_markets_checklists(widget: Any) -> None:
    """Trial A21: a comparison is both checklists side by side, not a hand-off."""
    text, answer = replay(widget, "アメリカとEUで抹茶の規制を比較して")
    assert text.startswith("抹茶の要件を米国とEUで比べました") and not escalated(answer)
    assert "違いのある分野:" in text and "米国のみ:" in text
    card = answer.locator(".eaw-checklist")
    assert card.count() == 1 and card.locator("h4").count() == 2
    text, answer = replay(widget, "ありがとうございました")  # trial A24: thanks, not hello
    assert text.startswith("どういたしまして") and not escalated(answer)
