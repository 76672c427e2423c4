"""The review loop from the exporter's side: after an advisor rejects one buyer, edits
another and comments, the widget shows the approved version (rejected struck through,
the corrected text, the comments, who reviewed when), also after a reload."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _decide(url: str, key: str, draft_id: str) -> None:
    """The advisor's decisions, through the same API the console uses."""
    headers = {"X-API-Key": key}
    draft = httpx.get(f"{url}/v1/drafts/{draft_id}", headers=headers).json()
    claims = draft["claims"]
    decisions = [
        {"action": "reject", "comment": "取引停止中のため候補から外します"},
        {
            "action": "edit",
            "text": "緑茶の取扱いは未確認。初回は見本を送って確認",
            "comment": "要確認",
        },
    ] + [{"action": "approve", "comment": ""} for _ in claims[2:]]
    for claim, body in zip(claims, decisions, strict=True):
        response = httpx.post(
            f"{url}/v1/drafts/{draft_id}/claims/{claim['id']}/decision", json=body, headers=headers
        )
        assert response.status_code == 200, response.text


def test_exporter_sees_the_advisors_edits_and_comments(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    page.evaluate("window.ExportAssistWidget.config.pollMs = 300")
    answer = ask(page, "ドイツで緑茶のバイヤー候補を探して")
    badge = answer.locator(".eaw-badge")
    assert badge.inner_text() == "アドバイザー確認待ち"
    first = answer.locator(".eaw-buyer").nth(0).locator(".eaw-item-title").inner_text()
    _decide(url, keys.advisor, badge.get_attribute("data-draft-id"))

    def check() -> None:
        answer.locator('.eaw-badge[data-status="changes"]').wait_for(timeout=15000)
        page.wait_for_function(
            "document.querySelector('.eaw-review .eaw-counts')?.textContent.includes('却下 1件')"
        )
        assert badge.inner_text() == "アドバイザーが一部を修正・却下"
        rejected = answer.locator(".eaw-buyer.eaw-rejected")
        assert rejected.count() == 1 and first in rejected.inner_text()
        style = rejected.locator(".eaw-item-title").evaluate(
            "e => getComputedStyle(e).textDecorationLine"
        )
        assert style == "line-through"
        assert "却下" in rejected.inner_text()
        review = answer.locator(".eaw-review").inner_text()
        assert "承認 3件・修正 1件・却下 1件" in review
        assert "修正後: 緑茶の取扱いは未確認。初回は見本を送って確認" in review
        assert (
            "コメント: 取引停止中のため候補から外します" in review and "コメント: 要確認" in review
        )
        assert answer.locator(".eaw-review del").count() == 2  # the rejected and the old text
        assert "に確認" in answer.locator(".eaw-reviewer").inner_text()

    check()
    answer.locator(".eaw-review").scroll_into_view_if_needed()
    shot(page, "review-seen-by-exporter")
    page.reload()
    ready(page)
    answer = page.locator(".eaw-bot").nth(0)
    badge = answer.locator(".eaw-badge")
    check()
    page.close()
