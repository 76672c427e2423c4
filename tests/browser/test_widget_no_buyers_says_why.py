"""A shortlist for a market the buyer directory holds nobody in says so (s8 trial U8: the
widget showed 「0社のバイヤー候補」 and nothing else for Indonesian snack importers)."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_buyer_card_names_the_market_without_buyers(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    # Italy: a market this server's corpus covers (EU) and the sample directory does not
    answer = ask(page, "イタリアで日本の緑茶を買ってくれる輸入業者を探して")
    card = answer.locator(".eaw-shortlist")
    assert card.locator(".eaw-buyer").count() == 0
    assert card.locator("h4").inner_text() == "バイヤー候補なし"  # not 「0社のバイヤー候補」
    why = card.locator(".eaw-empty").inner_text()
    assert "イタリアのバイヤーは、検索できるバイヤー名簿にまだ登録されていません" in why
    assert "アドバイザーに相談" in why and "Italy" not in why
    page.close()
