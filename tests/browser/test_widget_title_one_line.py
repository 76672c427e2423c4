"""The widget's title stays on one line on a phone (s7 user trial): at 390×844 the heading
broke as 「輸出相談アシスタン」 / 「ト」, one character alone on the second line, because the
title shrank to make room for the buttons. Now the buttons wrap below instead, and nothing
is wider than the screen."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("width", [390, 1280])
def test_the_title_is_one_line_at_any_width(
    live: tuple[str, DemoKeys], browser: Any, width: int
) -> None:
    url, _ = live
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    title = page.locator(".eaw-title")
    assert title.inner_text() == "輸出相談アシスタント"
    lines = title.evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e);"
        " return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size; }"
    )
    assert lines == 1, width
    buttons = page.locator(".eaw-head button:visible")
    assert buttons.count() >= 2  # 新しい会話, English
    for i in range(buttons.count()):
        box = buttons.nth(i).bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, (i, box)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot(page, f"title-{width}")
    context.close()
