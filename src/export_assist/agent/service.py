"""One chat turn end to end: conversation, runner (LLM or no-LLM), fallback on an LLM
outage, drafts for review, escalation when evidence is thin, and persistence."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from export_assist.agent import render
from export_assist.agent.conversations import ConversationStore
from export_assist.agent.draft_words import prefixed, titled
from export_assist.agent.events import Citations, Event, Meta, Notice
from export_assist.agent.excerpt import excerpt
from export_assist.agent.orchestrator import NoLLMOrchestrator, Turn, say
from export_assist.agent.schemas import ChatFinal, ChatRequest, Mode, StructuredPayload
from export_assist.agent.smalltalk import asks_for_person
from export_assist.agent.turn import Answer, ToolResult, TurnContext
from export_assist.auth.principal import Principal
from export_assist.errors import LLMUnavailable
from export_assist.languages import reply_language
from export_assist.review.schemas import ClaimIn, DraftCreate, DraftKind, DraftSummary
from export_assist.review.service import ReviewService

DRAFT_KINDS: dict[str, DraftKind] = {
    "checklist": "checklist",
    "shortlist": "shortlist",
    "documents": "documents",
}
FALLBACK = {
    "ja": "言語モデルに接続できなかったため({reason})、内蔵のアシスタントが回答します。",
    "en": "The language model is unavailable ({reason}); the built-in assistant answers instead.",
}
UNSUPPORTED = {
    "ja": "この回答は規制資料の引用で裏付けられていないため、アドバイザーに確認を依頼しました。",
    "en": "This answer is not backed by a cited regulation passage, so it was sent to an "
    "advisor for review.",
}


class Runner(Protocol):
    """Produces the events of one turn and settles on an answer (LLM agent or no-LLM)."""

    mode: str

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn: ...


@dataclass
class _Outcome:
    """How the turn went: the answer, the mode that gave it, the notices shown."""

    answer: Answer
    mode: Mode
    notices: list[str] = field(default_factory=list)


class ChatService:
    """Runs turns and records them."""

    def __init__(
        self,
        conversations: ConversationStore,
        reviews: ReviewService,
        fallback: NoLLMOrchestrator,
        llm: Runner | None = None,
        *,
        history_turns: int = 6,
    ) -> None:
        self._conversations = conversations
        self._reviews = reviews
        self._fallback = fallback
        self._llm = llm
        self._history_turns = history_turns

    @property
    def mode(self) -> str:
        """'llm' when an endpoint is configured, else 'no-llm'."""
        return "llm" if self._llm else "no-llm"

    @property
    def conversations(self) -> ConversationStore:
        """The conversation store."""
        return self._conversations

    def stream(self, who: Principal, request: ChatRequest) -> Iterator[Event]:
        """Events of a turn: meta, tool calls, tokens, notices, citations, final.

        The conversation is checked and the user message stored before the first event,
        so an unknown conversation is an immediate NotFound, not a broken stream."""
        cid = self._conversations.ensure(who, request.conversation_id, request.message)
        language = request.language or reply_language(request.message)
        history = self._conversations.history(cid, self._history_turns)
        self._conversations.append(cid, "user", request.message)
        ctx = TurnContext(who, cid, language)
        return self._events(ctx, request, history)

    def run(self, who: Principal, request: ChatRequest) -> ChatFinal:
        """A whole turn without streaming: the final payload."""
        finals = [e for e in self.stream(who, request) if isinstance(e, ChatFinal)]
        return finals[-1]

    def _events(
        self, ctx: TurnContext, request: ChatRequest, history: list[tuple[str, str]]
    ) -> Iterator[Event]:
        yield Meta(conversation_id=ctx.conversation_id, mode=self.mode, language=ctx.language)
        outcome = yield from self._run(ctx, request, history)
        yield from self._finish(ctx, request, outcome, history)

    def _run(
        self, ctx: TurnContext, request: ChatRequest, history: list[tuple[str, str]]
    ) -> Generator[Event, None, _Outcome]:
        args = (ctx, request.message, history, request.country)
        if asks_for_person(request.message):  # a person is asked for, not an answer
            answer = yield from say(render.t(ctx.language, "to_advisor"), "handoff", True)
            return _Outcome(answer, "no-llm")
        if self._llm is None:
            return _Outcome((yield from self._fallback.run(*args)), "no-llm")
        try:
            return _Outcome((yield from self._llm.run(*args)), "llm")
        except LLMUnavailable as exc:
            notice = FALLBACK[ctx.language].format(reason=exc.message)
            ctx.forget()
            yield Notice(message=notice, reset=True)
            return _Outcome((yield from self._fallback.run(*args)), "no-llm", [notice])

    def _finish(
        self,
        ctx: TurnContext,
        request: ChatRequest,
        outcome: _Outcome,
        history: list[tuple[str, str]],
    ) -> Iterator[Event]:
        answer = outcome.answer
        escalate = answer.abstained
        if not escalate and outcome.mode == "llm" and _unsupported(ctx, answer.intent):
            escalate = True
            outcome.notices.append(UNSUPPORTED[ctx.language])
            yield Notice(message=UNSUPPORTED[ctx.language])
        payloads = [self._payload(ctx, r) for r in ctx.with_payload()]
        escalation = (
            self._escalate(ctx, request.message, answer.text, history) if escalate else None
        )
        citations = ctx.citations()
        yield Citations(citations=citations)
        final = ChatFinal(
            conversation_id=ctx.conversation_id,
            message_id=0,  # set once the message is stored
            answer=answer.text,
            intent=answer.intent,
            mode=outcome.mode,
            language=ctx.language,
            citations=citations,
            payloads=payloads,
            tool_calls=ctx.calls(),
            escalated=escalate,
            notices=outcome.notices,
            escalation=escalation,
            llm_fallback=answer.fallback,
        )
        stored = final.model_dump(
            mode="json", exclude={"conversation_id", "message_id", "answer_html"}
        )
        final.message_id = self._conversations.append(
            ctx.conversation_id, "assistant", answer.text, stored
        )
        yield final

    def _payload(self, ctx: TurnContext, result: ToolResult) -> StructuredPayload:
        payload = result.payload or StructuredPayload(kind="unknown", data=None)
        if payload.kind not in DRAFT_KINDS or not result.claims:
            return payload
        draft = self._reviews.create(
            ctx.principal,
            DraftCreate(
                kind=DRAFT_KINDS[payload.kind],
                title=result.title or payload.kind,
                claims=result.claims,
                payload=payload.model_dump(mode="json", exclude={"draft"}),
                conversation_id=ctx.conversation_id,
            ),
        )
        return payload.model_copy(update={"draft": DraftSummary.model_validate(draft.model_dump())})

    def _subject(self, message: str, history: list[tuple[str, str]]) -> list[str]:
        """The goods and markets a hand-off is about, read only when a draft is made (the
        no-LLM turn has set them already): a request for a person is about what the
        conversation was about, a bare follow-up about the conversation's goods."""
        earlier = [text for role, text in history if role == "user"]
        said = earlier if asks_for_person(message) else [*earlier, message]
        return self._fallback.subject(said[-1], said[:-1]) if said else []

    def _escalate(
        self, ctx: TurnContext, question: str, answer: str, history: list[tuple[str, str]]
    ) -> DraftSummary:
        found = ctx.hits()[:5]
        lang = ctx.language
        subject = ctx.subject or self._subject(question, history)
        claims = [ClaimIn(text=prefixed(lang, "question", question))]
        claims += [
            ClaimIn(text=prefixed(lang, "found", excerpt(h.text)), citations=[h.citation])
            for h in found
        ]
        draft = self._reviews.create(
            ctx.principal,
            DraftCreate(
                kind="answer",
                title=prefixed(lang, "escalated", titled(lang, question[:200], subject)),
                claims=claims,
                conversation_id=ctx.conversation_id,
                payload={"question": question, "answer": answer},
            ),
        )
        return DraftSummary.model_validate(draft.model_dump())


def _unsupported(ctx: TurnContext, intent: str) -> bool:
    """An LLM answer to a regulatory question with no cited passage behind it."""
    if intent == "greeting" or ctx.with_payload():
        return False
    return not ctx.evidence_found()
