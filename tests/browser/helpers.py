"""Helpers shared by the browser tests: host pages, asking, waiting for answers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx

SHOTS = os.environ.get("EXPORT_ASSIST_SCREENSHOTS")  # a folder: tests save screenshots there


def widget_token(key: str, base: str, **body: Any) -> str:
    """A short-lived widget token minted with an API key (as a host site's server does)."""
    r = httpx.post(f"{base}/v1/widget/tokens", json=body, headers={"X-API-Key": key}, timeout=30)
    r.raise_for_status()
    return str(r.json()["token"])


def host_page(
    key: str, base: str, *, lang: str = "ja", target: bool = True, identity: str | None = None
) -> str:
    """A third-party page embedding the widget with one tag from `base`. Its identity is
    a widget token minted for `key`'s user and rendered by the host's server (no API key
    in the page), unless `identity` gives the tag's attribute(s) itself."""
    holder = '<div id="t" style="max-width:30rem"></div>' if target else ""
    attr = ' data-target="#t"' if target else ""
    identity = identity or f'data-token="{widget_token(key, base)}"'
    return (
        f'<html lang="{lang}"><head><meta name="viewport" content="width=device-width">'
        f"</head><body><h1>Shop</h1>{holder}"
        f'<script src="{base}/static/widget.js" {identity} data-lang="{lang}"{attr}>'
        "</script></body></html>"
    )


def serve(page: Any, url: str, html: str) -> None:
    """Answer `url` with `html` in this page (any origin, no server needed)."""
    page.route(url, lambda route: route.fulfill(body=html, content_type="text/html"))


def ready(page: Any) -> None:
    """Wait until the widget has booted."""
    page.wait_for_function("window.ExportAssistWidget !== undefined", timeout=15000)


def ask(page: Any, text: str, label: str = "質問を入力", timeout: float = 60000) -> Any:
    """Ask a question and wait for its answer to finish; returns the answer's article."""
    done = page.locator(".eaw-bot[aria-busy=false]").count()
    page.get_by_label(label).fill(text)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('.eaw-bot[aria-busy=false]').length > {done}",
        timeout=timeout,
    )
    return page.locator(".eaw-bot").nth(page.locator(".eaw-bot").count() - 1)


def shot(page: Any, name: str) -> None:
    """Save a screenshot when EXPORT_ASSIST_SCREENSHOTS names a folder."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))
