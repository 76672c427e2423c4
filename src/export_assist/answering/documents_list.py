"""The documents answer: 「フィリピンに緑茶を輸出したい。必要な書類は？」 lists the documents the
checklist's requirements name (each card's `documents`), per side, each under the
requirement it is for and cited to that requirement's source; a shipment's basic papers
once, and no paper twice."""

from __future__ import annotations

import re

from export_assist.answering import overview
from export_assist.answering.cardpick import is_japan_side
from export_assist.answering.compose import Composed
from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.retrieve import Retrieved
from export_assist.answering.textclean import plain
from export_assist.answering.understand import Question
from export_assist.domain.cardtext import documents_in
from export_assist.domain.compliance import RequirementCard
from export_assist.translation.termbase import TermBase

# The question asks for the papers of the whole export, not one certificate's: 「必要な書類は？」,
# 「どんな書類がいる？」, "what documents do I need", "what paperwork"
_GENERAL = re.compile(
    r"(?:必要な|どんな|どういう|どの|何の|なんの)書類|書類は(?:何|なに|どれ)|書類を(?:教え|まとめ|一覧)"
    r"|必要書類|書類一覧|what (?:documents|paperwork)|which documents|list of (?:the )?documents"
    r"|documents? (?:do|will|would) (?:i|we) need|documents? (?:are|is) (?:needed|required)"
)
# ... unless the message singles one paper out: 「特別な書類がいる？」 (the EU's composite-product
# attestation), 「プラスチック部分の書類を出して」 (a food-contact declaration), "a special certificate"
_ONE_PAPER = re.compile(
    r"特別な(?:書類|証明)|特殊な書類|[^\s、。！？!?]の書類を(?:出|提出|送|求め|用意)"
    r"|special (?:documents?|paperwork|certificates?)|particular (?:documents?|certificates?)"
)
# Topics a documents question may carry and still ask for every paper (the papers themselves)
_ANY_PAPER = frozenset({"trade_documents"})
# A shipment's basic papers: the trade-document cards of any export (invoice, packing list, B/L)
_BASIC = "trade_documents"
# Topics whose "documents" are the exporter's own working papers, not papers to obtain or send
_WORKING = frozenset({"classification", "incoterms"})
_PER_SIDE = 4


def asks_documents(q: Question) -> bool:
    """The question asks which documents an export of a product to a market needs."""
    asked = (q.asked or q.text).lower()
    known = bool(q.destinations) and bool(q.product or q.categories)
    general = bool(_GENERAL.search(asked)) and not _ONE_PAPER.search(q.text.lower())
    return known and set(q.topics) <= _ANY_PAPER and general


def compose_documents(
    q: Question,
    per_market: dict[str, list[RequirementCard]],
    retrieved: Retrieved,
    termbase: TermBase | None,
    card_hit: overview.CardHit,
) -> Composed:
    """The documents of the checklist's requirements: the market's own rules (the product's
    first), the shipment's basic papers, then Japan's side; conditional ones say so."""
    del termbase  # the same signature as overview.compose_overview
    lang = q.language
    everything = list({c.id: c for cards in per_market.values() for c in cards}.values())
    with_papers = [c for c in everything if documents_in(c, lang) and c.severity != "recommended"]
    out = Composed(cards=with_papers)
    said: set[str] = set()
    basics = [c for c in with_papers if _is_basic(c)]
    japan = [c for c in with_papers if is_japan_side(c) and not _is_basic(c)]
    lines: list[str] = []
    for market, cards in per_market.items() if not q.japan_side else ():
        own = [c for c in cards if c in with_papers and _own(c)]
        head = t(lang, "docs_market", market=market_name(market, lang))
        lines += _section(q, head, own, said, out, retrieved, card_hit)
    if basics and not q.japan_side:
        papers = _new_papers(basics, lang, said)
        cites = "".join(overview.cite(out, c, retrieved, card_hit) for c in basics)
        lines += [t(lang, "docs_basic"), f"{_bullet(lang)}{t(lang, 'sep').join(papers)}{cites}"]
    lines += _section(q, t(lang, "docs_japan"), japan, said, out, retrieved, card_hit)
    if not lines:
        return Composed()
    out.lines = [overview.intro(q, per_market, "docs_intro"), *lines, t(lang, "docs_more")]
    return out


def _section(
    q: Question,
    head: str,
    cards: list[RequirementCard],
    said: set[str],
    out: Composed,
    retrieved: Retrieved,
    card_hit: overview.CardHit,
) -> list[str]:
    lang = q.language
    # what every export of it needs first, then what applies in some cases; on Japan's side
    # the export declaration leads (its papers are the ones the exporter hands over)
    ranked = sorted(overview.rank(q, cards, retrieved), key=overview.needed_first)
    lines = []
    for card in ranked:
        papers = _new_papers([card], lang, said)
        if not papers:
            continue
        when = t(lang, "if_applies") if card.severity == "conditional" else ""
        title = overview.title_of(card, lang)
        cite = overview.cite(out, card, retrieved, card_hit)
        lines.append(f"{_bullet(lang)}{title}{when}: {t(lang, 'sep').join(papers)}{cite}")
        if len(lines) == _PER_SIDE:
            break
    return [head, *lines] if lines else []


def _new_papers(cards: list[RequirementCard], lang: str, said: set[str]) -> list[str]:
    """The cards' documents not named yet (each once), marked as named."""
    papers = []
    for card in cards:
        for paper in documents_in(card, lang):
            name = plain(paper)
            if name.lower() not in said:
                said.add(name.lower())
                papers.append(name)
    return papers


def _anywhere(card: RequirementCard) -> bool:
    """A card of every export (markets ALL or INTL)."""
    return bool({"ALL", "INTL"} & set(card.markets))


def _is_basic(card: RequirementCard) -> bool:
    return card.topic == _BASIC and card.severity == "mandatory" and _anywhere(card)


def _own(card: RequirementCard) -> bool:
    """A rule of the market (or its bloc) or one on this kind of product anywhere (a lithium
    battery's test summary), not a shipment's basic paper or a Japan-side step."""
    if _is_basic(card) or is_japan_side(card) or card.topic in _WORKING:
        return False
    rule = card.applies_to
    return not _anywhere(card) or bool(rule.categories or rule.hs_prefixes)


def _bullet(lang: str) -> str:
    return "・" if lang == "ja" else "• "
