"""The no-LLM orchestrator: detect the intent, call the same tools as the agent, and
render a templated answer with citations. Deterministic; the default without an LLM."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from export_assist.agent import render
from export_assist.agent.context import ToolResult, TurnContext
from export_assist.agent.intent import IntentDetector, find_country, find_hs_code
from export_assist.agent.more_tools import translation_args
from export_assist.agent.tools import ToolRegistry

Event = tuple[str, dict[str, Any]]
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
    ) -> Iterator[Event]:
        """Events of one turn: tool call, tool result, tokens, and the answer."""
        intent = self._detector.detect(message, self.allowed_intents())
        if intent == "greeting":
            yield from _say(render.t(ctx.language, "greeting"), intent)
            return
        country = country or find_country(message) or _last_country(history)
        tool, build = INTENT_TOOLS[intent]
        arguments = {k: v for k, v in build(message, country).items() if v not in (None, [])}
        yield "tool_call", {"name": tool, "arguments": arguments}
        result = self._registry.call(tool, arguments, ctx)
        yield "tool_result", _result_event(tool, result)
        text, abstained = self._answer(ctx, intent, tool, result, message)
        yield from _say(text, intent, abstained)

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
        kind = (result.payload or {}).get("kind", intent)
        name = render.KIND_NAMES[lang].get(kind, kind)
        lines = [result.text]
        if result.claims:
            lines.append(render.t(lang, "draft", kind=name))
        return "\n\n".join(line for line in lines if line), False


def _say(text: str, intent: str, abstained: bool = False) -> Iterator[Event]:
    for piece in render.chunks(text):
        yield "token", {"text": piece}
    yield "answer", {"text": text, "intent": intent, "abstained": abstained}


def _result_event(tool: str, result: ToolResult) -> dict[str, Any]:
    return {
        "name": tool,
        "error": result.error,
        "citations": len(result.citations),
        "kind": (result.payload or {}).get("kind"),
    }


def _last_country(history: list[tuple[str, str]]) -> str | None:
    """A destination named earlier in the conversation (follow-up questions)."""
    for role, text in reversed(history):
        if role == "user" and (found := find_country(text)):
            return found
    return None
