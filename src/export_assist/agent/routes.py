"""No-LLM turns for the tool requests the answer engine understood: HS codes (asking for
the material when it decides the heading), buyer shortlists (product, HS code and market
from the message and the conversation) and trade documents (the fields read from chat)."""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

from export_assist.agent import render
from export_assist.agent.duty_market import market_duty
from export_assist.agent.events import Event, ToolCall, ToolDone, tokens
from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.turn import Answer, ToolResult, TurnContext
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.exporter_intro import with_craft
from export_assist.answering.hs import hs_answer, hs_query
from export_assist.answering.labels import t
from export_assist.answering.object_phrase import object_phrase
from export_assist.answering.places import market_name
from export_assist.answering.shipment_fields import extract, form_answer, merge
from export_assist.answering.shipment_form import origin_text
from export_assist.answering.shipment_mode import sea_terms_kept
from export_assist.answering.shipment_origin import certificate_agreements
from export_assist.answering.understand import Question
from export_assist.domain.hs import HsQuestion, HsSuggestion
from export_assist.domain.sale import sale_claims

Turn = Generator[Event, None, Answer]
HS_DOC = "intl-hs-classification"
DOCS_DOC = "intl-trade-documents"
CERT_DOC = "jp-epa-jcci-certificate-of-origin"
# A code from the product words is called "assumed" only when the calibrated confidence
# says it is more likely right than wrong; below that it is "the closest candidate".
DUTY_SURE = 0.5
DUTY_ASSUMED = {
    "ja": "「{product}」をHSコード {code}({name})と推定して調べました。"
    "コードが違う場合は正しいコードをお知らせください。",
    "en": "I looked this up assuming {product} is HS {code} ({name}); "
    "tell me the right code if it differs.",
}
DUTY_CANDIDATE = {
    "ja": "「{product}」に最も近いHSコードの候補 {code}({name})で調べました。"
    "HSコードは輸入者・通関業者に確認してください。",
    "en": "I looked this up for the closest HS code candidate for {product}, {code} "
    "({name}); confirm the code with your importer or customs broker.",
}
DUTY_NEEDS_CODE = {
    "ja": "関税率はHSコード(6桁)で決まります。候補から選ぶか、コードをお知らせいただければ、"
    "公式の関税検索をご案内します。",
    "en": "Duty rates follow the 6-digit HS code: pick a candidate or tell me the code and "
    "I will point you to the official tariff lookup.",
}
DUTY_CODE_FOR_RATE = {
    "ja": "品目ごとの関税率はHSコード(6桁)で決まります。HSコードをお知らせいただければ、"
    "公式の関税検索をご案内します。",
    "en": "A product's duty rate follows its 6-digit HS code: tell me the code and I will "
    "point you to the official tariff lookup.",
}
BUYERS_HEAD = {
    "ja": "{market}で{product}を扱うバイヤー候補です。",
    "en": "Buyer candidates for {product} in {market}:",
}
# No candidate: what was searched for is still said (test7 t001 named neither the goods nor
# what the search was about).
BUYERS_NONE = {
    "ja": "{market}で{product}を扱うバイヤー候補を探しました。",
    "en": "I searched for buyers of {product} in {market}.",
}


def say(text: str, intent: str, abstained: bool = False) -> Turn:
    """Stream a whole answer as tokens and settle on it."""
    yield from tokens(text)
    return Answer(text=text, intent=intent, abstained=abstained)


def _call(registry: ToolRegistry, ctx: TurnContext, name: str, args: dict[str, Any]) -> Turn:
    yield ToolCall(name=name, arguments=args)
    run = registry.call(name, args, ctx)
    yield ToolDone.of(run)
    return Answer(text=run.result.text, intent=name, abstained=bool(run.result.error))


