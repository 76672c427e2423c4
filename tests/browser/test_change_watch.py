"""Change watch in the browser: an exporter asks for a checklist in the widget and watches
it; an advisor approves the draft; a document it cites is edited in a copy of the corpus
and re-ingested. The console flags the approved draft "source changed since approval"
(出典が承認後に更新されました) with the document, and the widget shows the exporter a
notice in Japanese until it is marked read."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from export_assist.api.app import create_app
from export_assist.auth.demo import DemoKeys, ensure_demo_keys
from export_assist.container import Container
from export_assist.settings import Settings
from tests.browser.helpers import ask, ready, shot
from tests.browser.test_widget_i18n import VISIBLE_UI_TEXT, english
from tests.conftest import TEST_DATA
from tests.support.live_server import serve

TITLE_JA = "茶・抹茶などの植物性産品に対するEUの残留農薬基準値(MRL)"  # eu-pesticide-mrl-tea
pytestmark = [pytest.mark.browser, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
REAL = ("eu-pesticide-mrl-tea.md", "eu-food-labelling.md")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, DemoKeys, Container, Path]]:
    """The app in demo mode over a writable copy of the test corpus (ingested once)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(TEST_DATA / "corpus", corpus)
    for name in REAL:  # the documents the green-tea cards cite, so their items carry citations
        shutil.copy(REPO / "regulations" / "eu" / name, corpus / "eu" / name)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        auth={"demo_keys": "on"},
        compliance={"cards_dir": REPO / "regulations" / "cards"},
    )
    container = Container(settings)
    assert container.ingestor.ingest([corpus], progress=False).ok
    with serve(create_app(container=container)) as port:
        yield (
            f"http://127.0.0.1:{port}",
            ensure_demo_keys(container.keys, settings),
            container,
            corpus,
        )
    container.close()


def _approve_all(url: str, key: str, draft_id: str) -> dict[str, Any]:
    headers = {"X-API-Key": key}
    draft = httpx.get(f"{url}/v1/drafts/{draft_id}", headers=headers).json()
    for claim in draft["claims"]:
        done = httpx.post(
            f"{url}/v1/drafts/{draft_id}/claims/{claim['id']}/decision",
            json={"action": "approve"},
            headers=headers,
        )
        assert done.status_code == 200, done.text
    return dict(httpx.get(f"{url}/v1/drafts/{draft_id}", headers=headers).json())


def _edit_document(corpus: Path, doc_id: str) -> Path:
    """Append a sentence to the document and move its check date: a re-checked source."""
    path = next(p for p in corpus.rglob("*.md") if f"\nid: {doc_id}\n" in p.read_text("utf-8"))
    text = path.read_text("utf-8") + "\nA new passage added when the source was re-checked.\n"
    path.write_text(re.sub(r"verified_on: \S+", "verified_on: 2026-11-29", text), "utf-8")
    return path


def test_an_edited_source_is_flagged_in_the_console_and_noticed_in_the_widget(
    site: tuple[str, DemoKeys, Container, Path], context: Any
) -> None:
    url, keys, container, corpus = site
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    answer = ask(page, "緑茶をドイツに輸出するためのチェックリスト")
    watch = answer.locator(".eaw-watch")
    assert watch.inner_text() == "出典の更新を通知する"
    watch.click()
    page.wait_for_function(
        "document.querySelector('.eaw-watch-status').textContent.includes('お知らせします')"
    )
    draft_id = answer.locator(".eaw-badge").get_attribute("data-draft-id")
    draft = _approve_all(url, keys.advisor, draft_id)
    assert draft["status"] == "approved" and draft["source_changed"] is None
    cited = {c["doc_id"] for claim in draft["claims"] for c in claim["citations"]}
    watches = httpx.get(f"{url}/v1/watches", headers={"X-API-Key": keys.exporter}).json()
    followed = set(watches[0]["doc_ids"]) & cited
    assert followed, (cited, watches)
    assert "eu-pesticide-mrl-tea" in followed
    doc_id = "eu-pesticide-mrl-tea"
    _edit_document(corpus, doc_id)
    report = container.ingestor.ingest([corpus], progress=False)
    assert [c.doc_id for c in report.source_changes] == [doc_id]

    console = context.new_page()
    console.goto(url + "/console")
    console.locator("#f-changed").check()  # flagged drafts of any status, approved included
    console.wait_for_function("document.querySelectorAll('#queue tr').length === 1")
    flag = console.locator(f'#queue a[data-draft="{draft_id}"] ~ .source-changed')
    flag.wait_for()
    assert "出典が承認後に更新されました" in flag.inner_text()
    assert flag.get_attribute("data-since") == "approval"
    console.locator(f'#queue a[data-draft="{draft_id}"]').click()
    box = console.locator("#source-changed")
    box.locator(f'li[data-doc="{doc_id}"]').wait_for()
    assert "出典が承認後に更新されました" in box.inner_text()
    assert "2026/11/29" in box.inner_text()  # the day the change was seen, as ja-JP writes it
    assert TITLE_JA in box.inner_text()  # the document by its Japanese title
    shot(console, "console-source-changed")
    console.get_by_label("確認した内容").fill("残留基準を読み直し、項目はそのまま有効。")
    console.locator("#recheck").click()
    console.wait_for_function("document.getElementById('source-changed').hidden")
    console.wait_for_function("document.querySelectorAll('#queue tr').length === 0")

    page.reload()
    ready(page)
    notices = page.locator(".eaw-notices")
    notices.wait_for()
    assert "出典の更新のお知らせ" in notices.inner_text()
    assert notices.locator(f'.eaw-notice[data-doc="{doc_id}"]').count() == 1
    assert "更新されました" in notices.inner_text()
    assert "ドイツ" in notices.inner_text()  # the market by name, in Japanese
    assert TITLE_JA in notices.inner_text()
    in_notices = VISIBLE_UI_TEXT.replace(
        "document.querySelector('.eaw')", "document.querySelector('.eaw-notices')"
    )
    assert english(page.evaluate(in_notices)) == []
    shot(page, "widget-source-notice")
    notices.get_by_role("button", name="確認しました").click()
    notices.wait_for(state="detached")
    page.reload()
    ready(page)
    page.wait_for_timeout(500)
    assert page.locator(".eaw-notices").count() == 0
