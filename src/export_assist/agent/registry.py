"""Assemble the tool registry and the chat service from what this deployment has."""

from __future__ import annotations

from export_assist.agent.conversations import ConversationStore
from export_assist.agent.intent import IntentDetector
from export_assist.agent.orchestrator import NoLLMOrchestrator
from export_assist.agent.search_tool import SEARCH_TOOL
from export_assist.agent.service import ChatService, Runner
from export_assist.agent.tools import Tool, ToolRegistry
from export_assist.container import Container


def service_tools(container: Container) -> list[Tool]:
    """Tools over the compliance, matching, translation and documents services, if present."""
    try:
        from export_assist.agent.service_tools import available_tools
    except ImportError:  # those services are not part of this build
        return []
    found: list[Tool] = available_tools(container)
    return found


def build_registry(container: Container) -> ToolRegistry:
    """Regulation search always; the other tools when their services exist."""
    return ToolRegistry([SEARCH_TOOL, *service_tools(container)])


def build_chat(container: Container) -> ChatService:
    """The chat service: the LLM agent when an endpoint is configured, else no-LLM only."""
    registry = build_registry(container)
    detector = IntentDetector(container.embedder)
    fallback = NoLLMOrchestrator(registry, detector)
    llm: Runner | None = None
    if container.settings.llm.base_url:
        from export_assist.agent.llm import LLMRunner

        llm = LLMRunner(container, registry, detector)
    conversations = ConversationStore(container.engine, container.sessions)
    return ChatService(container, conversations, container.reviews, fallback, llm)
