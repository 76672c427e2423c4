"""The demo page, the console and the outcome dashboard load without a browser console
error (s6 trial: every page load logged a 404 for /favicon.ico)."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("path", ["/", "/console", "/console/outcomes"])
def test_page_loads_without_console_errors(
    live: tuple[str, DemoKeys], context: Any, path: str
) -> None:
    url, _ = live
    page = context.new_page()
    errors: list[str] = []
    failed: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    assert errors == [] and failed == [], (errors, failed)
    page.close()
