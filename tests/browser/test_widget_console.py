"""End to end in a real browser: the demo page streams a cited Japanese answer; an advisor
approves an escalated draft in the console and the widget then shows it reviewed."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]

COUNT_MUTATIONS = """
() => { window.__pieces = 0; const target = document.querySelector('.eaw-log');
  new MutationObserver((ms) => { for (const m of ms) {
    if (m.target.nodeType === 3 || (m.target.classList && m.target.classList.contains('eaw-answer'))) window.__pieces++; } })
  .observe(target, {subtree: true, childList: true, characterData: true}); }
"""


def _ask(page: Any, text: str) -> None:
    page.get_by_label("質問を入力").fill(text)
    page.keyboard.press("Enter")


def test_demo_page_streams_a_cited_answer_in_japanese(
    live: tuple[str, DemoKeys], browser: Any
) -> None:
    url, _ = live
    page = browser.new_page(locale="ja-JP")
    page.goto(url + "/")
    assert page.get_by_role("log").count() == 1
    page.evaluate(COUNT_MUTATIONS)
    _ask(page, "FDAへの食品施設登録は必要ですか?")
    source = page.locator(".eaw-sources li").first
    source.wait_for(timeout=20000)
    link = source.get_by_role("link")
    assert link.inner_text() == "FDA食品施設登録(テスト用)"  # the document's title_ja
    assert link.get_attribute("href").startswith("https://www.fda.gov/")
    text = source.inner_text()
    # an English document's headings are not shown untranslated in Japanese mode
    assert "確認日: 2026-11-28" in text and "Who must register" not in text
    assert "https://www.fda.gov/food/online-registration-food-facilities" in text
    answer = page.locator(".eaw-bot .eaw-answer").first.inner_text()
    assert "FDA" in answer and "[1]" in answer and "**" not in answer
    assert page.evaluate("window.__pieces") > 3  # tokens arrived piece by piece
    assert "{" not in source.inner_text()  # citations are rendered, not raw JSON
    page.close()


def test_advisor_approval_shows_as_reviewed_in_the_widget(
    live: tuple[str, DemoKeys], browser: Any
) -> None:
    url, _ = live
    widget = browser.new_page(locale="ja-JP")
    widget.goto(url + "/")
    ready(widget)
    widget.evaluate("window.ExportAssistWidget.config.pollMs = 500")
    _ask(widget, "暗号資産の譲渡益に課される税率は何%ですか?")
    badge = widget.locator(".eaw-badge")
    badge.wait_for(timeout=20000)
    assert badge.inner_text() == "アドバイザー確認待ち"
    assert "アドバイザーに確認を依頼" in widget.locator(".eaw-escalated").inner_text()

    console = browser.new_page(locale="ja-JP")  # a Japanese advisor's browser
    console.goto(url + "/console")
    row = console.locator("#queue a", has_text="確認依頼された質問: 暗号資産").first
    row.wait_for(timeout=10000)
    row.click()
    claims = console.locator("#claims > li")
    claims.first.wait_for()
    for i in range(claims.count()):
        claim = console.locator("#claims > li").nth(i)
        claim.get_by_label("コメント", exact=True).fill("確認しました")
        claim.get_by_role("button", name=f"確認項目{i + 1}を承認").click()
        console.wait_for_function(
            f"document.querySelectorAll('#claims > li')[{i}]"
            ".querySelector('.status').textContent === '承認'"
        )
    console.wait_for_function(
        "document.getElementById('draft-meta').textContent.includes('（確認完了）')"
    )
    assert console.locator("#audit li[data-action='claim.approved']").count() >= 1
    assert "確認項目を承認" in console.locator("#audit").inner_text()

    widget.wait_for_function(
        "document.querySelector('.eaw-badge').getAttribute('data-status') === 'reviewed'",
        timeout=15000,
    )
    assert badge.inner_text() == "アドバイザー確認済み"
    widget.close()
    console.close()


def test_defect_21_an_api_key_in_the_page_is_refused(
    live: tuple[str, DemoKeys], browser: Any
) -> None:
    url, _ = live
    page = browser.new_page()
    host = (
        '<html lang="en"><body><div id="t"></div><script src="/static/widget.js" '
        'data-api-key="ea_wrong" data-lang="en" data-target="#t"></script></body></html>'
    )
    page.route(url + "/host.html", lambda route: route.fulfill(body=host, content_type="text/html"))
    page.goto(url + "/host.html")
    page.get_by_label("Your question").fill("Do I need FDA registration?")
    page.get_by_role("button", name="Send").click()
    alert = page.get_by_role("alert")
    alert.wait_for(timeout=10000)
    assert "data-api-key is not accepted" in alert.inner_text()
    page.close()
