"""One chat turn's shared state: who asks, in which conversation, and what the tools found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.domain.citations import Citation, SearchHit
from export_assist.review.schemas import ClaimIn


@dataclass
class ToolResult:
    """What a tool returns: text for the model, citations, and a structured payload."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    hits: list[SearchHit] = field(default_factory=list)
    payload: dict[str, Any] | None = None
    claims: list[ClaimIn] = field(default_factory=list)
    title: str = ""
    weak: bool = False
    error: str | None = None


@dataclass
class TurnContext:
    """Shared by the tools of one turn; the runner reads the collected results after."""

    container: Container
    principal: Principal
    conversation_id: str
    language: str = "en"
    results: list[tuple[str, ToolResult]] = field(default_factory=list)

    def citations(self) -> list[Citation]:
        """Every citation the tools returned this turn, without duplicates, in order."""
        seen: set[tuple[str, str, int | None]] = set()
        out: list[Citation] = []
        for _, result in self.results:
            for cit in result.citations:
                key = (cit.doc_id, cit.section, cit.page)
                if key not in seen:
                    seen.add(key)
                    out.append(cit)
        return out

    def payloads(self) -> list[tuple[str, ToolResult]]:
        """Results that carry a structured payload (checklist, shortlist, documents...)."""
        return [(name, r) for name, r in self.results if r.payload is not None]

    def evidence_found(self) -> bool:
        """Whether any tool returned supporting evidence this turn."""
        return any(r.citations and not r.weak for _, r in self.results)
