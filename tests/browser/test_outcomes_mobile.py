"""The outcome dashboard on a phone (s7 user trial): at 390×844 the figures table (ten
columns) made the whole page 465 px wide and broke its headings after every character
(「サ/ン/プ/ル/送/付」), and cut both money-chart legends side by side. The table now
scrolls inside its own box, the two charts stack, and the page fits the screen."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_figures_table_scrolls_in_its_box_on_a_phone(
    live: tuple[str, DemoKeys], browser: Any
) -> None:
    url, _ = live
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.goto(url + "/console/outcomes")
    page.wait_for_function("document.querySelectorAll('#rows tr').length > 0", timeout=30000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("section[aria-labelledby=table-title] .scroll-x")
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls, the page does not
    sample = page.locator("th[data-i18n=sample_sent]")
    assert sample.inner_text() == "サンプル送付"
    height = sample.evaluate("e => e.getBoundingClientRect().height")
    line = sample.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 20")
    assert height <= 1.5 * line, (height, line)  # one line, not one line per character
    charts = page.locator(".two .chart")
    widths = [charts.nth(i).bounding_box()["width"] for i in range(charts.count())]
    assert len(widths) == 2 and min(widths) > 300, widths  # stacked, not two cut halves
    shot(page, "outcomes-390")
    context.close()
