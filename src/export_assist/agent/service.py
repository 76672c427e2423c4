"""One chat turn end to end: conversation, runner (LLM or no-LLM), fallback on an LLM
outage, drafts for review, escalation when evidence is thin, and persistence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from export_assist.agent.context import ToolResult, TurnContext
from export_assist.agent.conversations import ConversationStore
from export_assist.agent.intent import detect_language
from export_assist.agent.orchestrator import Event, NoLLMOrchestrator
from export_assist.agent.schemas import ChatFinal, ChatRequest, StructuredPayload, ToolCallInfo
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.errors import ServiceUnavailable
from export_assist.review.schemas import ClaimIn, DraftCreate, DraftSummary
from export_assist.review.service import ReviewService

DRAFT_KINDS = {"checklist": "checklist", "shortlist": "shortlist", "documents": "documents"}
FALLBACK = {
    "ja": "言語モデルに接続できなかったため({reason})、内蔵のアシスタントが回答します。",
    "en": "The language model is unavailable ({reason}); the built-in assistant answers instead.",
}
UNSUPPORTED = {
    "ja": "この回答は規制資料の引用で裏付けられていないため、アドバイザーに確認を依頼しました。",
    "en": "This answer is not backed by a cited regulation passage, so it was sent to an "
    "advisor for review.",
}


class LLMUnavailable(ServiceUnavailable):
    """The LLM endpoint failed or timed out; the turn falls back to the no-LLM path."""


class Runner(Protocol):
    """Produces the events of one turn (the LLM agent or the no-LLM orchestrator)."""

    mode: str

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Iterator[Event]: ...


class ChatService:
    """Runs turns and records them."""

    def __init__(
        self,
        container: Container,
        conversations: ConversationStore,
        reviews: ReviewService,
        fallback: NoLLMOrchestrator,
        llm: Runner | None = None,
    ) -> None:
        self._container = container
        self._conversations = conversations
        self._reviews = reviews
        self._fallback = fallback
        self._llm = llm

    @property
    def mode(self) -> str:
        """'llm' when an endpoint is configured, else 'no-llm'."""
        return "llm" if self._llm else "no-llm"

    def stream(self, who: Principal, request: ChatRequest) -> Iterator[Event]:
        """Events of a turn: meta, tool calls, tokens, notices, citations, final.

        The conversation is checked and the user message stored before the first event,
        so an unknown conversation is an immediate NotFound, not a broken stream."""
        cid = self._conversations.ensure(who, request.conversation_id, request.message)
        language = request.language or detect_language(request.message)
        history = self._conversations.history(cid, self._container.settings.assistant.history_turns)
        self._conversations.append(cid, "user", request.message)
        ctx = TurnContext(self._container, who, cid, language)
        return self._events(ctx, request, history)

    def _events(
        self, ctx: TurnContext, request: ChatRequest, history: list[tuple[str, str]]
    ) -> Iterator[Event]:
        yield (
            "meta",
            {"conversation_id": ctx.conversation_id, "mode": self.mode, "language": ctx.language},
        )
        state: dict[str, Any] = {"notices": [], "calls": [], "mode": self.mode}
        yield from self._run(ctx, request, history, state)
        yield from self._finish(ctx, request, state)

    @property
    def conversations(self) -> ConversationStore:
        """The conversation store."""
        return self._conversations

    def run(self, who: Principal, request: ChatRequest) -> ChatFinal:
        """A whole turn without streaming: the final payload."""
        final: dict[str, Any] = {}
        for name, data in self.stream(who, request):
            if name == "final":
                final = data
        return ChatFinal.model_validate(final)

    def _run(
        self,
        ctx: TurnContext,
        request: ChatRequest,
        history: list[tuple[str, str]],
        state: dict[str, Any],
    ) -> Iterator[Event]:
        runner: Runner = self._llm or self._fallback
        try:
            yield from self._relay(runner, ctx, request, history, state)
        except LLMUnavailable as exc:
            notice = FALLBACK[ctx.language].format(reason=exc.message)
            state["notices"].append(notice)
            state["mode"] = "no-llm"
            ctx.results.clear()
            state["calls"].clear()
            yield "notice", {"message": notice, "reset": True}
            yield from self._relay(self._fallback, ctx, request, history, state)

    def _relay(
        self,
        runner: Runner,
        ctx: TurnContext,
        request: ChatRequest,
        history: list[tuple[str, str]],
        state: dict[str, Any],
    ) -> Iterator[Event]:
        for name, data in runner.run(ctx, request.message, history, request.country):
            if name == "answer":
                state["answer"] = data
                continue
            if name == "tool_call":
                state["calls"].append(ToolCallInfo(name=data["name"], arguments=data["arguments"]))
            if name == "tool_result" and data.get("error") and state["calls"]:
                state["calls"][-1].error = data["error"]
            yield name, data

    def _finish(
        self, ctx: TurnContext, request: ChatRequest, state: dict[str, Any]
    ) -> Iterator[Event]:
        answer = state.get("answer", {"text": "", "intent": "search", "abstained": True})
        text, intent = answer["text"], answer["intent"]
        citations = ctx.citations()
        escalate = bool(answer["abstained"])
        if not escalate and state["mode"] == "llm" and _unsupported(ctx, intent):
            escalate = True
            state["notices"].append(UNSUPPORTED[ctx.language])
            yield "notice", {"message": UNSUPPORTED[ctx.language], "reset": False}
        payloads = [self._payload(ctx, name, r) for name, r in ctx.payloads()]
        escalation = self._escalate(ctx, request.message, text) if escalate else None
        yield "citations", {"citations": [c.model_dump(mode="json") for c in citations]}
        data = {
            "answer": text,
            "intent": intent,
            "mode": state["mode"],
            "language": ctx.language,
            "citations": [c.model_dump(mode="json") for c in citations],
            "payloads": [p.model_dump(mode="json") for p in payloads],
            "tool_calls": [c.model_dump(mode="json") for c in state["calls"]],
            "escalated": escalate,
            "notices": state["notices"],
            "escalation": escalation.model_dump(mode="json") if escalation else None,
        }
        message_id = self._conversations.append(ctx.conversation_id, "assistant", text, data)
        final = ChatFinal.model_validate(
            {**data, "conversation_id": ctx.conversation_id, "message_id": message_id}
        )
        yield "final", final.model_dump(mode="json")

    def _payload(self, ctx: TurnContext, tool: str, result: ToolResult) -> StructuredPayload:
        payload = result.payload or {}
        kind = payload.get("kind", tool)
        draft = None
        if kind in DRAFT_KINDS and result.claims:
            draft = self._reviews.create(
                ctx.principal,
                DraftCreate.model_validate(
                    {
                        "kind": DRAFT_KINDS[kind],
                        "title": result.title or kind,
                        "claims": result.claims,
                        "payload": payload,
                        "conversation_id": ctx.conversation_id,
                    }
                ),
            )
        summary = DraftSummary.model_validate(draft.model_dump()) if draft else None
        return StructuredPayload(kind=kind, data=payload.get("data"), draft=summary)

    def _escalate(self, ctx: TurnContext, question: str, answer: str) -> DraftSummary:
        found = [h for _, r in ctx.results for h in r.hits][:5]
        claims = [ClaimIn(text=f"Question: {question}")]
        claims += [
            ClaimIn(text=f"Found (weak match): {h.text[:500]}", citations=[h.citation])
            for h in found
        ]
        draft = self._reviews.create(
            ctx.principal,
            DraftCreate(
                kind="answer",
                title=f"Escalated question: {question[:200]}",
                claims=claims,
                conversation_id=ctx.conversation_id,
                payload={"question": question, "answer": answer},
            ),
        )
        return DraftSummary.model_validate(draft.model_dump())


def _unsupported(ctx: TurnContext, intent: str) -> bool:
    """An LLM answer to a regulatory question with no cited passage behind it."""
    if intent == "greeting" or ctx.payloads():
        return False
    return not ctx.evidence_found()
