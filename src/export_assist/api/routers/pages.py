"""The demo host page (/), the advisor console (/console) and the static widget files.

The demo page embeds the widget the way a portal does: a token URL on its own "backend"
(`POST /demo/widget-token`, which mints a short-lived token for the demo exporter), so no
key is in its HTML; the console pages likewise get advisor tokens from
`POST /demo/console-token`. Demo mode works only for requests with a loopback Host header (a page
fetched through another name, DNS rebinding, gets neither a token nor a key). Demo keys are
made by `export-assist keys demo` (which `make run` calls), never by create_app.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from export_assist.auth.demo import demo_enabled, is_loopback_host
from export_assist.auth.tokens import MintedToken
from export_assist.container import Container
from export_assist.errors import NotFound

STATIC = Path(__file__).resolve().parent.parent / "static"
DEMO_SUBJECT = "demo-exporter"
DEMO_ADVISOR = "demo-advisor"


def _page(name: str, replacements: dict[str, str]) -> HTMLResponse:
    text = (STATIC / name).read_text(encoding="utf-8")
    for marker, value in replacements.items():
        text = text.replace(marker, html.escape(value, quote=True))
    return HTMLResponse(text, headers={"Cache-Control": "no-store"})


def _routes(container: Container) -> APIRouter:
    pages = APIRouter(include_in_schema=False)
    settings = container.settings

    def local(request: Request) -> bool:
        # Why the Host header: a rebinding page runs in the browser under its own name.
        return demo_enabled(settings) and is_loopback_host(request.headers.get("host", ""))

    def console_token_url(request: Request) -> str:
        return "/demo/console-token" if local(request) else ""

    @pages.get("/", response_class=HTMLResponse)
    def demo_page() -> HTMLResponse:
        """The demo host page: a product page with the widget embedded by one tag."""
        return _page("index.html", {})

    @pages.post("/demo/widget-token", response_model=MintedToken)
    def demo_widget_token(request: Request) -> MintedToken:
        """The demo page's own backend: a short-lived token for the demo exporter."""
        if not local(request):
            raise NotFound(
                "The demo token endpoint exists only in local demo mode.",
                message_ja="デモ用のトークンは、ローカルのデモモードでのみ発行できます。",
            )
        return container.widget_tokens.mint(settings.auth.demo_tenant, DEMO_SUBJECT)

    @pages.post("/demo/console-token", response_model=MintedToken)
    def demo_console_token(request: Request) -> MintedToken:
        """The demo console's own backend: a short-lived token for the demo advisor."""
        if not local(request):
            raise NotFound(
                "The demo token endpoint exists only in local demo mode.",
                message_ja="デモ用のトークンは、ローカルのデモモードでのみ発行できます。",
            )
        return container.widget_tokens.mint(settings.auth.demo_tenant, DEMO_ADVISOR, "advisor")

    @pages.get("/console", response_class=HTMLResponse)
    def console_page(request: Request) -> HTMLResponse:
        """The advisor console."""
        return _page("console.html", {"{{TOKEN_URL}}": console_token_url(request)})

    @pages.get("/console/outcomes", response_class=HTMLResponse)
    def outcomes_page(request: Request) -> HTMLResponse:
        """The outcome dashboard (支援効果の見える化) of the advisor console."""
        return _page("outcomes.html", {"{{TOKEN_URL}}": console_token_url(request)})

    return pages


def install(app: FastAPI, container: Container) -> None:
    """Mount the static files and pages (no key is made here: see `keys demo`)."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(_routes(container))
