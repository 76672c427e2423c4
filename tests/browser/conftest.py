"""Browser fixtures: the app served by uvicorn in a thread, Debian chromium via Playwright."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from export_assist.api.app import create_app
from export_assist.auth.demo import DemoKeys, ensure_demo_keys
from export_assist.container import Container
from export_assist.settings import Settings
from tests.conftest import TEST_DATA

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def port() -> int:
    """The live server's port."""
    return _free_port()


class HostSite:
    """Another web site on loopback that serves the pages tests put in `pages`."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        # POST endpoints of the site's own backend (e.g. a widget token URL): path -> JSON text
        self.posts: dict[str, Callable[[], str]] = {}
        self.port = _free_port()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.pages.get(self.path.split("?")[0])
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not found").encode())

            def do_POST(self) -> None:
                handler = site.posts.get(self.path.split("?")[0])
                body = handler() if handler else '{"error": "not found"}'
                self.send_response(200 if handler else 404)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def origins(self) -> tuple[str, str]:
        """(allowed, not allowed): the same site by two names, so two origins. A real
        server, because chromium keeps pages it cannot place from calling loopback."""
        return f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"


@pytest.fixture(scope="session")
def host_site() -> Iterator[HostSite]:
    """A second web site (another origin) for embedding tests."""
    site = HostSite()
    yield site
    site.server.shutdown()


@pytest.fixture(scope="session")
def other_origins(host_site: HostSite) -> tuple[str, str]:
    """(allowed, not allowed) origins of the host site."""
    return host_site.origins()


@pytest.fixture(scope="session")
def live(
    indexed_container: Container,
    tmp_path_factory: pytest.TempPathFactory,
    port: int,
    other_origins: tuple[str, str],
) -> Iterator[tuple[str, DemoKeys]]:
    """The app on 127.0.0.1:<random port> (one per session), in demo mode, over the indexed
    test corpus and the repository's requirement cards; it allows other_origins[0]."""
    import uvicorn

    base = indexed_container.settings
    tmp_path = tmp_path_factory.mktemp("live")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=base.data_dir,  # the indexed test corpus; the database is this test's own
        corpus_dir=TEST_DATA / "corpus",
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"},
        auth={"demo_keys": "on"},
        api={"cors_origins": [other_origins[0]]},
        compliance={"cards_dir": REPO / "regulations" / "cards"},
    )
    container = Container(settings)
    assert base.data_dir.exists()
    app = create_app(container=container)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ensure_demo_keys(container.keys, settings)
    server.should_exit = True
    thread.join(timeout=10)
    container.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian chromium driven by Playwright (never a browser download)."""
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian chromium is not installed (/usr/bin/chromium): run scripts/ensure-chromium.sh"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser context (its own storage) in Japanese; closed after the test."""
    ctx = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()
