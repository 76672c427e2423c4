"""The advisor console in Japanese (a ja-JP browser): no English label anywhere in its
own words, the server's English lead-ins named in Japanese; the switch to English works,
is remembered, and carries over to the outcomes dashboard; API errors in Japanese."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUESTION = "本醸造酒を米国へ輸出するチェックリスト"
JAPANESE = r"[\u3040-\u30ff\u4e00-\u9fff]"
# The console's own words: everything but what the server or people wrote.
UI_TEXT = """() => {
  const pick = 'h1, h2, h3, label, button, th, option, dt, summary, .status, #who, #queue-msg,'
    + ' #draft-meta, #group, #bulk-msg, .exception, .role, #source-changed .small';
  const words = [...document.querySelectorAll(pick)].map(n => n.textContent);
  document.querySelectorAll('[placeholder], [aria-label], [title]').forEach(n => {
    ['placeholder', 'aria-label'].forEach(a => n.getAttribute(a) && words.push(n.getAttribute(a)));
  });
  words.push(document.title);
  return words.join('\\n');
}"""
ENGLISH_LABELS = [
    "Advisor console", "Review queue", "Search", "Status", "Kind", "Exporter", "Filter",
    "Title", "Updated", "Claims", "pending", "in review", "approved", "changes requested",
    "checklist", "shortlist", "escalated", "source changed", "Approve", "Edit", "Reject",
    "exception", "Comment", "Corrected text", "Version history", "Audit log", "Context",
    "Conversation", "Authority", "Legal basis", "Documents", "Lead time", "Severity",
    "mandatory", "recommended", "verified", "Signed in", "group(s)", "draft(s)", "Product",
    "Destinations", "Draft created", "Assistant", "Checklist:", "Use key", "created",
    "Why it needs review",
]  # fmt: skip
JAPANESE_LABELS = [
    "アドバイザー確認コンソール", "確認キュー", "検索", "状態", "種類", "輸出者", "絞り込む", "件名",
    "更新日時", "確認待ち", "チェックリスト", "例外を除いて一括承認", "承認", "修正", "却下",
    "コメント", "版の履歴", "監査ログ", "関連情報", "会話", "所管：", "重要度：",
    "ログイン中", "製品", "輸出先", "アシスタント",
]  # fmt: skip


def _draft(url: str, keys: DemoKeys) -> str:
    response = httpx.post(
        f"{url}/v1/chat?stream=false",
        json={"message": QUESTION, "language": "ja"},
        headers={"X-API-Key": keys.exporter},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["payloads"][0]["draft"]["id"])


def _open(page: Any, url: str, draft_id: str) -> None:
    page.goto(url + "/console")
    page.locator(f'#queue a[data-draft="{draft_id}"]').click()
    page.locator("#claims > li").first.wait_for()
    page.locator("#conversation li").first.wait_for()
    page.locator("#audit li").first.wait_for()


def test_the_console_in_japanese_shows_no_english_ui(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    draft_id = _draft(url, keys)
    page = context.new_page()
    _open(page, url, draft_id)
    assert page.get_attribute("html", "lang") == "ja"
    ui = page.evaluate(UI_TEXT)
    assert [w for w in ENGLISH_LABELS if w in ui] == []
    assert [w for w in JAPANESE_LABELS if w not in ui] == []
    # the assistant's English lead-in and the audit action, named in Japanese
    assert (
        page.locator(f'#queue a[data-draft="{draft_id}"]')
        .inner_text()
        .startswith("チェックリスト: ")
    )
    assert page.locator("#draft-title").inner_text().startswith("チェックリスト: ")
    assert (
        page.locator("#audit li[data-action='draft.created']").inner_text().endswith("下書きを作成")
    )
    assert "第1版" in page.locator("#draft-meta").inner_text()
    # the card's Japanese twin of the lead time (every card has one)
    lead = page.locator("#claims > li").first.locator("dt[data-field=lead] + dd").inner_text()
    assert re.search(JAPANESE, lead), lead
    cites = page.locator("#claims .cites li")
    assert all("確認日 " in cites.nth(i).inner_text() for i in range(min(3, cites.count())))
    shot(page, "console-ja")
    page.close()


def test_switching_to_english_is_remembered_across_pages(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    draft_id = _draft(url, keys)
    page = context.new_page()
    _open(page, url, draft_id)
    switch = page.locator("#lang-switch")
    assert switch.inner_text() == "English" and switch.get_attribute("lang") == "en"
    switch.click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    page.wait_for_function(
        "document.getElementById('draft-title').textContent.startsWith('Checklist: ')"
    )
    assert page.locator("#queue-title").inner_text() == "Review queue"
    assert "Authority:" in page.locator("#claims > li").first.inner_text()
    # the audit trail is fetched and drawn after the switch: wait for it, do not race it
    page.wait_for_function(
        "(document.querySelector(\"#audit li[data-action='draft.created']\") || {})"
        ".textContent?.endsWith('draft created')"
    )
    shot(page, "console-en")
    page.reload()
    page.locator("#queue tr").first.wait_for()
    assert page.locator("h1").inner_text() == "Advisor console"
    assert page.locator("#lang-switch").inner_text() == "日本語"
    page.goto(url + "/console/outcomes")  # the same choice on the dashboard
    assert page.locator("h1").inner_text() == "Outcomes of support"
    page.locator("#lang-switch").click()
    page.goto(url + "/console")
    assert page.locator("h1").inner_text() == "アドバイザー確認コンソール"
    page.close()


def test_errors_are_japanese_from_the_console_and_the_api(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    draft_id = _draft(url, keys)
    page = context.new_page()
    _open(page, url, draft_id)
    page.locator("#claims > li").first.get_by_role("button", name="確認項目1を却下").click()
    error = page.locator("#error")
    error.wait_for()
    assert error.inner_text() == "却下するときは、どこが違うかをコメントに書いてください。"
    page.get_by_label("アドバイザーのAPIキー").fill("ea_wrong")
    page.get_by_role("button", name="このキーを使う").click()
    page.wait_for_function("document.getElementById('error').textContent.startsWith('認証に失敗')")
    said = page.locator("#error details span[lang=en]").text_content()
    assert said and said.isascii()  # the server's own words, folded away under 詳細
    page.close()
