"""Tools over the other services (compliance, matching, translation, documents). Each is
offered only when its service exists in this build, so the registry stays honest."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, Field

from export_assist.agent import more_tools as mt
from export_assist.agent.context import ToolResult, TurnContext
from export_assist.agent.tools import Tool
from export_assist.container import Container
from export_assist.review.schemas import ClaimIn


class ChecklistArgs(BaseModel):
    """Arguments of build_checklist."""

    product: str = Field(min_length=1, max_length=500, description="Product description, ja or en")
    destinations: list[str] = Field(
        min_length=1, max_length=5, description="Destinations: ISO codes such as US, DE, or EU"
    )
    hs_code: str | None = Field(default=None, description="HS code if known (2-10 digits)")


def build_checklist(ctx: TurnContext, args: ChecklistArgs) -> ToolResult:
    """Every requirement for the product in each destination, each item cited."""
    from export_assist.compliance.schemas import ChecklistRequest

    request = ChecklistRequest(
        product=args.product, hs_code=args.hs_code, destinations=args.destinations
    )
    checklists = ctx.container.checklists.build(request)
    ja = ctx.language == "ja"
    data, claims, lines, citations = [], [], [], []
    for checklist in checklists:
        items = []
        lines.append(f"{checklist.destination_name} ({checklist.destination}):")
        for item in checklist.items:
            title = item.title_ja if ja and item.title_ja else item.title
            items.append(
                {
                    "title": title,
                    "authority": item.authority,
                    "legal_basis": item.legal_basis,
                    "documents": item.documents,
                    "lead_time": item.lead_time,
                    "severity": item.severity,
                    "citations": [c.model_dump(mode="json") for c in item.citations],
                }
            )
            claims.append(
                ClaimIn(
                    text=f"[{checklist.destination}] {title}: {item.requirement}",
                    citations=item.citations,
                )
            )
            citations.extend(item.citations)
            lines.append(f"- {title} ({item.authority}; {', '.join(item.documents)})")
        data.append(
            {
                "destination": checklist.destination,
                "destination_name": checklist.destination_name,
                "items": items,
                "warnings": checklist.warnings,
            }
        )
    count = sum(len(c["items"]) for c in data)
    head = f"{count}件の要件が見つかりました。" if ja else f"{count} requirement(s) found."
    return ToolResult(
        text="\n".join([head, *lines]),
        citations=citations,
        payload={
            "kind": "checklist",
            # `request` lets the widget download the same checklist as PDF/XLSX.
            "data": {"checklists": data, "request": request.model_dump(mode="json")},
        },
        claims=claims,
        title=f"Checklist: {args.product[:80]} → {', '.join(args.destinations)}",
    )


class ShortlistArgs(BaseModel):
    """Arguments of shortlist_buyers."""

    product: str = Field(min_length=1, max_length=500, description="What the exporter sells")
    markets: list[str] = Field(default_factory=list, max_length=5, description="ISO codes")
    hs_code: str | None = Field(default=None, description="HS code if known")
    limit: int = Field(default=5, ge=1, le=20)


def shortlist_buyers(ctx: TurnContext, args: ShortlistArgs) -> ToolResult:
    """Ranked, explained and screened buyer candidates."""
    from export_assist.matching.models import ProductSpec, ShortlistQuery

    query = ShortlistQuery(
        product=ProductSpec(description=args.product, code=args.hs_code),
        markets=[m.upper() for m in args.markets],
        limit=args.limit,
    )
    # The caller's tenant: its private buyers and the public directory, nobody else's.
    shortlist = ctx.container.shortlists.rank(query, tenant=ctx.principal.tenant)
    buyers, claims, lines = [], [], []
    for cand in shortlist.candidates:
        b = cand.buyer
        top = sorted(cand.features, key=lambda f: -f.value * f.weight)[:3]
        reasons = [f.reason for f in top]
        buyers.append(
            {
                "name": b.name,
                "country": b.country,
                "city": b.city,
                "score": round(cand.score, 2),
                "reasons": reasons,
                # feature names and values, so the widget can label them in any language
                "fit": [{"feature": f.feature, "value": round(f.value, 2)} for f in top],
                "screening": cand.screening.status,
            }
        )
        claims.append(ClaimIn(text=f"{b.name} ({b.country}): {cand.summary}"))
        lines.append(f"- {b.name} ({b.country}, score {cand.score:.2f}): {cand.summary}")
    notice = shortlist.notice or ""
    if ctx.language == "ja":
        head = f"{len(buyers)}社のバイヤー候補が見つかりました。"
        head += (
            "(架空のサンプル: デモ用に生成したもので、実在の企業ではありません)" if notice else ""
        )
    else:
        head = f"{len(buyers)} candidate buyer(s). {notice}".strip()
    return ToolResult(
        text="\n".join([head, *lines]),
        payload={
            "kind": "shortlist",
            "data": {"buyers": buyers, "notice": notice, "fictitious": bool(shortlist.notice)},
        },
        claims=claims,
        title=f"Buyer shortlist: {args.product[:80]}",
    )


# (container attribute the tool needs, the tool)
CANDIDATES: list[tuple[str, Callable[[], Tool]]] = [
    ("checklists", lambda: Tool("build_checklist", ChecklistArgs, build_checklist)),
    ("shortlists", lambda: Tool("shortlist_buyers", ShortlistArgs, shortlist_buyers)),
    ("hs_suggester", lambda: Tool("suggest_hs_codes", mt.HsArgs, mt.suggest_hs_codes)),
    ("translation", lambda: Tool("translate", mt.TranslateArgs, mt.translate)),
    ("documents", lambda: Tool("draft_documents", mt.DocumentsArgs, mt.draft_documents)),
]


def available_tools(container: Container) -> list[Tool]:
    """The tools whose service the container provides."""
    tools: list[Tool] = []
    for attribute, make in CANDIDATES:
        if hasattr(type(container), attribute):
            tools.append(make())
    return tools
