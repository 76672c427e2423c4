"""The checklist card shows the import duty for an HS code: in Japanese mode a Japanese
heading and note, the official lookup linked, no English UI word."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ready, shot
from tests.browser.test_widget_i18n import VISIBLE_UI_TEXT, english

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RENDER = """async () => {
  const r = await fetch('/v1/checklists', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({product: '緑茶', hs_code: '0902.10', destinations: ['US']})});
  const data = await r.json();
  const card = window.ExportAssistWidget.cards.render('checklist', {checklists: data.checklists || data});
  document.querySelector('.eaw-log').appendChild(card);
}"""


def test_checklist_card_shows_the_duty_lookup_in_japanese(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    page.evaluate(RENDER)
    duties = page.locator(".eaw-duties")
    duties.wait_for()
    assert duties.locator("h4").inner_text() == "関税率（HS 090210）"
    assert "推測して表示することはしません" in duties.inner_text()
    link = duties.locator("a").first
    assert link.get_attribute("href") == "https://hts.usitc.gov/search?query=0902.10"
    assert link.inner_text().startswith("米国関税率表(HTS)")  # the link's title in Japanese too
    inside = VISIBLE_UI_TEXT.replace(
        "document.querySelector('.eaw')", "document.querySelector('.eaw-duties')"
    )
    assert english(page.evaluate(inside)) == []
    shot(page, "widget-duties")
