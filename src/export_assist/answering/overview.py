"""Overview answers from the requirement cards: the main requirements for a product and
market, the one that takes longest, and the Japanese side of any export."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering.cardpick import (
    MARKET_BONUS,
    applicable,
    fits,
    is_japan_side,
    score_card,
)
from export_assist.answering.compose import Composed, authority_in, lead_time_text
from export_assist.answering.home_side import asks_japan_only
from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.retrieve import Retrieved
from export_assist.answering.textclean import plain
from export_assist.answering.understand import Question
from export_assist.domain.cardtext import legal_basis_in
from export_assist.domain.citations import SearchHit
from export_assist.domain.compliance import RequirementCard
from export_assist.domain.sale import Requirements, sale_claims
from export_assist.geo import jurisdictions_for
from export_assist.translation.termbase import TermBase

CardHit = Callable[[RequirementCard, Retrieved], SearchHit | None]
_SUPERLATIVE = re.compile(r"一番|最も|もっとも|いちばん|longest|most time|slowest|takes the most")
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_DURATION = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?)\s*)?(hour|day|week|month|year)", re.I
)

# Japan-side steps for the goods themselves, listed after the market's (at most).
JAPAN_OWN = 2


def lead_days(lead_time: str) -> float:
    """The longest duration a lead time states, in days (-1 when it states none)."""
    found = [
        float(high or low) * _UNIT_DAYS[unit.lower()]
        for low, high, unit in _DURATION.findall(lead_time)
    ]
    return max(found, default=-1.0)


def title_of(card: RequirementCard, lang: str) -> str:
    return plain(card.title_ja if lang == "ja" and card.title_ja else card.title)


def cite(out: Composed, card: RequirementCard, retrieved: Retrieved, card_hit: CardHit) -> str:
    hit = card_hit(card, retrieved)
    return f" {out.citations.marker(hit.citation)}" if hit else ""


def requirements_per_market(
    q: Question,
    cards: list[RequirementCard],
    places: list[str],
    requirements: Requirements | None = None,
) -> dict[str, list[RequirementCard]]:
    """Per destination, the cards its checklist lists (Japan-side steps included): asked of
    the checklist engine when it is given, so the chat counts what the checklist shows."""
    by_id = {c.id: c for c in cards}
    out: dict[str, list[RequirementCard]] = {}
    for market in q.destinations:
        ids = _checklist_ids(q, market, requirements)
        if ids is None:
            where = [p for p in jurisdictions_for(market) if p in places] or places
            out[market] = applicable(cards, q.with_(japan_side=True), where)
        else:
            out[market] = [by_id[i] for i in ids if i in by_id]
    return out


def _checklist_ids(q: Question, market: str, requirements: Requirements | None) -> list[str] | None:
    if requirements is None:
        return None
    try:
        # the product the checklist tool is given (agent/routes.py checklist_turn)
        # ... with what the question says of the sale (sold as organic)
        product = (q.phrase or q.product or q.text)[:500]
        return requirements(product, q.hs_code or None, market, sale_claims(q.conditions))
    except ValueError:  # not a checklist request (an unknown destination): count ourselves
        return None


def compose_overview(
    q: Question,
    per_market: dict[str, list[RequirementCard]],
    retrieved: Retrieved,
    termbase: TermBase | None,
    card_hit: CardHit,
    limit: int = 5,
) -> Composed:
    """The main requirements (or the longest one when asked) with their citations; the
    count is the checklist's (per market, Japan-side steps included and said)."""
    lang = q.language
    everything = list({c.id: c for cards in per_market.values() for c in cards}.values())
    # 「日本側で必要な手続きは？」: Japan's side of the checklist, else the market's
    home = asks_japan_only(q)
    usable = [c for c in everything if is_japan_side(c) == home]
    out = Composed(cards=usable)
    if asks_longest(q):
        # "these" are the market's requirements: a recommended step (an advance ruling)
        # or a Japan-side formality is not what the exporter asks to wait for
        timed = [c for c in usable if lead_days(c.lead_time) >= 0]
        timed = [c for c in timed if c.severity != "recommended"] or timed
        if timed:
            card = max(timed, key=lambda c: lead_days(c.lead_time))
            lead = lead_time_text(card, lang)
            line = t(lang, "longest", title=title_of(card, lang), lead_time=plain(lead))
            out.lines.append(line + cite(out, card, retrieved, card_hit))
            return out
    ranked = rank(q, usable, retrieved)
    if home:  # what every export needs first, the declaration leading (as documents_list)
        ranked.sort(key=needed_first)
    out.lines.append(intro(q, per_market, "japan_list_intro" if home else ""))
    bullet = "・" if lang == "ja" else "• "
    for n, card in enumerate(ranked[:limit]):
        # the rule the list leads with names its authority and legal basis, as a direct
        # answer's card sentence does (the toy directive under a toy-shop question); every
        # rule says when it is due (the factory registered 7 days before the declaration)
        said = f"{title_of(card, lang)}{_basis(card, lang, termbase, full=n == 0)}"
        out.lines.append(f"{bullet}{said}{cite(out, card, retrieved, card_hit)}")
    if not home:  # Japan's step for these goods themselves (cut flowers: the plant inspection)
        own = [c for c in everything if is_japan_side(c) and _own_step(c, q)][:JAPAN_OWN]
        out.cards += own
        out.lines += [t(lang, "japan_own")] if own else []
        for card in own:
            said = f"{title_of(card, lang)}{_basis(card, lang, termbase)}"
            out.lines.append(f"{bullet}{said}{cite(out, card, retrieved, card_hit)}")
    out.lines.append(t(lang, "more"))
    return out


