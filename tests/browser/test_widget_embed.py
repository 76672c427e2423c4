"""One tag on another origin: it works once the server lists the origin, and otherwise
the widget says what is missing (the origin and the setting) and the server logs it."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.conftest import HostSite
from tests.browser.helpers import ask, host_page, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_cross_origin_embed_works_with_the_setting(
    live: tuple[str, DemoKeys], context: Any, host_site: HostSite
) -> None:
    url, keys = live
    allowed = host_site.origins()[0]
    page = context.new_page()
    host_site.pages["/products"] = host_page(keys.exporter, url)
    page.goto(allowed + "/products")
    ready(page)
    assert page.evaluate("location.origin") == allowed != url  # really another origin
    answer = ask(page, "FDAへの食品施設登録は必要ですか?")
    assert answer.locator(".eaw-sources li").count() >= 1
    assert answer.get_by_role("alert").count() == 0
    shot(page, "embed-allowed")
    page.close()


def test_cross_origin_embed_explains_itself_without_the_setting(
    live: tuple[str, DemoKeys],
    context: Any,
    host_site: HostSite,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url, keys = live
    other = host_site.origins()[1]
    page = context.new_page()
    host_site.pages["/"] = host_page(keys.exporter, url)
    with caplog.at_level(logging.WARNING, logger="export_assist.api.embedding"):
        page.goto(other + "/")
        ready(page)
        message = page.locator(".eaw-origin")
        message.wait_for(timeout=15000)
        # a question anyway: refused by CORS, explained the same way (not "cannot connect")
        page.get_by_role("button", name="送信").evaluate("b => b.disabled = false")
        ask(page, "FDAへの食品施設登録は必要ですか?")
    text = message.first.inner_text()
    assert other in text
    assert "EXPORT_ASSIST_API__CORS_ORIGINS" in text and "まだサーバーで許可されていません" in text
    assert page.locator(".eaw-bot .eaw-origin").count() == 1
    assert "サーバーに接続できませんでした" not in page.locator(".eaw-log").inner_text()
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert other in logged and "EXPORT_ASSIST_API__CORS_ORIGINS" in logged
    shot(page, "embed-refused")
    page.close()
