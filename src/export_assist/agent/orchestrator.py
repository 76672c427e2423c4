"""The no-LLM orchestrator: detect the intent, call the same tools as the agent, and
render a templated answer with citations. Deterministic; the default without an LLM."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from typing import Any

from export_assist.agent import compare, render, routes, twopart
from export_assist.agent.events import Event, ToolCall, ToolDone, tokens
from export_assist.agent.intent import IntentDetector, find_hs_code
from export_assist.agent.smalltalk import asks_abilities, is_thanks
from export_assist.agent.tools.duties import asks_duty, asks_low_value_relief
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.tools.translation import translation_args
from export_assist.agent.turn import Answer, ToolResult, TurnContext
from export_assist.answering import handoff, judged, labels
from export_assist.answering.coverage import content_terms
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.japan_side import temporary_export
from export_assist.answering.places import find_places, market_name
from export_assist.answering.understand import Question
from export_assist.answering.years import future_years
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
    # Japan is the exporter's home, never a programme's market (「日本公庫の融資」: trial U46)
    "programmes": (
        "find_programmes",
        lambda m, c: {"question": m, "markets": [c] if c and c != "JP" else []},
    ),
}


class NoLLMOrchestrator:
    """Routes a message to one tool and answers from its result."""

    mode = "no-llm"

    def __init__(
        self,
        registry: ToolRegistry,
        detector: IntentDetector,
        engine: AnswerEngine | None = None,
    ) -> None:
        self._registry = registry
        self._detector = detector
        self._engine = engine

    def allowed_intents(self) -> list[str]:
        """Intents whose tool is present, plus search and greetings."""
        present = [i for i, (tool, _) in INTENT_TOOLS.items() if tool in self._registry]
        return [*present, "greeting"]

    def run(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn:
        """Events of one turn (tool call, tool result, tokens); returns the answer."""
        if asks_abilities(message):  # 「こんにちは。何ができますか？」 (s9 trial V20)
            return (yield from say(render.t(ctx.language, "abilities"), "greeting"))
        intent = self._detector.detect(message, self.allowed_intents())
        if intent == "greeting":
            key = "thanks" if is_thanks(message) else "greeting"
            return (yield from say(render.t(ctx.language, key), intent))
        # Translation and support programmes have their own tools; the engine answers the rest.
        if self._engine is not None and intent not in ("translate", "programmes"):
            return (yield from self._engine_turn(ctx, message, history, country))
        country = country or find_country(message) or _last_country(history)
        tool, build = INTENT_TOOLS[intent]
        arguments = {k: v for k, v in build(message, country).items() if v not in (None, [])}
        yield ToolCall(name=tool, arguments=arguments)
        run = self._registry.call(tool, arguments, ctx)
        yield ToolDone.of(run)
        text, abstained = self._answer(ctx, intent, tool, run.result, message)
        if intent == "programmes" and self._engine and twopart.asks_procedures(message):
            more, handed = yield from twopart.procedures_part(
                self._registry, self._engine, ctx, message
            )
            text, abstained = "\n\n".join(filter(None, [text, more])), abstained or handed
        # どっちが売れる, or a premium's rate: the listing may help, an advisor answers
        if intent == "programmes" and self._engine and judged.quote_or_judgement(message):
            q = self._engine.understand(message, [said for role, said in history if role == "user"])
            text, abstained = handoff.judged(q, text), True
        return (yield from say(text, intent, abstained))

    def _engine_turn(
        self, ctx: TurnContext, message: str, history: list[tuple[str, str]], country: str | None
    ) -> Turn:
        """The answer engine understands the message in its conversation and routes it."""
        assert self._engine is not None
        earlier = [text for role, text in history if role == "user"]
        q = self._engine.understand(message, earlier)
        if not earlier and not country and nothing_asked(message, q):  # 「？」, 「あいうえお」
            if _getting_started(message):  # 「輸出したことがない…何から始めれば？」
                return (yield from self._first_steps(ctx, q, message))
            return (yield from say(render.t(ctx.language, "rephrase"), "search"))
        if country and not q.destinations and not q.unsupported:
            q = q.with_(destinations=[country.upper()])
        ctx.subject = _subject(q)
        own = self._engine.answers_itself(q)  # advice, or goods the market bans
        if "build_checklist" in self._registry and not own and (pair := compare.sides(q)):
            return (yield from compare.compare_turn(self._registry, ctx, q, pair))
        # every answer that is a market's overview comes with the checklist it points to
        # (「カップ麺をタイに輸出したい。」 said "see the checklist" and attached none)
        # ... unless the engine hands it off: a medicine for Taiwan is beyond the corpus,
        # not a checklist that first asks what kind of product it is
        if (
            q.intent == "checklist"
            and (q.explicit_list or not q.topics)
            and q.destinations
            and ("build_checklist" in self._registry)
            and not own
            and not self._engine.beyond_scope(q)
        ):
            # 「アメリカに輸出したい」 names no goods at all (trial U38: the message became the product)
            if not (q.phrase or q.product or q.hs_code or content_terms(message)):
                where = "、".join(market_name(m, q.language) for m in q.destinations)
                return (yield from say(render.t(q.language, "ask_product", market=where), q.intent))
            return (yield from routes.checklist_turn(self._registry, ctx, q, message, earlier))
        # a duty in a future year (a forecast) or advice is the engine's to hand off
        dated = q.advice or bool(future_years(message))
        if (
            asks_duty(message)
            and q.destinations
            and not temporary_export(message)  # the ATA carnet's duty relief, not a rate
            and not asks_low_value_relief(message)  # the low-value relief, not a rate
            and not dated
            and "lookup_duties" in self._registry
        ):
            if len(q.hs_code) >= 6:
                return (yield from routes.duty_turn(self._registry, self._engine, ctx, q))
            if q.product and "suggest_hs_codes" in self._registry:
                return (
                    yield from routes.duty_by_product_turn(self._registry, self._engine, ctx, q)
                )
        if q.intent == "hs" and "suggest_hs_codes" in self._registry:
            return (yield from routes.hs_turn(self._registry, self._engine, ctx, q))
        only_unsupported = bool(q.unsupported) and not q.destinations  # the engine hands off
        if q.intent == "buyers" and not only_unsupported and "shortlist_buyers" in self._registry:
            q = routes.handled_goods(q)
            hs = q.hs_code or self._engine.hs_code_for(q)
            return (yield from routes.buyers_turn(self._registry, self._engine, ctx, q, hs))
        if q.intent == "documents":
            return (yield from routes.documents_turn(self._engine, ctx, q, earlier[-3:]))
        args = {"question": message, "earlier": earlier[-6:]}
        # the widget's country selector, said in the question (a market the conversation
        # named is the engine's to inherit: 「(PH)」 is no word of the user's, s9 trial V1)
        if country and q.destinations == [country.upper()] and not _names_market(message):
            args["question"] = f"{message} ({', '.join(q.destinations)})"
        yield ToolCall(name="answer_question", arguments=args)
        run = self._registry.call("answer_question", args, ctx)
        yield ToolDone.of(run)
        result = run.result
        if result.error:  # never shown raw: say what is known (nothing) and hand off
            text = f"{labels.t(q.language, 'thin')}\n\n{labels.t(q.language, 'escalated')}"
            return (yield from say(text, q.intent, True))
        return (yield from say(result.text, q.intent, result.weak))

    def subject(self, message: str, earlier: list[str]) -> list[str]:
        """The goods and markets a message is about in its conversation (a draft's title)."""
        if self._engine is None or not message:
            return []
        return _subject(self._engine.understand(message, earlier))

    def _first_steps(self, ctx: TurnContext, q: Question, message: str) -> Turn:
        """A first-time exporter with no product or market yet: Japan's own export steps
        (they apply to every market), then which market it is (trial T33: re-export and
        beef sentences of other markets)."""
        args = {"question": f"{message}（{JAPAN_STEPS}）", "earlier": []}
        yield ToolCall(name="answer_question", arguments=args)
        run = self._registry.call("answer_question", args, ctx)
        yield ToolDone.of(run)
        ask = labels.t(q.language, "ask_market")
        if run.result.error or run.result.weak:
            return (yield from say(ask, q.intent))
        return (yield from say(f"{run.result.text}\n\n{ask}", q.intent))

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
        # a programme the catalogue lacks is an advisor's to answer (the tool says so)
        return "\n\n".join(line for line in lines if line), result.weak


def _subject(q: Question) -> list[str]:
    goods = q.phrase or q.product
    return [*([goods] if goods else []), *(market_name(m, q.language) for m in q.markets)]


def say(text: str, intent: str, abstained: bool = False) -> Turn:
    """Stream a whole answer as tokens and settle on it."""
    yield from tokens(text)
    return Answer(text=text, intent=intent, abstained=abstained)


def nothing_asked(message: str, q: Question) -> bool:
    """A first message with nothing to answer: no content word, product, market, topic or
    code (trial A8: 「？」 was answered from battery passports, in English, and escalated)."""
    said = (q.product, q.destinations, q.unsupported, q.topics, q.hs_code, q.japan_side)
    return q.intent == "regulation" and not any(said) and not content_terms(message)


# The Japan-side question a first-time exporter's 「何から始めれば」 stands for.
JAPAN_STEPS = "日本側の輸出手続きの流れ"
_STARTING = re.compile(
    r"何から(?:始め|はじめ|手を付け)|どこから(?:始め|はじめ)|初めて(?:の)?輸出|輸出(?:したこと|の経験)が(?:ない|無い)|"
    r"where (?:do|should) (?:i|we) (?:start|begin)|first time export|never exported|how do (?:i|we) get started"
)


def _getting_started(message: str) -> bool:
    """A first-time exporter asking where to begin, with no product or market named."""
    return bool(_STARTING.search(message.lower()))


def _last_country(history: list[tuple[str, str]]) -> str | None:
    """A destination named earlier in the conversation (follow-up questions)."""
    for role, text in reversed(history):
        if role == "user" and (found := find_country(text)):
            return found
    return None


def _names_market(message: str) -> bool:
    """Whether the message names a market itself (else the request's country is added)."""
    return any(m.code != "JP" for m in find_places(message))
