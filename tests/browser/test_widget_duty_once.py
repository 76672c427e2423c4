"""The duty answer is said once (s5 user trial): 「HS 0902.10の米国の関税率は？」 showed the note
「…税率はこのシステムでは取得していません…」 and the HTS link twice, in the answer and again in
the duty card under it."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_duty_note_and_link_appear_once(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    answer = ask(page, "HS 0902.10の米国の関税率は？")
    card = answer.locator(".eaw-duties")
    card.wait_for()
    assert "推測して表示することはしません" in card.inner_text()
    assert (
        card.locator("a").first.get_attribute("href")
        == "https://hts.usitc.gov/search?query=0902.10"
    )
    text = answer.inner_text()
    assert text.count("推測して表示することはしません") == 1, text
    assert "hts.usitc.gov" not in answer.locator(".eaw-answer").inner_text()