def _own_step(card: RequirementCard, q: Question) -> bool:
    """A Japan-side step for these goods themselves: it turns on a condition the question
    states, or on the goods' HS code (rice: the Staple Food Act notification; used rice
    transplanters: the Plant Protection Station's inspection), not on every export."""
    return fits(card, q) or bool(card.applies_to.hs_prefixes)


def rank(q: Question, cards: list[RequirementCard], retrieved: Retrieved) -> list[RequirementCard]:
    """The cards in the order a checklist summary names them."""
    doc_rank = {d.doc.doc_id: i for i, d in enumerate(retrieved.docs[:5])}
    # the product's own rules first: a kettle's CE/LVD/EMC before packaging registration
    # ... and what applies for sure before what applies only in some cases (frozen scallops
    # for the US: FDA prior notice before the FCE filing of low-acid canned foods)
    # ... and the product's own mark or certification before the formalities of any goods
    # (a kettle's CE marking before packaging registration); a bloc's rule counts as the
    # market's own (the EU's CE marking for Germany)
    return sorted(
        cards,
        key=lambda c: (
            -score_card(c, q, retrieved.query, doc_rank)
            - _specific(c)
            + _doubt(c, q)
            - _bloc(c, q)
            - _own_mark(c)
        ),
    )


def needed_first(card: RequirementCard) -> tuple[bool, bool]:
    """A sort key: mandatory before conditional or recommended, the export declaration first."""
    return card.severity != "mandatory", card.topic != "export_declaration"


# Topics of a rule on the product itself: its conformity mark or certification.
MARKS = frozenset({"conformity_marking", "certification"})
# What such a rule gains in a checklist summary (a card kept to some goods only).
MARK_BONUS = 0.5


def _own_mark(card: RequirementCard) -> float:
    """MARK_BONUS for a conformity mark or certification kept to some goods (CE for a
    kettle, FCC for a microwave oven): the rule that most constrains the product."""
    return MARK_BONUS if card.topic in MARKS and _specific(card) else 0.0


def _bloc(card: RequirementCard, q: Question) -> float:
    """What score_card's market bonus gives a market's own card, for a card of a bloc the
    market belongs to (the EU's for Germany): both bind the export alike."""
    if any(m in q.destinations for m in card.markets):
        return 0.0
    blocs = {j for d in q.destinations for j in jurisdictions_for(d)[1:] if j != "INTL"}
    return MARKET_BONUS if blocs & set(card.markets) else 0.0


def _basis(card: RequirementCard, lang: str, termbase: TermBase | None, full: bool = True) -> str:
    """' (所管: …、根拠: …、期限・所要期間: …)': with `full`, the card's authority and the
    first law of its legal basis; its deadline or lead time in any case."""
    law = plain(legal_basis_in(card, lang)).split(";")[0].strip()
    details = [
        (t(lang, "authority"), plain(authority_in(card, lang, termbase)) if full else ""),
        (t(lang, "legal_basis"), law if full else ""),
        (t(lang, "lead_time"), plain(lead_time_text(card, lang))),
    ]
    filled = [f"{label}: {value}" for label, value in details if value]
    if not filled:
        return ""
    return f"({'、'.join(filled)})" if lang == "ja" else f" ({'; '.join(filled)})"


