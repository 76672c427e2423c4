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

_DUTY = re.compile(r"関税|物品税|無税|duty|duties|tariff", re.IGNORECASE)
_END = re.compile(r"(?<=[。！？])")
_MARKUP = re.compile(r"\*\*|__|^#+\s*|^[-・]\s*", re.MULTILINE)
MAX_SENTENCES = 3
LEAD = {
    "ja": "{market}の関税について、登録済みの資料では次のとおりです（出典: {title}）。",
    "en": "On {market}'s import duty, the corpus says (source: {title}; in Japanese):",
}


def _sentences(text: str) -> list[str]:
    """Sentences of Japanese text, one line at a time, cut only after 。！？ (pysbd cut
    「… Cap. 109）です。」 at "Cap.")."""
    lines: list[str] = []
    for line in text.splitlines():
        wrapped = lines and not re.match(r"\s*([-・#*|]|\d+\.)", line)
        open_end = lines and lines[-1] and not re.search(r"[。！？:：]$", lines[-1])
        if wrapped and open_end and not lines[-1].startswith("#"):
            lines[-1] += line.strip()  # a paragraph wrapped in the Markdown source
        else:
            lines.append(line.strip())
    plain = _MARKUP.sub("", "\n".join(lines))
    return [s.strip() for line in plain.splitlines() for s in _END.split(line) if s.strip()]


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
    query = f"関税 {product} 輸入 税率 無税 関税撤廃 customs duty tariff".strip()
    hit = engine.retriever.best_passage(docs, query)
    doc = catalog.docs.get(hit.citation.doc_id) if hit is not None else None
    summary = doc.summary_ja if doc is not None else ""
    said = _duty_sentences(hit.text, summary, product) if hit is not None else []
    if hit is None or not said:
        return ""
    ctx.record(
        "answer_question",
        {"question": query},
        ToolResult(text=hit.text, citations=[hit.citation], hits=[hit]),
    )
    lang = "ja" if language == "ja" else "en"
    lead = LEAD[lang].format(market=market_name(market, lang), title=hit.citation.title_in(lang))
    return "\n".join([lead, *[f"・{s}" for s in said]])
