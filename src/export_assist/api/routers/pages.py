"""The demo host page (/), the advisor console (/console) and the static widget files.

In local demo mode the pages carry the demo keys so that `make run` works at once;
otherwise the demo page asks for a key and the console has a key field. The keys go
only into pages requested with a loopback Host header: a page fetched through another
name (DNS rebinding: evil.example resolving to 127.0.0.1) gets no key.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from export_assist.auth.demo import DemoKeys, demo_enabled, ensure_demo_keys, is_loopback_host
from export_assist.container import Container

STATIC = Path(__file__).resolve().parent.parent / "static"


def _page(name: str, replacements: dict[str, str]) -> HTMLResponse:
    text = (STATIC / name).read_text(encoding="utf-8")
    for marker, value in replacements.items():
        text = text.replace(marker, html.escape(value, quote=True))
    return HTMLResponse(text, headers={"Cache-Control": "no-store"})


def _routes(demo: DemoKeys | None) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    def local(request: Request) -> DemoKeys | None:
        # Why the Host header: a rebinding page runs in the browser under its own name.
        return demo if demo and is_loopback_host(request.headers.get("host", "")) else None

    @pages.get("/", response_class=HTMLResponse)
    def demo_page(request: Request) -> HTMLResponse:
        """The demo host page: a product page with the widget embedded by one tag."""
        keys = local(request)
        return _page("index.html", {"{{EXPORTER_KEY}}": keys.exporter if keys else ""})

    @pages.get("/console", response_class=HTMLResponse)
    def console_page(request: Request) -> HTMLResponse:
        """The advisor console."""
        keys = local(request)
        return _page("console.html", {"{{ADVISOR_KEY}}": keys.advisor if keys else ""})

    @pages.get("/console/outcomes", response_class=HTMLResponse)
    def outcomes_page() -> HTMLResponse:
        """The outcome dashboard (支援効果の見える化) of the advisor console."""
        return _page("outcomes.html", {"{{ADVISOR_KEY}}": demo.advisor if demo else ""})

    return pages


def install(app: FastAPI, container: Container) -> None:
    """Mount the static files and pages; create and announce demo keys in demo mode."""
    demo = None
    if demo_enabled(container.settings):
        demo = ensure_demo_keys(container.keys, container.settings)
        print(
            "export-assist LOCAL DEMO MODE (loopback only) — demo API keys:\n"
            f"  exporter: {demo.exporter}\n  advisor:  {demo.advisor}\n  admin:    {demo.admin}\n"
            "  demo page: /   advisor console: /console   API docs: /docs",
            file=sys.stderr,
            flush=True,
        )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(_routes(demo))
