"""The console's review queue fits its pane at 1280 px: with a draft open (three panes),
状態・確認済み・更新日時 were behind a horizontal scroll (s5 trial C1)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FITS = """() => {
  const q = document.querySelector('.queue'), box = q.getBoundingClientRect();
  const heads = [...q.querySelectorAll('thead th')].filter(th => th.offsetParent !== null);
  return {scroll: q.scrollWidth - q.clientWidth,
          heads: heads.map(th => th.innerText),
          outside: heads.filter(th => th.getBoundingClientRect().right > box.right + 1)
                        .map(th => th.innerText)};
}"""


def test_console_queue_table_is_not_cut_at_1280px(live: tuple[str, DemoKeys], context: Any) -> None:
    url, keys = live
    body = {
        "kind": "answer",
        "title": "確認依頼された質問: 陶磁器の食器をEUに輸出するときの鉛の溶出基準は？",
        "claims": [{"text": "質問: 陶磁器の食器をEUに輸出するときの鉛の溶出基準は？"}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    draft_id = res.json()["id"]
    # a title with a long unbroken token (here a URL) in the same queue: it widened the title
    # column by 27 px when another test's draft (an HTML attribute in its title) was listed (CI s20)
    body = {
        "kind": "answer",
        "title": "確認依頼: https://www.customs.go.jp/english/summary/export/export_procedures.htm",
        "claims": [{"text": "質問: 輸出申告の手順は？"}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    page = context.new_page()  # 1280 x 900 (conftest)
    page.goto(url + "/console")
    page.locator(f'#queue a[data-draft="{draft_id}"]').click()
    page.locator("#claims > li").first.wait_for()
    fits = page.evaluate(FITS)
    assert fits["scroll"] <= 0 and fits["outside"] == [], fits
    assert fits["heads"][-3:] == ["状態", "確認済み", "更新日時"]
    # kind and exporter are still there, under the title
    row = page.locator(f'#queue tr:has(a[data-draft="{draft_id}"])')
    assert row.locator(".row-meta").inner_text() == "確認依頼 · demo-exporter"
    shot(page, "console-queue-1280")
    page.set_viewport_size({"width": 1920, "height": 1000})
    assert page.evaluate(FITS)["scroll"] <= 0
    page.close()


def test_console_queue_uses_the_page_before_a_draft_is_opened(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    body = {
        "kind": "answer",
        "title": "確認依頼された質問: 漆塗りの箸をカナダに輸出するときの表示は？",
        "claims": [{"text": "質問: 漆塗りの箸をカナダに輸出するときの表示は？"}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    page = context.new_page()  # 1280 x 900 (conftest)
    page.goto(url + "/console")
    link = page.locator(f'#queue a[data-draft="{res.json()["id"]}"]')
    link.wait_for()
    alone = page.evaluate("document.querySelector('.queue').getBoundingClientRect().width")
    assert alone > 800, alone  # was ~440 px: one of three columns, two of them empty
    assert page.evaluate(FITS)["scroll"] <= 0
    link.click()
    page.locator("#claims > li").first.wait_for()
    beside = page.evaluate("document.querySelector('.queue').getBoundingClientRect().width")
    assert beside < 500, beside  # a draft open: back to three panes
    page.close()
