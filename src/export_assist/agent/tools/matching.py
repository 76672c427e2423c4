"""Buyer matching tool: ranked, explained and screened buyer candidates."""

from __future__ import annotations

from pydantic import BaseModel, Field

from export_assist.agent.draft_words import prefixed
from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.geo import country_name_ja
from export_assist.matching.models import Candidate, ProductSpec, ShortlistQuery
from export_assist.matching.scope import PUBLIC
from export_assist.matching.service import Shortlist, ShortlistService
from export_assist.review.schemas import ClaimIn


class ShortlistArgs(BaseModel):
    """Arguments of shortlist_buyers."""

    product: str = Field(min_length=1, max_length=500, description="What the exporter sells")
    markets: list[str] = Field(default_factory=list, max_length=5, description="ISO codes")
    hs_code: str | None = Field(default=None, description="HS code if known")
    limit: int = Field(default=5, ge=1, le=20)


class ShortlistBuyers:
    """shortlist_buyers: the exporter's view of a shortlist (screened-out buyers hidden)."""

    def __init__(self, shortlists: ShortlistService) -> None:
        self._shortlists = shortlists

    def __call__(self, ctx: TurnContext, args: ShortlistArgs) -> ToolResult:
        """Rank buyers; each candidate becomes a claim of the draft an advisor reviews."""
        query = ShortlistQuery(
            product=ProductSpec(description=args.product, code=args.hs_code),
            markets=[m.upper() for m in args.markets],
            limit=args.limit,
        )
        # the caller's tenant (its private buyers and the public directory, nobody else's),
        # in the exporter's view: no screened-out list; an anonymous visitor: public only
        who = ctx.principal
        shortlist = self._shortlists.rank(query, tenant=who.tenant if who.reads_private else PUBLIC)
        shortlist.screened_out_count = None
        claims, lines = [], []
        for cand in shortlist.candidates:
            head, line = _candidate_lines(ctx.language, cand)
            claims.append(ClaimIn(text=head))
            lines.append(line)
        return ToolResult(
            text="\n".join([_head(ctx.language, shortlist), *lines]),
            payload=StructuredPayload(kind="shortlist", data=shortlist.model_dump(mode="json")),
            claims=claims,
            title=prefixed(ctx.language, "shortlist", args.product[:80]),
        )


def _candidate_lines(language: str, cand: Candidate) -> tuple[str, str]:
    """The claim and the chat line of one candidate, reasons in the user's language."""
    b, why = cand.buyer, cand.summary_in(language)
    if language == "ja":
        where = country_name_ja(b.country)
        return (
            f"{b.name}（{where}）: {why}",
            f"- {b.name}（{where}、スコア {cand.score:.2f}）: {why}",
        )
    return (
        f"{b.name} ({b.country}): {why}",
        f"- {b.name} ({b.country}, score {cand.score:.2f}): {why}",
    )


def _head(language: str, shortlist: Shortlist) -> str:
    """The first line of the result, in the user's language; an empty shortlist says why
    (trial U8: 「0社のバイヤー候補が見つかりました。」 and nothing else)."""
    if shortlist.empty is not None and not shortlist.candidates:
        return shortlist.empty.ja if language == "ja" else shortlist.empty.en
    count, notice = len(shortlist.candidates), shortlist.notice
    if language == "ja":
        fictitious = "(架空のサンプル: デモ用に生成したもので、実在の企業ではありません)"
        return f"{count}社のバイヤー候補が見つかりました。" + (fictitious if notice else "")
    return f"{count} candidate buyer(s). {notice or ''}".strip()


def shortlist_tool(shortlists: ShortlistService) -> Tool:
    """The shortlist_buyers tool over the shortlist service."""
    return Tool("shortlist_buyers", ShortlistArgs, ShortlistBuyers(shortlists))
