"""Compliance tools: the checklist for a product and destinations, HS code suggestions."""

from __future__ import annotations

from pydantic import BaseModel, Field

from export_assist.agent.draft_words import prefixed
from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.hs.suggest import HsSuggesting
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.domain.cardtext import (
    authority_in,
    documents_in,
    legal_basis_in,
    requirement_in,
)
from export_assist.domain.compliance import Checklist
from export_assist.geo import country_name_ja
from export_assist.review.schemas import ClaimIn


class ChecklistArgs(BaseModel):
    """Arguments of build_checklist."""

    product: str = Field(min_length=1, max_length=500, description="Product description, ja or en")
    destinations: list[str] = Field(
        min_length=1, max_length=5, description="Destinations: ISO codes such as US, DE, or EU"
    )
    hs_code: str | None = Field(default=None, description="HS code if known (2-10 digits)")
    conditions: list[str] = Field(
        default_factory=list,
        max_length=10,
        description="How the goods are sold, said beside them (organic), as condition ids",
    )


class BuildChecklist:
    """build_checklist: every requirement for the product in each destination, cited."""

    def __init__(self, checklists: ChecklistService) -> None:
        self._checklists = checklists

    def __call__(self, ctx: TurnContext, args: ChecklistArgs) -> ToolResult:
        """Build the checklists; each item becomes a claim of the draft an advisor reviews."""
        request = ChecklistRequest(
            product=args.product,
            hs_code=args.hs_code,
            destinations=args.destinations,
            conditions=args.conditions,
        )
        ja = ctx.language == "ja"
        checklists = self._checklists.build(request)
        asked = checklists[0].product.question if checklists else None
        if asked is not None:  # the kind of product is unclear: ask before listing a guess
            return _ask(args, request, checklists, asked.ja if ja else asked.en)
        claims, lines, citations = [], [], []
        for checklist in checklists:
            where = country_name_ja(checklist.destination) if ja else checklist.destination_name
            lines.append(f"{where} ({checklist.destination}):")
            for item in checklist.items:
                title = item.title_ja if ja and item.title_ja else item.title
                lang = "ja" if ja else "en"
                text = f"[{checklist.destination}] {title}: {requirement_in(item, lang)}"
                claims.append(ClaimIn(text=text, citations=item.citations))
                citations.extend(item.citations)
                sep = "、" if ja else ", "
                known = [authority_in(item, lang), legal_basis_in(item, lang)]
                known.append(sep.join(documents_in(item, lang)))
                lines.append(f"- {title} ({'; '.join(x for x in known if x)})")
        count = sum(len(c.items) for c in checklists)
        codes = [c.upper() for c in args.destinations]
        markets = "、".join(map(country_name_ja, codes)) if ja else ", ".join(args.destinations)
        head = f"{count}件の要件が見つかりました。" if ja else f"{count} requirement(s) found."
        data = {  # the request too: the same checklist can be fetched as PDF/XLSX
            "checklists": [c.model_dump(mode="json") for c in checklists],
            "request": request.model_dump(mode="json"),
        }
        return ToolResult(
            text="\n".join([head, *lines]),
            citations=citations,
            payload=StructuredPayload(kind="checklist", data=data),
            claims=claims,
            title=prefixed(ctx.language, "checklist", f"{args.product[:80]} → {markets}"),
        )


def _ask(
    args: ChecklistArgs, request: ChecklistRequest, checklists: list[Checklist], question: str
) -> ToolResult:
    """The profile's question as the result; the guessed checklists ride along for the
    widget, with no claims (no review draft of a guess)."""
    data = {
        "checklists": [c.model_dump(mode="json") for c in checklists],
        "request": request.model_dump(mode="json"),
        "question": question,
    }
    return ToolResult(
        text=question,
        payload=StructuredPayload(kind="checklist", data=data),
        title=f"Checklist: {args.product[:80]} → {', '.join(args.destinations)}",
    )


class HsArgs(BaseModel):
    """Arguments of suggest_hs_codes."""

    product: str = Field(min_length=1, max_length=500, description="Product description, ja or en")
    k: int = Field(default=5, ge=1, le=10, description="How many codes")


class SuggestHsCodes:
    """suggest_hs_codes: candidate 6-digit HS codes with the reason for each."""

    def __init__(self, suggester: HsSuggesting) -> None:
        self._suggester = suggester

    def __call__(self, ctx: TurnContext, args: HsArgs) -> ToolResult:
        """Suggest codes; the final classification stays the exporter's duty."""
        found = self._suggester.suggest(args.product, args.k)
        lines = [f"- {s.code}: {s.description} ({s.reason})" for s in found]
        head = (
            f"{len(found)} candidate HS code(s); the final classification is the exporter's duty."
        )
        data: dict[str, object] = {"candidates": [s.model_dump(mode="json") for s in found]}
        question = self._suggester.ask(args.product, found)
        if question is not None:
            data["question"] = question.model_dump(mode="json")
            lines.append(f"Ask first: {question.question_en}")
        return ToolResult(
            text="\n".join([head, *lines]), payload=StructuredPayload(kind="hs", data=data)
        )


def checklist_tool(checklists: ChecklistService) -> Tool:
    """The build_checklist tool over the checklist engine."""
    return Tool("build_checklist", ChecklistArgs, BuildChecklist(checklists))


def hs_tool(suggester: HsSuggesting) -> Tool:
    """The suggest_hs_codes tool over the HS suggester."""
    return Tool("suggest_hs_codes", HsArgs, SuggestHsCodes(suggester))
