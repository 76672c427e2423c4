"""The MCP server through the official SDK's client: every tool listed and called, the
API's validation and roles, the caller's key per HTTP request, and the stdio command."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
import yaml
from mcp.client.streamable_http import streamable_http_client

from export_assist.container import Container
from export_assist.mcp_server.server import build_server
from mcp import Client, StdioServerParameters
from tests.auth.fixtures import Keys
from tests.conftest import REPO_ROOT
from tests.support.live_server import serve

TOOLS = {
    "search_regulations",
    "build_checklist",
    "suggest_hs_codes",
    "origin_route",
    "lookup_duties",
    "export_control_questionnaire",
    "match_programmes",
    "shortlist_buyers",
    "draft_documents",
}


def _shipment() -> dict[str, Any]:
    raw = yaml.safe_load((REPO_ROOT / "examples" / "shipment.yaml").read_text())
    return dict(json.loads(json.dumps(raw.get("shipment", raw), default=str)))


CALLS: dict[str, dict[str, Any]] = {
    "search_regulations": {"request": {"query": "FDA food facility registration"}},
    "build_checklist": {"request": {"product": "green tea", "destinations": ["US"]}},
    "suggest_hs_codes": {"product": "matcha green tea powder", "k": 3},
    "origin_route": {"market": "EU"},
    "lookup_duties": {"hs_code": "0902.10", "market": "US"},
    "export_control_questionnaire": {"answers": {"destination": "CN", "product": "CNC lathe"}},
    "match_programmes": {"request": {"profile": {"target_markets": ["US"]}, "lang": "en"}},
    "shortlist_buyers": {"query": {"product": {"description": "green tea"}, "markets": ["DE"]}},
}


def _run(session: Callable[[Client], Awaitable[None]], server: Any) -> None:
    async def main() -> None:
        async with Client(server) as client:
            await session(client)

    _in_thread(main)


def _in_thread(main: Callable[[], Awaitable[None]]) -> None:
    """Run the client on a thread of its own: a test before this one (Playwright's sync
    API) may have left an event loop running on the main thread."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(anyio.run, main).result()


def test_a_client_lists_every_tool_and_calls_each(container: Container, keys: Keys) -> None:
    server = build_server(container, api_key=keys.exporter)
    results: dict[str, Any] = {}

    async def session(client: Client) -> None:
        listed = await client.list_tools()
        assert {t.name for t in listed.tools} == TOOLS
        assert all(t.description and t.input_schema for t in listed.tools)
        calls = {
            **CALLS,
            "draft_documents": {"request": {"shipment": _shipment(), "formats": ["pdf"]}},
        }
        for name, arguments in calls.items():
            result = await client.call_tool(name, arguments)
            assert not result.is_error, (name, result.content)
            results[name] = result.structured_content

    _run(session, server)
    assert (
        results["search_regulations"]["hits"][0]["citation"]["doc_id"] == "test-us-fda-registration"
    )
    assert results["build_checklist"]["checklists"][0]["destination"] == "US"
    assert results["suggest_hs_codes"]["suggestions"][0]["code"].startswith("09")
    assert results["origin_route"]["market"] == "EU" and results["origin_route"]["agreements"]
    duty = results["lookup_duties"]
    assert duty["source"] == "links_only" and duty["rates"] == []
    assert duty["links"][0]["url"] == "https://hts.usitc.gov/search?query=0902.10"
    assert results["export_control_questionnaire"]["flags"]
    assert "matches" in results["match_programmes"]
    shortlist = results["shortlist_buyers"]
    assert shortlist["candidates"] and "FICTITIOUS" in shortlist["notice"]
    assert shortlist["screened_out"] == [] and shortlist["screened_out_count"] is None
    files = results["draft_documents"]["files"]
    assert files and set(results["draft_documents"]["urls"]) == {f["name"] for f in files}


def test_validation_and_roles_are_the_apis(container: Container, keys: Keys) -> None:
    async def as_exporter(client: Client) -> None:
        blank = await client.call_tool("search_regulations", {"request": {"query": "  "}})
        assert blank.is_error and "the query is blank" in blank.content[0].text
        country = await client.call_tool("origin_route", {"market": "XX"})
        assert country.is_error and "Unknown country code 'XX'" in country.content[0].text
        advisor_view = {**CALLS["shortlist_buyers"]["query"], "view": "advisor"}
        denied = await client.call_tool("shortlist_buyers", {"query": advisor_view})
        assert denied.is_error and "forbidden: The advisor view" in denied.content[0].text

    async def anonymous(client: Client) -> None:
        public = await client.call_tool("suggest_hs_codes", {"product": "sake"})
        assert not public.is_error
        keyed = await client.call_tool("shortlist_buyers", CALLS["shortlist_buyers"])
        assert keyed.is_error and "unauthorized: An API key is required" in keyed.content[0].text

    _run(as_exporter, build_server(container, api_key=keys.exporter))
    _run(anonymous, build_server(container))


@pytest.fixture
def http_url(container: Container) -> Iterator[str]:
    """The MCP server's streamable HTTP app under uvicorn on a free port."""
    with serve(build_server(container).streamable_http_app(host="127.0.0.1")) as port:
        yield f"http://127.0.0.1:{port}/mcp"


def _over_http(url: str, key: str | None, session: Callable[[Client], Awaitable[None]]) -> None:
    async def main() -> None:
        headers = {"X-API-Key": key} if key else {}
        async with (
            httpx2.AsyncClient(headers=headers) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            await session(client)

    _in_thread(main)


def test_over_http_each_request_acts_with_its_own_key(http_url: str, keys: Keys) -> None:
    async def exporter(client: Client) -> None:
        assert {t.name for t in (await client.list_tools()).tools} == TOOLS
        done = await client.call_tool("shortlist_buyers", CALLS["shortlist_buyers"])
        assert not done.is_error and done.structured_content["candidates"]

    async def revoked_or_none(client: Client) -> None:
        done = await client.call_tool("shortlist_buyers", CALLS["shortlist_buyers"])
        assert done.is_error and "unauthorized" in done.content[0].text

    _over_http(http_url, keys.exporter, exporter)
    _over_http(http_url, None, revoked_or_none)
    _over_http(http_url, "ea_not_a_real_key", revoked_or_none)


@pytest.mark.slow
def test_the_stdio_command_serves_a_client(container: Container, keys: Keys) -> None:
    env = {
        **os.environ,
        "EXPORT_ASSIST_DATA_DIR": str(container.settings.data_dir),
        "EXPORT_ASSIST_CORPUS_DIR": str(container.settings.corpus_dir),
        "EXPORT_ASSIST_DATABASE__URL": container.settings.database_url,
        "EXPORT_ASSIST_MCP_API_KEY": keys.exporter,
        "EXPORT_ASSIST_MATCHING__SAMPLE_SIZE": "60",
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "export_assist.cli.main", "mcp"], env=env
    )

    async def session(client: Client) -> None:
        assert {t.name for t in (await client.list_tools()).tools} == TOOLS
        done = await client.call_tool("shortlist_buyers", CALLS["shortlist_buyers"])
        assert not done.is_error and done.structured_content["candidates"]

    _run(session, params)
    assert Path(container.settings.database_url.removeprefix("sqlite:///")).exists()
