"""The requirement cards that answer a question best: applicable to its markets and
product, on its topic, and cited from the documents retrieval ranked first."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.asked_topic import names_asked_topic, rare_topic_words
from export_assist.answering.card_ties import clear_first, tied
from export_assist.answering.card_weights import WEIGHTS, weighted
from export_assist.answering.everyday import corpus_words
from export_assist.answering.expand import ANIMAL_PRODUCTS
from export_assist.answering.goods import kinds, other_kind
from export_assist.answering.named import acronyms
from export_assist.answering.rerank import DocScore
from export_assist.answering.select import on_topic
from export_assist.answering.understand import Question, products
from export_assist.compliance.card_goods import named_goods_apply
from export_assist.compliance.profile_keywords import read_keywords
from export_assist.domain.compliance import (
    SEVERITY_ORDER,
    ProductProfile,
    RequirementCard,
    card_applies,
    markets_match,
)
from export_assist.domain.shipment import turns_on_shipment
from export_assist.geo import PREFECTURES
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import tokenize


def _applies(card: RequirementCard, q: Question, places: list[str]) -> bool:
    if not q.categories and not q.hs_code and not q.conditions:
        return markets_match(card.markets, places) and not card.applies_to.conditions
    product = ProductProfile(
        categories=q.categories, conditions=q.conditions, hs_code=q.hs_code or None
    )
    # a card kept to HS codes applies to goods named without a code when it names them
    # itself ("rice cookers" in Korea's energy-grade card): the checklist's rule
    return card_applies(card, places, product) or named_goods_apply(
        card, places, product, own_goods(q)
    )


def own_goods(q: Question) -> set[str]:
    """The goods words the question names as what the product is (casefolded): not a
    material or use word ("wine" in "wine fridge"), nor a word too short to tell."""
    # a follow-up's goods are the conversation's (「港で積んでから見てもらえばいい？」 after two
    # used combines: the used-farm-machinery card names コンバイン)
    text = nfkc(f"{q.asked or q.text} {q.product}").lower()
    aside = set(read_keywords(nfkc(q.phrase or q.product).lower()).set_aside)
    said = {w.casefold() for w in products(text) if w not in aside and len(w) >= 2}
    # ... and the corpus's word for it (a rice variety is rice: 「コシヒカリ」, test40 t016)
    return said | {w.casefold() for w in corpus_words(q.product) if len(w) >= 2}


def card_text(card: RequirementCard) -> str:
    """What the card says, for matching."""
    return f"{card.title} {card.title_ja} {card.requirement} {' '.join(card.documents)}"


def score_card(
    card: RequirementCard,
    q: Question,
    query: str,
    doc_rank: dict[str, int],
    rare: frozenset[str] = frozenset(),
) -> float:
    """The card's weighted features (card_weights.WEIGHTS)."""
    return weighted(card_features(card, q, query, doc_rank, rare))