def _cite(engine: AnswerEngine, ctx: TurnContext, doc_id: str, query: str) -> None:
    """Record the corpus passage the answer leans on (HS rules, document contents)."""
    hit = engine.retriever.best_passage([doc_id], query)
    if hit is not None:
        ctx.record(
            "answer_question",
            {"question": query},
            ToolResult(text=hit.text, citations=[hit.citation], hits=[hit]),
        )


def hs_turn(registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, q: Question) -> Turn:
    """Suggest HS codes for the product phrase; ask for the material when it decides."""
    found, question = yield from _suggest(registry, engine, ctx, q)
    text, _asks = hs_answer(q, found, engine.hs_names_ja, question)
    return (yield from say(text, "hs"))


def _suggest(
    registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, q: Question
) -> Generator[Event, None, tuple[list[HsSuggestion], HsQuestion | None]]:
    """The HS tool's candidates for the product and the question that decides, if any."""
    yield from _call(registry, ctx, "suggest_hs_codes", {"product": hs_query(q), "k": 5})
    payload = ctx.runs[-1].result.payload
    data = payload.data if payload and isinstance(payload.data, dict) else {}
    found = [HsSuggestion.model_validate(c) for c in data.get("candidates", [])]
    asked = data.get("question")
    _cite(engine, ctx, HS_DOC, f"HS classification {q.product}")
    return found, (HsQuestion.model_validate(asked) if asked else None)


# 「和紙のレターセットを扱ってくれそうな文具店」: the goods a buyer handles are the object of
# 扱う (or 仕入れる, 輸入する), not the shop named by its goods (文具店)
_MADE_IN = re.compile(r"(?:日本|国)(?:製|産)の")
_HANDLES = re.compile(r"を(?:取り)?扱|を仕入|を輸入(?:し|す)|を買い付け|を販売(?:し|す)")
# ... or what the exporter will sell them, in the sentence that says so (not the introduction
# before it): 「竹細工をしている工房です。花かごや盛りかごを…輸入業者に売り込みたい」 (test42 t001)
_SELLS_THEM = re.compile(r"を[^。！？!?\n]{0,40}?(?:に|へ)(?:売り込|卸し|卸す|売りたい|紹介したい)")


# ... and in English, what the buyers are to buy: "jewellery wholesalers in Hong Kong who might
# buy our Akoya cultured pearls" (escalation_dev10 d026 searched for jewellery wholesalers)
_HANDLES_EN = re.compile(
    r"(?i)\b(?:who|that|which)\s+(?:(?:might|could|would|will|may|can)\s+)?(?:be interested in|"
    r"buy|stock|import|carry|sell|distribute|handle|purchase)(?:ing)?\s+(?:our|my|the|these|some)\s+"
    r"([a-z][a-z' -]{2,60}?)\s*(?=[.?!,;]|$|\s(?:from|in|to|for)\s)"
)

_PACKING_ONLY = re.compile(
    r"(?i)(?:products?|goods|items?|range|line|jars|bottles|cans|tins|packs|boxes|cartons|"
    r"packets|bags|pouches|cases)"
)


def handled_goods(q: Question) -> Question:
    """The question with the goods the buyer is to handle as its phrase, when it says so."""
    if q.language != "ja":
        named = _HANDLES_EN.search(q.text)
        # "who could carry our jars" names the packing, not the goods (s53: tuning
        # escalation_dev47 d001 searched buyers of jars for yuzu kosho)
        if named and not _PACKING_ONLY.fullmatch(named.group(1).strip()):
            return q.with_(phrase=named.group(1))
        return q
    sells = not _HANDLES.search(q.text) and _SELLS_THEM.search(q.text)
    if not _HANDLES.search(q.text) and not sells:
        return q
    sentences = re.split(r"(?<=[。！？!?])", q.text)
    said = next((s for s in sentences if _SELLS_THEM.search(s)), q.text) if sells else q.text
    goods = object_phrase(_MADE_IN.sub("", said))  # 「日本製の炊飯器」: the goods are 炊飯器
    if sells and goods:  # the maker's craft says what they are made of (「有田焼（豆皿や小鉢）」)
        goods = with_craft(goods, q.text, q.context)
    return q.with_(phrase=goods) if goods and goods != q.phrase else q


