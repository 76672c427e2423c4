"""A handed-off question the advisor answers (s11 trial): the advisor edits the draft's
first claim (the question itself) into an answer and rejects the passages the search had
found. The exporter sees 「アドバイザーが回答しました」 and the answer first, not the question
struck through as 「修正前」 under 「アドバイザーが一部を修正・却下」; the rejected passages
fold away under a summary."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ANSWER = "税率は所得の種類と金額で変わります。顧問税理士か税務署にご相談ください。"


def _answer(url: str, key: str, draft_id: str) -> int:
    """The advisor's decisions through the console's API; returns how many were rejected."""
    headers = {"X-API-Key": key}
    claims = httpx.get(f"{url}/v1/drafts/{draft_id}", headers=headers).json()["claims"]
    assert claims[0]["text"].startswith("質問: ")
    bodies = [{"action": "edit", "text": ANSWER, "comment": "一般的な案内です"}]
    bodies += [{"action": "reject", "comment": "質問と関係のない資料"} for _ in claims[1:]]
    for claim, body in zip(claims, bodies, strict=True):
        r = httpx.post(
            f"{url}/v1/drafts/{draft_id}/claims/{claim['id']}/decision", json=body, headers=headers
        )
        assert r.status_code == 200, r.text
    return len(claims) - 1


def test_the_advisors_answer_to_a_handed_off_question_reads_as_an_answer(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    page.evaluate("window.ExportAssistWidget.config.pollMs = 300")
    answer = ask(page, "暗号資産の譲渡益に課される税率は何%ですか?")
    badge = answer.locator(".eaw-badge")
    assert badge.inner_text() == "アドバイザー確認待ち"
    rejected = _answer(url, keys.advisor, badge.get_attribute("data-draft-id"))

    def check() -> None:
        answer.locator('.eaw-badge[data-status="answered"]').wait_for(timeout=15000)
        assert badge.inner_text() == "アドバイザーが回答しました"
        given = answer.locator(".eaw-advisor-answer")
        assert given.locator("h5").inner_text() == "アドバイザーの回答"
        assert ANSWER in given.inner_text() and "コメント: 一般的な案内です" in given.inner_text()
        review = answer.locator(".eaw-review")
        assert "修正前" not in review.inner_text() and "暗号資産の譲渡益" not in review.inner_text()
        # s13 trial: the answer was counted as 「承認 0件・修正 1件・却下 0件」
        assert review.locator(".eaw-counts").count() == 0 and "修正 1件" not in review.inner_text()
        if rejected:  # the found passages, folded away with their count (once all are decided)
            summary = f"検索で見つかった資料({rejected}件)"
            page.wait_for_function(
                f"document.querySelector('.eaw-found summary')?.textContent === '{summary}'",
                timeout=15000,
            )
            found = review.locator("details.eaw-found")
            assert found.get_attribute("open") is None

    check()
    shot(page, "advisor-answer-seen-by-exporter")
    page.reload()
    ready(page)
    answer = page.locator(".eaw-bot").nth(0)
    badge = answer.locator(".eaw-badge")
    check()
    page.close()