def card_features(
    card: RequirementCard,
    q: Question,
    query: str,
    doc_rank: dict[str, int],
    rare: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """Topic, retrieval rank of its evidence, shared words, severity, what it names (`rare`:
    the topic words few cards name, asked_topic.rare_topic_words); card_weights says each."""
    wanted = set(tokenize(query))
    # the Japanese requirement too: 「番号」 in a Japanese question meets 「13桁の食品シリアル番号」
    said = set(tokenize(f"{card_text(card)} {card.requirement_ja}"))
    ranks = [doc_rank[d] for d in card.evidence if d in doc_rank]
    on_topic = card.topic in q.topics
    named = 1.0 if names(card, singled_out(q, product=False)) else 0.0
    japan = is_japan_side(card)
    # ... more so with no topic named (「気をつけることは？」 of a knife) or of the shipment
    fit = 2 if not q.topics or turns_on_shipment(card, q.conditions) else 1
    return {
        "topic": 1.0 if on_topic else 0.0,
        "asked_topic": 0.0 if on_topic else float(names_asked_topic(card, q, rare)),
        "rank": 1.0 / (1 + min(ranks)) if ranks else 0.0,
        "overlap": len(wanted & said) / (len(wanted) or 1),
        "market": 1.0 if any(m in q.destinations for m in card.markets) else 0.0,
        "severity": (2 - SEVERITY_ORDER.get(card.severity, 2)) / 2,
        "named": named,
        "product": 1.0 if q.product and names(card, {q.product.casefold()}) else 0.0,
        "fit": float(fit) if fits(card, q) else 0.0,
        "japan_own": 1.0 if q.japan_side and japan else 0.0,
        "japan_named_other": named if q.japan_side and not japan else 0.0,
    }


def fits(card: RequirementCard, q: Question) -> bool:
    """The card turns on a condition the question states of its goods (乳製品入り: the
    composite-dairy card; a battery inside): it is about them, whatever else applies."""
    wanted = set(card.applies_to.conditions)
    # Japan's animal quarantine inspects meat, dairy and eggs alike: a Japan-side question
    # about cheese meets the card the checklist keeps to meat (butter cookies do not need it)
    if q.japan_side and wanted & ANIMAL_PRODUCTS:
        wanted |= ANIMAL_PRODUCTS
    return bool(wanted & set(q.conditions))


# What a card of a market the question names gains (overview.py gives it to a bloc's card).
MARKET_BONUS = WEIGHTS["market"]
# A card that fits a stated condition joins the answer from this score (the condition is
# evidence the words of the question need not repeat); others lead from LEAD.
FITTING = 0.8
LEAD = 1.2


# "福島" for 福島県 (北海道 as it is): how sentences name a prefecture.
PREFECTURE_NAMES = tuple(p if p == "北海道" else p[:-1] for p in PREFECTURES)
# An item of rows 1-15 of Appended Table 1 (「別表第1の5項」) is the list control's (「1~15項」).
_LIST_ITEM = re.compile(r"別表第?[1一]の(\d{1,2})の?項")


def singled_out(q: Question, product: bool = True) -> set[str]:
    """What the question singles out (casefolded): the acronyms it names (CPC, FSSAI), the
    Japanese inspection body it names or describes (植物防疫所), a Japanese prefecture
    (福島県産), also one the conversation stated before (「茨城の工場で加工」, then
    「香港にも出せる？」: a rule naming it decides), and, with `product`, the product."""
    text = nfkc(q.asked or q.text)
    found = {a.casefold() for a in acronyms(text)}
    said = f"{text} {nfkc(q.context)}"
    found |= {p for p in PREFECTURE_NAMES if p in said}
    if any(1 <= int(n) <= 15 for n in _LIST_ITEM.findall(text)):
        found |= {"1~15項", "1〜15項"}
    low = text.casefold()  # Japan's inspection body the question names or describes
    found |= {
        n for b in vocab.JAPAN_BODIES if any(w in low for w in b["words"]) for n in b["names"]
    }
    return found | ({q.product.casefold()} if product and q.product else set())


def names(card: RequirementCard, terms: set[str]) -> bool:
    """Whether the card's text (either language) names one of the terms."""
    text = nfkc(f"{card_text(card)} {card.requirement_ja}").casefold()
    return any(t in text for t in terms)


def pick_cards(
    cards: list[RequirementCard],
    q: Question,
    places: list[str],
    query: str,
    docs: list[DocScore],
    limit: int = 1,
    wanted: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> list[RequirementCard]:
    """The best applicable cards (at most `limit`), best first; none about another kind of
    goods than `wanted` (the product asked about: a cosmetics card does not answer senbei);
    `named`: the documents of a regime the question names by name."""
    docs = market_docs(docs, q, named)
    # the named documents about a regime and little else (not a market overview naming FSSAI)
    regime = {d.doc.doc_id for d in docs if d.doc.doc_id in named and len(d.doc.topics) <= 3}
    doc_rank = {d.doc.doc_id: i for i, d in enumerate(docs[:5])}
    # The card must be about one of the two documents retrieval ranked first: a card from
    # further down would open the answer with a rule the question is not about. A first
    # document far ahead of the second is what the question is about: a card of the second
    # (a cosmetics notification under a plug-adapter question) is not its answer.
    top = {d.doc.doc_id for d in docs[: 1 if clear_first(docs) else 2]}
    # ... unless it names what the question singles out (its product, CPC, 福島) or turns
    # on a condition the question states (乳製品入り)
    near = {d.doc.doc_id for d in docs[:5]}
    terms = singled_out(q)
    usable = [
        c
        for c in cards
        if _applies(c, q, _scope(c, q, places))
        and _japan_ok(c, q)
        and (
            not top
            or top & set(c.evidence)
            or (near & set(c.evidence) and (names(c, terms) or fits(c, q)))
        )
        # (a named regime's card answers whatever the goods: Prop 65 of a lunch box; so does
        # a card kept to a category of the goods that is no kind of its own, whatever kinds
        # its title lists: household goods, toys, clothing for a knife, escalation_dev39 d029)
        and (
            not other_kind(f"{c.title} {c.title_ja}", "", wanted)
            or bool(regime & set(c.evidence))
            or bool(set(c.applies_to.categories) & {k for k in q.categories if not kinds([k])})
        )
        # a rule for a condition the question states of its goods is on its topic: the
        # papers a buyer asks for a plastic bottle are its food-contact declaration; so is
        # the named regime's (the papers python leather needs are CITES's)
        and (_on_topic(c, q) or fits(c, q) or bool(regime & set(c.evidence)))
    ]
    rare = rare_topic_words(cards)
    # a card of the regime the question names, or its goods trigger (python leather: CITES;
    # test40 t019 opened with Thailand's import declaration), is what it asks about
    scores = {
        c.id: score_card(c, q, query, doc_rank, rare)
        + (WEIGHTS["regime"] if regime & set(c.evidence) else 0)
        for c in usable
    }
    ranked = sorted(usable, key=lambda c: -scores[c.id])
    chosen = [c for c in ranked if scores[c.id] >= LEAD][:limit]
    # a condition the question states (乳製品入り, a battery inside) has a card of its own:
    # it joins a lead card that is about any goods (packaging licences)
    if chosen and not any(fits(c, q) for c in chosen):
        chosen += [c for c in ranked if fits(c, q) and scores[c.id] >= FITTING][:1]
    if len(chosen) == 1:
        chosen += tied(ranked, scores, docs[0].doc.doc_id if docs else "")
    return chosen


def market_docs(
    docs: list[DocScore], q: Question, named: frozenset[str] = frozenset()
) -> list[DocScore]:
    """The documents a card may come from. Japan's own documents are candidates for every
    market (retrieve.py), but a Japan-side card answers only a Japan-side question: for a
    question about a foreign market the cards are chosen among the other documents, so
    Japan's export control ranked first for an NC lathe to Korea leaves Korea's own rule
    its place beside it. A question that names a Japanese regime by name (the ATA carnet
    for a Taiwan fair) asks about it, not about the market's import rules."""
    japanese = {d.doc.doc_id for d in docs if d.doc.country == "JP"}
    if q.japan_side or not q.destinations or named & japanese:
        return docs
    return [d for d in docs if d.doc.country != "JP"]


def _scope(card: RequirementCard, q: Question, places: list[str]) -> list[str]:
    """Where a card must apply to answer the question: a Japan-side question that names no
    market asks about the Japanese procedure wherever it is used, so a Japan-side card kept
    to some markets (the JCCI certificate of origin) still answers it."""
    if q.japan_side and not q.destinations and is_japan_side(card):
        return [*places, *card.markets]
    return places


# Topics whose cards answer only a question on them.
NARROW_TOPICS = frozenset({"record_keeping"})


def _on_topic(card: RequirementCard, q: Question) -> bool:
    """A card on the question's topic, or whose text speaks to it: an origin card does not
    answer a pesticide question. The papers asked for goods from a prefecture the question
    names (茨城県のメロン: 書類は？) are those of the card naming it (radiation certificate)."""
    if not q.topics or card.topic in q.topics:
        return True
    if q.qtype == "documents" and card.documents and names(card, singled_out(q, False)):
        return True
    if card.topic in NARROW_TOPICS:  # keeping records answers no question but that one
        return False
    return on_topic(f"{card_text(card)} {card.requirement_ja}", "", vocab.topic_words(q.topics))


def _japan_ok(card: RequirementCard, q: Question) -> bool:
    # Japan is not the market, unless its card is the shipment's (exhibits: the carnet)
    return q.japan_side or not is_japan_side(card) or turns_on_shipment(card, q.conditions)


def is_japan_side(card: RequirementCard) -> bool:
    """A card about the Japanese side of an export (its evidence is Japanese procedure)."""
    evidence = card.evidence or [card.id]
    return card.markets == ["JP"] or all(d.startswith("jp-") for d in evidence)


def applicable(
    cards: list[RequirementCard], q: Question, places: list[str]
) -> list[RequirementCard]:
    """Every card that applies (for a checklist-like overview), mandatory first."""
    usable = [c for c in cards if _applies(c, q, places) and _japan_ok(c, q)]
    return sorted(usable, key=lambda c: (SEVERITY_ORDER.get(c.severity, 3), c.id))


def japan_controls(cards: list[RequirementCard], q: Question) -> list[RequirementCard]:
    """Japan's export-control cards a market question's product triggers by a condition
    (an NC lathe is possibly dual-use): Japan's licence rules hold for every destination,
    so a question about Korea still hears of them. None for a Japan-side question (its
    own cards answer it) or a product with no such condition."""
    if q.japan_side or not q.destinations or not q.conditions:
        return []
    product = ProductProfile(categories=q.categories, conditions=q.conditions)
    return [
        c
        for c in cards
        if c.topic == "export_control"
        and is_japan_side(c)
        and set(c.applies_to.conditions) & set(q.conditions)
        and card_applies(c, ["JP"], product)
    ]