def buyers_turn(
    registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, q: Question, hs: str | None
) -> Turn:
    """Shortlist buyers for the product, HS code and markets the conversation named."""
    # the maker's craft names the goods' kind (「波佐見焼の窯元です。白磁のマグカップや…」)
    product = with_craft(q.phrase or q.product or hs_query(q), q.text, q.context)
    args: dict[str, Any] = {"product": product, "markets": q.destinations}
    if hs:
        args["hs_code"] = hs
    result = yield from _call(registry, ctx, "shortlist_buyers", args)
    lang = q.language
    if result.abstained:  # a tool error is never shown raw
        text = f"{t(lang, 'thin')}\n\n{t(lang, 'escalated')}"
        return (yield from say(text, "shortlist", True))
    payload = ctx.runs[-1].result.payload
    where = "、".join(market_name(m, lang) for m in q.destinations) or "-"
    if payload and isinstance(payload.data, dict) and not payload.data.get("candidates"):
        # no candidate: the tool's line says why (no buyer of that market in the directory)
        said = BUYERS_NONE[lang].format(market=where, product=product) if q.destinations else ""
        text = f"{said}\n{result.text}" if said else result.text
        return (yield from say(text, "shortlist", result.abstained))
    head = BUYERS_HEAD[lang].format(market=where, product=product)
    return (yield from say(f"{head}\n{result.text}", "shortlist", result.abstained))


def documents_turn(engine: AnswerEngine, ctx: TurnContext, q: Question, thread: list[str]) -> Turn:
    """Read the shipment fields from the conversation; ask only for what is missing."""
    drafts = [extract(m, engine.understand(m)) for m in thread]
    draft = merge(sea_terms_kept([*drafts, extract(q.text, q)]))
    text = form_answer(draft, q)
    data = {
        "fields": draft.fields,
        "lines": draft.lines,
        "missing": draft.missing(),
        "documents": draft.documents,
        "origin_note": origin_text(draft, q.language),
    }
    yield ToolCall(name="prepare_documents", arguments={"message": q.text})
    form = ToolResult(text=text, payload=StructuredPayload(kind="document_form", data=data))
    yield ToolDone.of(ctx.record("prepare_documents", {"message": q.text}, form))
    _cite(engine, ctx, DOCS_DOC, "commercial invoice contents " + " ".join(draft.documents))
    country = draft.fields.get("buyer_country", "")
    if "origin_statement" in draft.documents and certificate_agreements(country):
        _cite(engine, ctx, CERT_DOC, "第三者証明 日本商工会議所 特定原産地証明書 発給")
    return (yield from say(text, "documents"))


def checklist_turn(
    registry: ToolRegistry, ctx: TurnContext, q: Question, message: str, earlier: list[str]
) -> Turn:
    """An explicit checklist request: the full checklist (a draft for review) and, as the
    answer, the main requirements from the answer engine."""
    product = q.phrase or q.product or message
    args: dict[str, Any] = {"product": product, "destinations": q.destinations}
    if q.hs_code:
        args["hs_code"] = q.hs_code
    # how the goods are sold is said beside them, never in their name (「organicと表示して卸したい」)
    if claimed := sale_claims(q.conditions):
        args["conditions"] = claimed
    listed = yield from _call(registry, ctx, "build_checklist", args)
    checklist_run = ctx.runs[-1]
    payload = checklist_run.result.payload
    if payload and isinstance(payload.data, dict) and payload.data.get("question"):
        # the kind of product is unclear: one question, not a list without its own rules
        return (yield from say(str(payload.data["question"]), "checklist"))
    summary = yield from _call(
        registry, ctx, "answer_question", {"question": message, "earlier": earlier[-6:]}
    )
    if not summary.abstained:  # the answer's [n] markers number the summary's sources
        ctx.uncite(checklist_run)
    lines = [summary.text if not summary.abstained else listed.text]
    if not listed.abstained:
        kind = render.KIND_NAMES[q.language]["checklist"]
        lines.append(render.t(q.language, "draft", kind=kind))
    # the engine's hand-off (a market it does not cover, beside one it does) escalates the
    # turn: its text said "an advisor has the question" while the turn was not escalated
    handed = ctx.runs[-1].result.weak
    return (yield from say("\n\n".join(lines), "checklist", handed))


