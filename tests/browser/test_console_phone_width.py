"""The advisor console fits a phone (s7 user trial): at 390×844, with a draft open, the
page was 478 px wide: every claim's 修正後の文 and コメント box and the bulk comment kept
their 50-column width; and the opened draft stayed 2,000 px below the queue, so the click
seemed to do nothing. Form fields now never outgrow their pane, and a newly opened draft
below the fold is scrolled into view: its title, not only the pane's top edge (a CI run saw
the pane start just above the fold of a queue that long and the title 8 px below it)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_console_with_a_draft_open_fits_390px(live: tuple[str, DemoKeys], browser: Any) -> None:
    url, keys = live
    body = {
        "kind": "answer",
        "title": "確認依頼された質問: 業務用の冷凍庫をオーストラリアに輸出するときの認証は？",
        "claims": [{"text": "質問: 業務用の冷凍庫をオーストラリアに輸出するときの認証は？"}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.goto(url + "/console")
    page.locator(f'#queue a[data-draft="{res.json()["id"]}"]').click()
    page.locator("#claims > li").first.wait_for()
    page.locator("#audit > li").first.wait_for()
    assert page.locator("#claims textarea").count() >= 2
    # one column on a phone: the opened draft is brought into view, not left 2,000 px below
    title = page.locator("#draft-title").bounding_box()
    assert title is not None and 0 <= title["y"] < 844, title
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    for area in page.locator("textarea").all():
        box = area.bounding_box()
        assert box is None or box["x"] + box["width"] <= 390, box
    shot(page, "console-390-draft")
    context.close()