def asks_longest(q: Question) -> bool:
    """The question asks which of the requirements takes longest (a follow-up that only
    changes the market, 「フランスの場合は？」, asks it again: read what it re-asks)."""
    return q.qtype == "when" and bool(_SUPERLATIVE.search((q.asked or q.text).lower()))


def _specific(card: RequirementCard) -> float:
    """1.0 for a card that applies to some products only (by category, HS code or condition)."""
    rule = card.applies_to
    return 1.0 if rule.categories or rule.hs_prefixes or rule.conditions else 0.0


def _doubt(card: RequirementCard, q: Question) -> float:
    """1.0 for a card that applies only in some cases the question does not state."""
    return 0.0 if card.severity == "mandatory" or fits(card, q) else 1.0


def intro(q: Question, per_market: dict[str, list[RequirementCard]], key: str = "") -> str:
    """'米国向けの日本酒の要件(チェックリストの28件、うち日本側の手続き9件)。主なもの:'
    (`key`: another label with the same fields)"""
    lang = q.language
    where = t(lang, "and").join(market_name(m, lang) for m in q.destinations)
    total = sum(len(cards) for cards in per_market.values())
    japan = sum(1 for cards in per_market.values() for c in cards if is_japan_side(c))
    key = key or ("list_intro_japan" if japan else "list_intro")
    # the goods in the user's words when they hold the product words (「いちご大福」, not 「いちご」;
    # 「お皿と小鉢」, not 「お皿 小鉢」): the phrase is what the checklist was built for
    held = q.product and all(w in q.phrase for w in q.product.split())
    named = q.phrase if held and len(q.phrase) <= 20 else q.product
    what = "" if not named else (f"{named}の" if lang == "ja" else f" ({named})")
    return t(lang, key, market=where, product=what, n=str(total), japan=str(japan))


def japan_part(
    q: Question,
    cards: list[RequirementCard],
    retrieved: Retrieved,
    termbase: TermBase | None,
    card_hit: CardHit,
    limit: int = 3,
) -> Composed:
    """The Japanese side of an export of this product: declaration plus product-specific."""
    lang = q.language
    usable = [c for c in applicable(cards, q, ["JP"]) if is_japan_side(c)]
    specific = [c for c in usable if c.applies_to.categories and c.severity != "recommended"]
    general = [c for c in usable if c.topic == "export_declaration" and not c.applies_to.categories]
    chosen = (general[:1] + specific)[:limit]
    out = Composed(cards=chosen)
    bullet = "・" if lang == "ja" else "• "
    for card in chosen:
        out.lines.append(f"{bullet}{title_of(card, lang)}{cite(out, card, retrieved, card_hit)}")
    return out


# One-fact question types: a message that also says "輸出したい" asks that fact, not the checklist.
ONE_FACT = frozenset(
    {"when", "how_much", "number", "rate", "rate_change", "who", "law", "still", "penalty"}
    | {"where_find"}
)


def names_the_goods(q: Question, composed: Composed, retrieved: Retrieved) -> bool:
    """Whether an overview that was not asked for by name is the answer: it lists a market
    card for the goods' kind or code, or the documents found know nothing of these goods in
    the market beyond the cards. 「中古ノートパソコンをマレーシアに。輸入前の手続きは？」 with
    only invoice, HS and origin cards listed says nothing the question needs, while the
    document on used electronics, first found and behind no card listed, does; 「バラの切り
    花を香港に」 keeps its overview (Japan's plant inspection is its step for the goods). A
    list asked for (「全部」, the longest step, Japan's side) is the checklist's whatever it
    holds."""
    if q.explicit_list or asks_longest(q) or asks_japan_only(q):
        return True
    if any(_specific(c) for c in composed.cards if not is_japan_side(c)):
        return True
    behind = {d for c in composed.cards for d in c.evidence}
    top = retrieved.docs[0].doc if retrieved.docs else None
    return top is None or top.country not in q.destinations or top.doc_id in behind


def wants_overview(q: Question) -> bool:
    """An export request answered by the checklist's overview: it asks for every requirement,
    or names no topic and no single fact ("インドに輸出したい。賞味期限は何か月残す？" asks
    the shelf-life rule, not the 18 requirements)."""
    # 「その中で一番時間がかかるのは？」 asks the longest of the requirements: the overview's
    return q.explicit_list or asks_longest(q) or (not q.topics and q.qtype not in ONE_FACT)
