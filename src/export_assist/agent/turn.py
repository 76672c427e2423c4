"""One chat turn: who asks, in which conversation and language, and what the tools found.

The tools hold their own services (bound when the registry is built), so a turn carries
only the turn: never the container, never a service locator."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from export_assist.agent.schemas import StructuredPayload, ToolCallInfo
from export_assist.auth.principal import Principal
from export_assist.domain.citations import Citation, SearchHit
from export_assist.review.schemas import ClaimIn

Language = Literal["ja", "en"]


@dataclass
class ToolResult:
    """What a tool returns: text for the model, citations, and a structured payload."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    hits: list[SearchHit] = field(default_factory=list)
    payload: StructuredPayload | None = None
    claims: list[ClaimIn] = field(default_factory=list)
    title: str = ""
    weak: bool = False
    error: str | None = None

    @classmethod
    def failure(cls, message: str) -> ToolResult:
        """A tool that could not run: the model and the user read why."""
        return cls(text=f"Tool error: {message}", error=message)


@dataclass(frozen=True)
class ToolRun:
    """One tool call of this turn: its place in the turn, name, arguments and result."""

    seq: int
    name: str
    arguments: dict[str, Any]
    result: ToolResult


@dataclass
class Answer:
    """The answer a runner settles on: its text, the intent it served, whether it abstained."""

    text: str
    intent: str = "search"
    abstained: bool = False
    fallback: str | None = None  # why the model's answer was replaced by the extractive one


@dataclass
class TurnContext:
    """Shared by the tools of one turn; the chat service reads the runs afterwards."""

    principal: Principal
    conversation_id: str
    language: Language = "en"
    runs: list[ToolRun] = field(default_factory=list)
    # the goods and markets the turn is about, the conversation's for a bare follow-up
    # (「費用は？」): an advisor's queue titles the draft with them
    subject: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, name: str, arguments: dict[str, Any], result: ToolResult) -> ToolRun:
        """Remember a tool call of this turn (the agent may run tools in parallel threads)."""
        with self._lock:
            run = ToolRun(len(self.runs), name, arguments, result)
            self.runs.append(run)
        return run

    def forget(self) -> None:
        """Drop what the tools found (the turn starts again on the no-LLM path)."""
        with self._lock:
            self.runs.clear()

    def uncite(self, run: ToolRun) -> None:
        """Keep a run's result but drop its citations from the turn's sources (a checklist
        answered by its summary cites what the summary shows; the payload keeps the rest)."""
        with self._lock:
            if run in self.runs:
                self.runs[run.seq] = ToolRun(run.seq, run.name, run.arguments, _bare(run.result))

    def calls(self) -> list[ToolCallInfo]:
        """The tools called this turn, with their arguments and any error."""
        return [
            ToolCallInfo(name=r.name, arguments=r.arguments, error=r.result.error)
            for r in self.runs
        ]

    def citations(self) -> list[Citation]:
        """Every citation the tools returned this turn, without duplicates, in order."""
        seen: set[tuple[str, str, int | None]] = set()
        out: list[Citation] = []
        for run in self.runs:
            for cit in run.result.citations:
                key = (cit.doc_id, cit.section, cit.page)
                if key not in seen:
                    seen.add(key)
                    out.append(cit)
        return out

    def hits(self) -> list[SearchHit]:
        """Every passage the tools found this turn (weak ones too), in order."""
        return [h for run in self.runs for h in run.result.hits]

    def with_payload(self) -> list[ToolResult]:
        """Results that carry a structured payload (checklist, shortlist, documents...)."""
        return [r.result for r in self.runs if r.result.payload is not None]

    def evidence_found(self) -> bool:
        """Whether any tool returned supporting evidence this turn."""
        return any(r.result.citations and not r.result.weak for r in self.runs)


def _bare(result: ToolResult) -> ToolResult:
    return replace(result, citations=[])
