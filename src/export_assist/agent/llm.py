"""The LLM path, on any OpenAI-compatible endpoint. A request with one clear intent gets
one grounded generation over what the answer engine selected (agent/grounded.py; tool
requests keep their deterministic tool turn); a multi-step request, a translation or a
support-programme question runs the LangChain `create_agent` loop over the tool registry,
with a LangGraph checkpointer on the project's database per conversation.

This module is the one adapter that imports LangChain and the OpenAI client. Endpoint
failures and timeouts become LLMUnavailable, which the chat service turns into a fallback
to the no-LLM orchestrator with a visible notice."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

import openai
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.tools import StructuredTool
from langchain_openai import ChatOpenAI
from langgraph.errors import GraphRecursionError

from export_assist.agent import checkpoints, grounded, render
from export_assist.agent.events import Event, Token, ToolCall, ToolDone, tokens
from export_assist.agent.intent import IntentDetector, steps
from export_assist.agent.orchestrator import NoLLMOrchestrator, Turn, say
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.turn import Answer, ToolResult, ToolRun, TurnContext
from export_assist.errors import LLMUnavailable
from export_assist.languages import BY_CODE
from export_assist.lazy import built_once
from export_assist.prompt_library import render_prompt
from export_assist.settings import LLMSettings

ENDPOINT_ERRORS = (openai.APIConnectionError, openai.APITimeoutError, openai.APIStatusError)
# Intents whose tools the model drives (it writes the translation, weighs the programmes).
AGENT_INTENTS = frozenset({"translate", "programmes"})


class LLMRunner:
    """Runs one turn through the LangChain agent and relays its events."""

    mode = "llm"

    def __init__(
        self,
        registry: ToolRegistry,
        detector: IntentDetector,
        settings: LLMSettings,
        *,
        max_answer_tokens: int,
        database_url: str,
        fallback: NoLLMOrchestrator | None = None,
    ) -> None:
        self._fallback = fallback
        self._registry = registry
        self._detector = detector
        self._settings = settings
        self._max_tokens = max_answer_tokens
        self._database_url = database_url

    @built_once
    def model(self) -> ChatOpenAI:
        """The chat model client for the configured endpoint."""
        cfg = self._settings
        return ChatOpenAI(
            base_url=cfg.base_url,
            model=cfg.model,
            api_key=cfg.api_key,
            timeout=cfg.timeout_s,
            max_retries=cfg.max_retries,
            temperature=cfg.temperature,
            # plain max_tokens: LangChain would send max_completion_tokens, which llama.cpp
            # and other OpenAI-compatible servers may ignore
            extra_body={"max_tokens": self._max_tokens},
            streaming=True,
        )

    @built_once
    def checkpointer(self) -> Any:
        """Per-conversation agent memory, on the project's database."""
        return checkpoints.checkpointer(self._database_url)

    def _tools(self, ctx: TurnContext) -> list[StructuredTool]:
        def bind(name: str) -> Any:
            # the artifact is the run's place in the turn: the ToolMessage leads back to it
            def call(**kwargs: Any) -> tuple[str, int]:
                run = self._registry.call(name, kwargs, ctx)
                return run.result.text, run.seq

            return call

        return [
            StructuredTool.from_function(
                func=bind(name),
                name=name,
                description=self._registry.get(name).description,
                # a JSON schema, not the model: our registry validates, so a bad call
                # comes back to the model (and the user) as a readable tool error
                args_schema=self._registry.get(name).args.model_json_schema(),
                response_format="content_and_artifact",
            )
            for name in self._registry.names()
        ]

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn:
        """Events of one turn; raises LLMUnavailable when the endpoint fails."""
        intent = self._detector.detect(message)
        if self._fallback is not None and intent not in AGENT_INTENTS and len(steps(message)) < 2:
            return (yield from self._grounded(ctx, message, history, country))
        text = f"{message}\n\n(Destination: {country})" if country else message
        if intent == "search":
            # retrieval first: small local models often answer without calling a tool, and
            # one grounded generation is faster than a tool round trip
            found = yield from self._presearch(ctx, message, country)
            if found is None:
                return (yield from say(render.t(ctx.language, "abstain"), "search", True))
            text = f"{text}\n\nRegulation passages (cite them by number):\n\n{found}"
        try:
            answer = yield from self._stream(ctx, text)
        except ENDPOINT_ERRORS as exc:
            raise LLMUnavailable(_reason(exc)) from exc
        except GraphRecursionError as exc:
            raise LLMUnavailable("the model kept calling tools without answering") from exc
        return Answer(text=answer, intent=intent)

    def _grounded(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn:
        """The engine's turn (tools, cards, passages), then one generation over it."""
        assert self._fallback is not None
        extractive = yield from grounded.without_tokens(
            self._fallback.run(ctx, message, history, country)
        )
        run = grounded.answer_run(ctx)
        if run is None or not self._settings.answer_rewrite:
            # a tool turn or a hand-off (the model has nothing to add), or rewriting is off
            yield from tokens(extractive.text)
            return extractive
        try:
            return (
                yield from grounded.generate(
                    self._text_stream,
                    ctx,
                    message,
                    extractive,
                    run,
                    self._settings.model,
                    self._settings.prompt_budget_tokens,
                )
            )
        except ENDPOINT_ERRORS as exc:
            raise LLMUnavailable(_reason(exc)) from exc

    def _text_stream(self, messages: grounded.Messages) -> Iterator[str]:
        """The model's answer as text pieces (no tools)."""
        for chunk in self.model.stream(messages):
            if piece := _text(chunk.content):
                yield piece

    def _stream(self, ctx: TurnContext, text: str) -> Generator[Event, None, str]:
        agent = create_agent(
            self.model,
            tools=self._tools(ctx),
            system_prompt=render_prompt(
                "system.md", language_name=BY_CODE[ctx.language].for_prompt
            ),
            checkpointer=self.checkpointer,
        )
        config: Any = {"configurable": {"thread_id": ctx.conversation_id}, "recursion_limit": 16}
        stream = agent.stream(
            {"messages": [{"role": "user", "content": text}]},
            config=config,
            stream_mode=["messages", "updates"],
        )
        return (yield from _relay(ctx, stream))

    def _presearch(
        self, ctx: TurnContext, message: str, country: str | None
    ) -> Generator[Event, None, str | None]:
        arguments = {k: v for k, v in {"query": message, "country": country}.items() if v}
        yield ToolCall(name="search_regulations", arguments=arguments)
        run = self._registry.call("search_regulations", arguments, ctx)
        yield ToolDone.of(run)
        return None if run.result.weak or run.result.error else run.result.text


def _relay(ctx: TurnContext, stream: Iterator[Any]) -> Generator[Event, None, str]:
    """Tokens, tool calls and tool results as they stream; returns the final answer text."""
    answer = ""
    for mode, chunk in stream:
        if mode == "messages":
            piece = chunk[0]
            if (
                isinstance(piece, AIMessageChunk)
                and isinstance(piece.content, str)
                and piece.content
            ):
                yield Token(text=piece.content)
            continue
        for msg in _messages(chunk):
            if isinstance(msg, AIMessage):
                for call in msg.tool_calls:
                    yield ToolCall(name=call["name"], arguments=call["args"])
                if not msg.tool_calls:
                    answer = _text(msg.content)
            elif isinstance(msg, ToolMessage):
                yield ToolDone.of(_run_of(ctx, msg))
    return answer


def _messages(update: Any) -> list[BaseMessage]:
    """The messages of a LangGraph 'updates' chunk, whichever node produced them."""
    found: list[BaseMessage] = []
    for node_update in (update or {}).values():
        if isinstance(node_update, dict):
            found.extend(node_update.get("messages", []))
    return found


def _run_of(ctx: TurnContext, msg: ToolMessage) -> ToolRun:
    """The run behind a tool message; one LangGraph answered itself (unknown tool) is
    recorded as a failed run, so the user sees it too."""
    if isinstance(msg.artifact, int) and 0 <= msg.artifact < len(ctx.runs):
        return ctx.runs[msg.artifact]
    return ctx.record(msg.name or "?", {}, ToolResult.failure(_text(msg.content)))


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