def duty_turn(registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, q: Question) -> Turn:
    """The duty on the HS code the message gives, in its first market; with no rate to
    quote, what the corpus says of the market's duty comes first (issue 9, s15)."""
    text, abstained = yield from _duty_text(registry, ctx, q)
    fact = _market_fact(engine, ctx, q) if _no_rates(ctx) else ""
    return (yield from say("\n\n".join(p for p in (fact, text) if p), "duties", abstained))


def _no_rates(ctx: TurnContext) -> bool:
    """Whether the turn's last run (the duty lookup) found no rate."""
    payload = ctx.runs[-1].result.payload if ctx.runs else None
    return not (payload and isinstance(payload.data, dict) and payload.data.get("rates"))


def _market_fact(engine: AnswerEngine, ctx: TurnContext, q: Question) -> str:
    return market_duty(engine, ctx, q.destinations[0], q.phrase or q.product, q.language)


def _duty_text(
    registry: ToolRegistry, ctx: TurnContext, q: Question
) -> Generator[Event, None, tuple[str, bool]]:
    args = {"hs_code": q.hs_code, "market": q.destinations[0]}
    result = yield from _call(registry, ctx, "lookup_duties", args)
    if result.abstained:  # a tool error is never shown raw
        return f"{t(q.language, 'thin')}\n\n{t(q.language, 'escalated')}", True
    return result.text, False


def duty_by_product_turn(
    registry: ToolRegistry, engine: AnswerEngine, ctx: TurnContext, q: Question
) -> Turn:
    """A duty question that names a product but no code: the HS tool first. When the
    candidates differ on something only the user knows, ask that (a lookup for a guessed
    code would mislead); otherwise look up the best code and say how sure it is. When the
    corpus says what the market's duty is (Hong Kong: a free port), that comes first, and a
    code the HS tool is unsure of is asked for, not guessed at (s15: ハンドクリーム was asked
    about milk fat, 0401)."""
    lang = "ja" if q.language == "ja" else "en"
    before = len(ctx.runs)
    found, question = yield from _suggest(registry, engine, ctx, q)
    guessed = ctx.runs[before:]
    text, asks = hs_answer(q, found, engine.hs_names_ja, question)
    sure = bool(found) and not asks and (found[0].confidence or 0.0) >= DUTY_SURE
    if not sure and (fact := _market_fact(engine, ctx, q)):
        for run in guessed:  # the HS guess is not this answer's source
            ctx.uncite(run)
        return (yield from say(f"{fact}\n\n{DUTY_CODE_FOR_RATE[lang]}", "duties"))
    if not found or asks:
        return (yield from say(f"{text}\n\n{DUTY_NEEDS_CODE[lang]}", "duties"))
    top = found[0]
    name = (engine.hs_names_ja.get(top.code) if lang == "ja" else None) or top.description
    lead = (DUTY_ASSUMED if sure else DUTY_CANDIDATE)[lang].format(
        product=q.phrase or q.product, code=f"{top.code[:4]}.{top.code[4:6]}", name=name
    )
    text, abstained = yield from _duty_text(registry, ctx, q.with_(hs_code=top.code))
    fact = _market_fact(engine, ctx, q) if _no_rates(ctx) else ""
    body = "\n\n".join(p for p in (fact, lead, text) if p)
    return (yield from say(body, "duties", abstained))
