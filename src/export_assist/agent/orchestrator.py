"""The no-LLM orchestrator: detect the intent, call the same tools as the agent, and
render a templated answer with citations. Deterministic; the default without an LLM."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from export_assist.agent import render
from export_assist.agent.events import Event, ToolCall, ToolDone, tokens
from export_assist.agent.intent import IntentDetector, find_hs_code
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.tools.translation import translation_args
from export_assist.agent.turn import Answer, ToolResult, TurnContext
from export_assist.geo import find_country

Turn = Generator[Event, None, Answer]
# How each intent maps to a tool and its arguments, from the message and the country.
ArgBuilder = Callable[[str, str | None], dict[str, Any]]
INTENT_TOOLS: dict[str, tuple[str, ArgBuilder]] = {
    "search": ("search_regulations", lambda m, c: {"query": m, "country": c}),
    "checklist": (
        "build_checklist",
        lambda m, c: {"product": m, "destinations": [c] if c else [], "hs_code": find_hs_code(m)},
    ),
    "hs": ("suggest_hs_codes", lambda m, c: {"product": m}),
    "shortlist": ("shortlist_buyers", lambda m, c: {"product": m, "markets": [c] if c else []}),
    "translate": ("translate", lambda m, c: translation_args(m)),
    "documents": ("draft_documents", lambda m, c: {}),
    "programmes": ("find_programmes", lambda m, c: {"question": m, "markets": [c] if c else []}),
}


class NoLLMOrchestrator:
    """Routes a message to one tool and answers from its result."""

    mode = "no-llm"

    def __init__(self, registry: ToolRegistry, detector: IntentDetector) -> None:
        self._registry = registry
        self._detector = detector

    def allowed_intents(self) -> list[str]:
        """Intents whose tool is present, plus search and greetings."""
        present = [i for i, (tool, _) in INTENT_TOOLS.items() if tool in self._registry]
        return [*present, "greeting"]

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn:
        """Events of one turn (tool call, tool result, tokens); returns the answer."""
        intent = self._detector.detect(message, self.allowed_intents())
        if intent == "greeting":
            return (yield from say(render.t(ctx.language, "greeting"), intent))
        country = country or find_country(message) or _last_country(history)
        tool, build = INTENT_TOOLS[intent]
        arguments = {k: v for k, v in build(message, country).items() if v not in (None, [])}
        yield ToolCall(name=tool, arguments=arguments)
        run = self._registry.call(tool, arguments, ctx)
        yield ToolDone.of(run)
        text, abstained = self._answer(ctx, intent, tool, run.result, message)
        return (yield from say(text, intent, abstained))

    def _answer(
        self, ctx: TurnContext, intent: str, tool: str, result: ToolResult, message: str
    ) -> tuple[str, bool]:
        lang = ctx.language
        if result.error:
            return render.t(lang, "tool_error", tool=tool, error=result.error), False
        if intent == "search":
            if result.weak or not result.hits:
                return render.t(lang, "abstain"), True
            return render.search_answer(lang, result.hits, message), False
        kind = result.payload.kind if result.payload else intent
        name = render.KIND_NAMES[lang].get(kind, kind)
        lines = [result.text]
        if result.claims:
            lines.append(render.t(lang, "draft", kind=name))
        return "\n\n".join(line for line in lines if line), False


def say(text: str, intent: str, abstained: bool = False) -> Turn:
    """Stream a whole answer as tokens and settle on it."""
    yield from tokens(text)
    return Answer(text=text, intent=intent, abstained=abstained)


def _last_country(history: list[tuple[str, str]]) -> str | None:
    """A destination named earlier in the conversation (follow-up questions)."""
    for role, text in reversed(history):
        if role == "user" and (found := find_country(text)):
            return found
    return None
