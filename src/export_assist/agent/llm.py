"""The LLM agent: LangChain `create_agent` over the tool registry, on any OpenAI-compatible
endpoint, with a LangGraph checkpointer on the project's database per conversation.

This module is the one adapter that imports LangChain and the OpenAI client. Endpoint
failures and timeouts become LLMUnavailable, which the chat service turns into a fallback
to the no-LLM orchestrator with a visible notice."""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator
from functools import cached_property
from typing import Any

import openai
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, AIMessageChunk, ToolMessage
from langchain_core.tools import StructuredTool
from langchain_openai import ChatOpenAI
from langgraph.errors import GraphRecursionError

from export_assist.agent import render
from export_assist.agent.context import TurnContext
from export_assist.agent.intent import IntentDetector
from export_assist.agent.orchestrator import Event
from export_assist.agent.service import LLMUnavailable
from export_assist.agent.tools import ToolRegistry, load_prompt
from export_assist.container import Container

LANGUAGE_NAMES = {"ja": "Japanese (日本語)", "en": "English"}
ENDPOINT_ERRORS = (openai.APIConnectionError, openai.APITimeoutError, openai.APIStatusError)


def _checkpointer(container: Container) -> Any:
    """SqliteSaver on the application's SQLite file; in memory for other databases."""
    url = container.settings.database_url
    if url.startswith("sqlite:///"):
        from langgraph.checkpoint.sqlite import SqliteSaver

        conn = sqlite3.connect(url.removeprefix("sqlite:///"), check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        return SqliteSaver(conn)
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


class LLMRunner:
    """Runs one turn through the LangChain agent and relays its events."""

    mode = "llm"

    def __init__(
        self, container: Container, registry: ToolRegistry, detector: IntentDetector
    ) -> None:
        self._container = container
        self._registry = registry
        self._detector = detector

    @cached_property
    def model(self) -> ChatOpenAI:
        """The chat model client for the configured endpoint."""
        cfg = self._container.settings.llm
        return ChatOpenAI(
            base_url=cfg.base_url,
            model=cfg.model,
            api_key=cfg.api_key,
            timeout=cfg.timeout_s,
            max_retries=cfg.max_retries,
            temperature=cfg.temperature,
            # plain max_tokens: LangChain would send max_completion_tokens, which llama.cpp
            # and other OpenAI-compatible servers may ignore
            extra_body={"max_tokens": self._container.settings.assistant.max_answer_tokens},
            streaming=True,
        )

    @cached_property
    def checkpointer(self) -> Any:
        """Per-conversation agent memory."""
        return _checkpointer(self._container)

    def _tools(self, ctx: TurnContext) -> list[StructuredTool]:
        def bind(name: str) -> Any:
            return lambda **kwargs: self._registry.call(name, kwargs, ctx).text

        return [
            StructuredTool.from_function(
                func=bind(name),
                name=name,
                description=self._registry.get(name).description,
                # a JSON schema, not the model: our registry validates, so a bad call
                # comes back to the model (and the user) as a readable tool error
                args_schema=self._registry.get(name).args.model_json_schema(),
            )
            for name in self._registry.names()
        ]

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Iterator[Event]:
        """Events of one turn; raises LLMUnavailable when the endpoint fails."""
        system = load_prompt("system.md").replace(
            "{language_name}", LANGUAGE_NAMES.get(ctx.language, "English")
        )
        agent = create_agent(
            self.model,
            tools=self._tools(ctx),
            system_prompt=system,
            checkpointer=self.checkpointer,
        )
        intent = self._detector.detect(message)
        text = f"{message}\n\n(Destination: {country})" if country else message
        if intent == "search":
            # retrieval first: small local models often answer without calling a tool, and
            # one grounded generation is faster than a tool round trip
            found = yield from self._presearch(ctx, message, country)
            if found is None:
                yield from _abstain(ctx.language)
                return
            text = f"{text}\n\nRegulation passages (cite them by number):\n\n{found}"
        config: Any = {"configurable": {"thread_id": ctx.conversation_id}, "recursion_limit": 16}
        answer = ""
        try:
            stream = agent.stream(
                {"messages": [{"role": "user", "content": text}]},
                config=config,
                stream_mode=["messages", "updates"],
            )
            for mode, chunk in stream:
                for event in self._events(ctx, mode, chunk):
                    if event[0] == "answer_text":
                        answer = event[1]["text"]
                    else:
                        yield event
        except ENDPOINT_ERRORS as exc:
            raise LLMUnavailable(_reason(exc)) from exc
        except GraphRecursionError as exc:
            raise LLMUnavailable("the model kept calling tools without answering") from exc
        yield "answer", {"text": answer, "intent": intent, "abstained": False}

    def _presearch(
        self, ctx: TurnContext, message: str, country: str | None
    ) -> Generator[Event, None, str | None]:
        arguments = {k: v for k, v in {"query": message, "country": country}.items() if v}
        yield "tool_call", {"name": "search_regulations", "arguments": arguments}
        result = self._registry.call("search_regulations", arguments, ctx)
        yield (
            "tool_result",
            {
                "name": "search_regulations",
                "error": result.error,
                "citations": len(result.citations),
                "kind": None,
            },
        )
        return None if result.weak or result.error else result.text

    def _events(self, ctx: TurnContext, mode: str, chunk: Any) -> Iterator[Event]:
        if mode == "messages":
            piece, _meta = chunk
            if (
                isinstance(piece, AIMessageChunk)
                and isinstance(piece.content, str)
                and piece.content
            ):
                yield "token", {"text": piece.content}
            return
        for node, update in (chunk or {}).items():
            for msg in (update or {}).get("messages", []) if isinstance(update, dict) else []:
                if isinstance(msg, AIMessage):
                    for call in msg.tool_calls:
                        yield "tool_call", {"name": call["name"], "arguments": call["args"]}
                    if not msg.tool_calls:
                        yield "answer_text", {"text": _text(msg.content)}
                elif isinstance(msg, ToolMessage):
                    result = next((r for n, r in reversed(ctx.results) if n == msg.name), None)
                    yield (
                        "tool_result",
                        {
                            "name": msg.name,
                            "node": node,
                            "error": result.error if result else None,
                            "citations": len(result.citations) if result else 0,
                            "kind": (result.payload or {}).get("kind") if result else None,
                        },
                    )


def _abstain(language: str) -> Iterator[Event]:
    text = render.t(language, "abstain")
    for piece in render.chunks(text):
        yield "token", {"text": piece}
    yield "answer", {"text": text, "intent": "search", "abstained": True}


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") for p in content if isinstance(p, dict))


def _reason(exc: Exception) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "the endpoint timed out"
    if isinstance(exc, openai.APIStatusError):
        return f"the endpoint answered HTTP {exc.status_code}"
    return "the endpoint could not be reached"
