"""The widget's panel in a real browser: bounded height, history after a reload, a new
conversation, floating mode that opens and closes, and a narrow (mobile) screen."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, host_page, ready, serve, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHECKLIST = "緑茶を米国に輸出するためのチェックリスト"
BUYERS = "ドイツで緑茶のバイヤー候補を探して"
FDA = "FDAへの食品施設登録は必要ですか?"


def test_panel_height_stays_within_viewport_after_ten_answers(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    questions = [CHECKLIST, BUYERS, FDA, CHECKLIST, BUYERS, FDA, CHECKLIST, FDA, BUYERS, FDA]
    for question in questions:
        ask(page, question)
    assert page.locator(".eaw-bot").count() == 10
    viewport = page.viewport_size["height"]
    panel = page.locator(".eaw-panel").bounding_box()
    assert panel["height"] <= viewport, panel
    log = page.locator(".eaw-log")
    assert log.evaluate("e => e.scrollHeight > e.clientHeight * 3")  # it scrolls inside
    page.locator(".eaw-panel").scroll_into_view_if_needed()
    box = page.get_by_label("質問を入力").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport  # the input stays visible
    # A long checklist is a summary: 5 items shown, the rest behind "show all".
    first = page.locator(".eaw-checklist").first
    assert first.locator(".eaw-items").first.locator("li").count() == 5
    more = first.locator("details.eaw-more summary").first
    assert more.inner_text().startswith("すべて表示(残り")
    assert first.locator("details.eaw-more li").first.is_hidden()
    more.click()
    assert first.locator("details.eaw-more li").first.is_visible()
    # Each thing once: a checklist item's title is not listed again in the answer text.
    title = first.locator(".eaw-item-title").first.inner_text()
    answer = page.locator(".eaw-bot").first.locator(".eaw-answer").inner_text()
    assert title not in answer
    assert "**" not in log.inner_text()
    shot(page, "panel-ten-answers")
    page.close()


def test_reload_restores_history(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    ask(page, FDA)
    ask(page, BUYERS)
    before = page.locator(".eaw-log").inner_text()
    assert page.locator(".eaw-sources li").count() >= 1
    page.reload()
    ready(page)
    page.locator(".eaw-bot").nth(1).wait_for(timeout=15000)
    assert page.locator(".eaw-user").count() == 2
    assert page.locator(".eaw-bot").count() == 2
    after = page.locator(".eaw-log").inner_text()
    assert FDA in after and BUYERS in after
    assert page.locator(".eaw-sources li").count() >= 1
    assert page.locator(".eaw-buyer").count() == 5
    assert "FDA食品施設登録(テスト用)" in after  # the citation's title_ja, restored too
    assert len(after) >= 0.8 * len(before)
    cid = page.evaluate("Object.keys(localStorage).map(k => localStorage.getItem(k))[0]")
    # "New conversation" empties the panel and the next question starts a new one.
    page.get_by_role("button", name="新しい会話").click()
    assert page.locator(".eaw-msg").count() == 0
    ask(page, FDA)
    page.reload()
    ready(page)
    page.locator(".eaw-bot").first.wait_for(timeout=15000)
    assert page.locator(".eaw-user").count() == 1
    fresh = page.evaluate("Object.keys(localStorage).map(k => localStorage.getItem(k))[0]")
    assert fresh and fresh != cid
    page.close()


def test_close_works_in_floating_mode(live: tuple[str, DemoKeys], context: Any) -> None:
    url, keys = live
    page = context.new_page()
    serve(page, url + "/floating.html", host_page(keys.exporter, url, target=False))
    page.goto(url + "/floating.html")
    ready(page)
    launcher = page.get_by_role("button", name="輸出について相談する")
    panel = page.get_by_role("dialog", name="輸出相談アシスタント")
    assert launcher.is_visible() and panel.is_hidden()
    launcher.click()
    assert panel.is_visible() and launcher.is_hidden()  # never both
    assert page.evaluate("document.activeElement.id") == "eaw-input"
    shot(page, "floating-open")
    page.get_by_role("button", name="アシスタントを閉じる").click()
    assert panel.is_hidden() and launcher.is_visible()
    assert launcher.evaluate("e => e === document.activeElement")
    launcher.press("Enter")  # keyboard: open, then Escape closes
    assert panel.is_visible()
    page.keyboard.press("Escape")
    assert panel.is_hidden() and launcher.is_visible()
    page.close()


def test_narrow_screen_shows_the_whole_panel(live: tuple[str, DemoKeys], browser: Any) -> None:
    url, keys = live
    context = browser.new_context(locale="ja-JP", viewport={"width": 375, "height": 667})
    page = context.new_page()
    serve(page, url + "/mobile.html", host_page(keys.exporter, url, target=False))
    page.goto(url + "/mobile.html")
    ready(page)
    page.get_by_role("button", name="輸出について相談する").click()
    ask(page, CHECKLIST)
    panel = page.locator(".eaw-panel").bounding_box()
    assert panel["width"] <= 375 and panel["height"] <= 667
    send = page.get_by_role("button", name="送信").bounding_box()
    assert send["x"] + send["width"] <= 375 and send["y"] + send["height"] <= 667
    # nothing wider than the screen inside the log
    assert page.locator(".eaw-log").evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    shot(page, "mobile-checklist")
    context.close()
