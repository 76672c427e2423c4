"""The second half of a two-part request: 「補助金と、必要な手続きを両方教えて」 asks for the
programmes and for the market's procedures (s9 trial V29: the second half was dropped)."""

from __future__ import annotations

import re
from collections.abc import Generator

from export_assist.agent.events import Event, ToolCall, ToolDone
from export_assist.agent.render import t
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.turn import TurnContext
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.places import market_name

# A regulation request beside the programme one: procedures, requirements, rules.
_PROCEDURES = re.compile(
    r"(?:必要な|輸出の|輸入の)?手続き|規制|要件|ルール|何が必要|"
    r"requirements?|procedures?|regulations?|rules|what (?:do|must|should) (?:i|we) (?:need|do)"
)
# Words that join two requests in one message ("and", 「と」, 「両方」, 「それと」).
_BOTH = re.compile(r"両方|どちらも|と、|とも|それと|あわせて|併せて|\band\b|\balso\b|\bas well\b")
HEAD = {"ja": "【輸出先の手続き】", "en": "Procedures in the market:"}
ASKED = {
    "ja": "{market}に{product}を輸出するのに必要な手続きは？",
    "en": "What is needed to export {product} to {market}?",
}


def asks_procedures(message: str) -> bool:
    """Whether a programme request also asks for the market's procedures."""
    low = message.lower()
    return bool(_PROCEDURES.search(low)) and bool(_BOTH.search(low))


def procedures_part(
    registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, message: str
) -> Generator[Event, None, tuple[str, bool]]:
    """The procedures for the market and product the message names (the answer engine's),
    or the question that is still open (which product, which market); and the hand-off."""
    q = engine.understand(message)
    lang = "ja" if q.language == "ja" else "en"
    product = q.phrase or q.product
    if not q.destinations:
        return "", False
    where = "、".join(market_name(m, lang) for m in q.destinations)
    if not product:
        return f"{HEAD[lang]}\n{t(lang, 'ask_product', market=where)}", False
    args = {"question": ASKED[lang].format(market=where, product=product), "earlier": []}
    yield ToolCall(name="answer_question", arguments=args)
    run = registry.call("answer_question", args, ctx)
    yield ToolDone.of(run)
    if run.result.error:
        return "", False
    return f"{HEAD[lang]}\n{run.result.text}", run.result.weak
