"""The MCP tools: thin adapters over the REST routes' own functions, so an MCP call gets
the same validation (the same request models), roles and tenant rules as the API."""

from __future__ import annotations

from mcp.server.mcpserver import Context, MCPServer

from export_assist import __version__
from export_assist.api.routers import checklists, documents, hs, origin, programmes, regulations
from export_assist.api.routers import duties as duty_routes
from export_assist.api.routers import shortlists as shortlist_routes
from export_assist.api.routers.checklists import ChecklistResponse
from export_assist.api.routers.documents import DocumentSetResponse, DocumentsRequest
from export_assist.api.routers.hs import HsSuggestResponse
from export_assist.api.routers.programmes import MatchRequest
from export_assist.api.schemas import SearchRequest, SearchResponse
from export_assist.compliance.export_control import ExportControlAnswers, ExportControlResult
from export_assist.compliance.origin.routes import OriginRoute
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from export_assist.domain.duties import DutyLookup
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.service import Shortlist
from export_assist.mcp_server.caller import Caller, tool_errors
from export_assist.programmes.matching import MatchResult
from export_assist.prompt_library import render_prompt

INSTRUCTIONS = (
    "Tools for Japanese exporters: regulation search with citations, compliance "
    "checklists, HS code suggestions, origin routes, import duties (official data or "
    "official lookups, never a guessed rate), the FEFTA export-control "
    "questionnaire, buyer shortlists, trade documents and support programmes. Cite the "
    "sources the tools return; never state a regulation fact without one."
)


def build_server(container: Container, api_key: str | None = None) -> MCPServer:
    """The MCP server over a container; `api_key` fixes the caller (stdio), else each
    HTTP request's X-API-Key or bearer token is the caller."""
    server = MCPServer("export-assist", version=__version__, instructions=INSTRUCTIONS)
    caller = Caller(container.keys, api_key)
    _reference_tools(server, container)
    _work_tools(server, container, caller)
    return server


def _reference_tools(server: MCPServer, c: Container) -> None:
    """Public reference tools (public on the REST API too)."""

    @server.tool(description=render_prompt("tools/search_regulations.md"))
    def search_regulations(request: SearchRequest) -> SearchResponse:
        with tool_errors():
            return regulations.search_post(request, c.searcher)

    @server.tool(description=render_prompt("tools/build_checklist.md"))
    def build_checklist(request: ChecklistRequest) -> ChecklistResponse:
        with tool_errors():
            built = checklists.create_checklist(request, c)
            assert isinstance(built, ChecklistResponse)  # JSON is the default format
            return built

    @server.tool(description=render_prompt("tools/suggest_hs_codes.md"))
    def suggest_hs_codes(product: str, k: int = 5) -> HsSuggestResponse:
        with tool_errors():
            return hs.suggest(c, product, k)

    @server.tool()
    def origin_route(market: str, hs_code: str | None = None) -> OriginRoute:
        """Japan -> market: which agreements apply, how origin is claimed, validity, and
        the product-specific rule for an HS code where a PSR table is loaded; cited."""
        with tool_errors():
            return origin.origin_route(market, c, hs_code)

    @server.tool(description=render_prompt("tools/lookup_duties.md"))
    def lookup_duties(hs_code: str, market: str, origin: str = "JP") -> DutyLookup:
        with tool_errors():
            return duty_routes.duties(c, hs_code, market, origin)

    @server.tool()
    def export_control_questionnaire(answers: ExportControlAnswers) -> ExportControlResult:
        """Under Japan's FEFTA: what to check (list control, catch-all) and with whom,
        with citations. A guide to the checks, not a classification or a ruling."""
        with tool_errors():
            return origin.export_control(answers, c)

    @server.tool()
    def match_programmes(request: MatchRequest) -> MatchResult:
        """Public support programmes (JETRO, SMRJ, METI, MAFF, JFC, NEXI, prefectures) that
        fit an exporter profile: rules met, open questions, deadlines, citations."""
        with tool_errors():
            return programmes.match(request, c.programmes)


def _work_tools(server: MCPServer, c: Container, caller: Caller) -> None:
    """Tools that act for a caller: an API key is required, as on the REST API."""

    @server.tool(description=render_prompt("tools/shortlist_buyers.md"))
    def shortlist_buyers(query: ShortlistQuery, ctx: Context) -> Shortlist:
        with tool_errors():
            who = caller.require(ctx)
            return shortlist_routes.create_shortlist(query, who, c.shortlists)

    @server.tool(description=render_prompt("tools/draft_documents.md"))
    def draft_documents(request: DocumentsRequest, ctx: Context) -> DocumentSetResponse:
        with tool_errors():
            who = caller.require(ctx)
            return documents.render(request, c, who)
