"""The buyer card says when screening ran against the fictitious demo list only (s6 trial:
「取引制限リスト照合: 該当なし」 read as if a real restricted-party list had been checked)."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_buyer_card_says_demo_list_only(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    buyers = ask(page, "ドイツで緑茶のバイヤー候補を探して")
    first = buyers.locator(".eaw-buyer .eaw-kvs").first.inner_text()
    assert "取引制限リスト照合: 該当なし(架空のデモ用リストのみ・実際の照合ではありません)" in first
    page.close()
