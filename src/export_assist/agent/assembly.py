"""Assemble the chat service from the parts the container hands over (never the container)."""

from __future__ import annotations

from export_assist.agent.conversations import ConversationStore
from export_assist.agent.intent import IntentDetector
from export_assist.agent.orchestrator import NoLLMOrchestrator
from export_assist.agent.service import ChatService, Runner
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.answering.engine import AnswerEngine
from export_assist.review.service import ReviewService
from export_assist.settings import Settings


def build_chat(
    registry: ToolRegistry,
    detector: IntentDetector,
    conversations: ConversationStore,
    reviews: ReviewService,
    settings: Settings,
    engine: AnswerEngine | None = None,
) -> ChatService:
    """The chat service: the LLM agent when an endpoint is configured, else no-LLM only
    (the answer engine, when given, understands and answers the no-LLM turns)."""
    llm, assistant = settings.llm, settings.assistant
    fallback = NoLLMOrchestrator(registry, detector, engine)
    runner: Runner | None = None
    if llm.base_url:
        from export_assist.agent.llm import LLMRunner  # LangChain loads only when used

        runner = LLMRunner(
            registry,
            detector,
            llm,
            max_answer_tokens=assistant.max_answer_tokens,
            database_url=settings.database_url,
            fallback=fallback if engine is not None else None,
        )
    return ChatService(
        conversations, reviews, fallback, runner, history_turns=assistant.history_turns
    )
