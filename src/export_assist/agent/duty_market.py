"""A market's duty in the corpus's words, for a duty question the tariff tool cannot
quote a rate for (issue 9, session 15): 「香港に化粧品を輸出すると関税はかかりますか」 showed
only a lookup link, although the corpus says Hong Kong is a free port (no duty but on four
dutiable commodities); sake to the EU showed only the TARIC link. The fact comes from the
market's tariff documents (front matter `topics: [tariff]`), quoted with its citation."""

from __future__ import annotations

import re

from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.places import market_name
from export_assist.sentences import CJK, split_sentences

_DUTY = re.compile(r"関税|物品税|無税|dut(?:y|ies|iable)|tariff", re.IGNORECASE)
_HEADING = re.compile(r"^(\s*#.*)$", re.MULTILINE)
_MARKUP = re.compile(r"\*\*|__|^#+\s*|^[-・]\s*", re.MULTILINE)
MAX_SENTENCES = 3
LEAD = {
    "ja": "{market}の関税について、登録済みの資料では次のとおりです（出典: {title}）。",
    "en": "On {market}'s import duty, the corpus says (source: {title}):",
    "en_quoting_ja": "On {market}'s import duty, the corpus says (source: {title}; in Japanese):",
}
# the passage is looked for in the user's language: an English question quoted the Japanese
# half of a bilingual document (test45 t031)
QUERY = {
    "ja": "関税 {product} 輸入 税率 無税 関税撤廃 customs duty tariff",
    "en": "customs duty {product} import duty rate free port no customs duty duty-free tariff elimination",
}


def _sentences(text: str) -> list[str]:
    """Sentences of a document's Markdown, by the project's one splitter
    (`export_assist.sentences`: wrapped lines joined, list items apart, 「… Cap. 109）です。」
    kept whole); a heading is a title, not a sentence, and list/emphasis marks are dropped."""
    text = _HEADING.sub(r"\n\1\n", text)  # a heading ends its block even without a blank line
    plain = (_MARKUP.sub("", s).strip() for s in split_sentences(text) if not s.startswith("#"))
    return [s for s in plain if s]


def _duty_sentences(text: str, summary: str, product: str) -> list[str]:
    """The sentences about duty, those that name the product first (the document's summary
    says 「日本酒、緑茶…の関税は撤廃」 where the passage speaks of industrial goods)."""
    named = [s for s in _sentences(summary) if product and product in s and _DUTY.search(s)]
    said = [s for s in _sentences(text) if _DUTY.search(s) and s not in named]
    return [*named, *said][:MAX_SENTENCES]


def market_duty(
    engine: AnswerEngine, ctx: TurnContext, market: str, product: str, language: str
) -> str:
    """What the corpus says about the market's duty (a lead, then its sentences), the
    passage recorded as a source of the turn; "" when the corpus has no such passage."""
    catalog = engine.retriever.catalog()
    docs = [d.doc_id for d in catalog.docs.values() if d.country == market and "tariff" in d.topics]
    if not docs:
        return ""
    lang = "ja" if language == "ja" else "en"
    query = " ".join(QUERY[lang].format(product=product).split())
    hit = engine.retriever.best_passage(docs, query)
    doc = catalog.docs.get(hit.citation.doc_id) if hit is not None else None
    # the Japanese summary names the product first in Japanese only
    summary = doc.summary_ja if doc is not None and lang == "ja" else ""
    said = _duty_sentences(hit.text, summary, product) if hit is not None else []
    if hit is None or not said:
        return ""
    ctx.record(
        "answer_question",
        {"question": query},
        ToolResult(text=hit.text, citations=[hit.citation], hits=[hit]),
    )
    key = "en_quoting_ja" if lang == "en" and any(CJK.search(x) for x in said) else lang
    lead = LEAD[key].format(market=market_name(market, lang), title=hit.citation.title_in(lang))
    return "\n".join([lead, *[f"・{s}" for s in said]])
