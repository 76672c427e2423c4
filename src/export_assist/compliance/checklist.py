"""The checklist engine: applicable cards, each cited from its evidence, plus text-only items."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from export_assist.answering.textclean import is_meta_section
from export_assist.compliance.card_goods import names_goods
from export_assist.compliance.card_merge import documents_of, merged, union
from export_assist.compliance.evidence import EvidenceFinder, best_sentences
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.compliance.review_text import message, split
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.domain.citations import SearchFilters, SearchHit
from export_assist.domain.compliance import (
    SEVERITY_ORDER,
    Checklist,
    ChecklistItem,
    Comparison,
    ProductProfile,
    RequirementCard,
    card_applies,
    compare_rows,
)
from export_assist.domain.duties import DutyLookup
from export_assist.errors import ExportAssistError, InvalidInput
from export_assist.geo import country_name, jurisdictions_for
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.search import HybridSearcher


@dataclass(frozen=True)
class ChecklistOptions:
    """Tuning of the engine (from ComplianceSettings)."""

    evidence_per_card: int = 2
    min_evidence_score: float = 0.5
    text_items: int = 3
    text_candidates: int = 12


class ChecklistService:
    """Builds cited checklists for a product in one or more destinations."""

    def __init__(
        self,
        library: CardLibrary,
        finder: EvidenceFinder,
        searcher: HybridSearcher,
        profiles: ProfileBuilder,
        options: ChecklistOptions | None = None,
        duties: Callable[[str, str], DutyLookup] | None = None,
    ) -> None:
        self._duties = duties  # HS code, market -> duty (official API or lookup links)
        self._library = library
        self._finder = finder
        self._searcher = searcher
        self._profiles = profiles
        self._options = options or ChecklistOptions()

    @property
    def profiles(self) -> ProfileBuilder:
        """The product understanding the engine uses."""
        return self._profiles

    def profile(self, request: ChecklistRequest) -> ProductProfile:
        """What the engine takes the product to be (given + inferred)."""
        return self._profiles.build(
            request.product,
            request.hs_code,
            request.categories,
            request.conditions,
            infer=request.infer,
            exclude=request.exclude,
        )

    def build(self, request: ChecklistRequest) -> list[Checklist]:
        """One checklist per destination, in the order asked."""
        product = self.profile(request)
        return [
            self.for_destination(product, d, request.include_text_items)
            for d in request.destinations
        ]

    def compare(self, request: ChecklistRequest) -> Comparison:
        """Two destinations side by side for the same product."""
        if len(request.destinations) != 2:
            raise InvalidInput(
                f"a comparison needs exactly two destinations; got {len(request.destinations)}",
                message_ja=(
                    "比較には異なる仕向地がちょうど2つ必要です"
                    f"（異なる仕向地の指定は{len(request.destinations)}つ）。"
                ),
            )
        a, b = self.build(request)
        return Comparison(product=a.product, a=a, b=b, rows=compare_rows(a, b))

    def requirements(
        self, product: str, hs_code: str | None, destination: str, claims: list[str] | None = None
    ) -> list[str]:
        """The ids of the cards a checklist of this product lists for the destination, the
        sale's claims (sold as organic) among its conditions (the chat's summary counts these,
        so it says what the checklist says)."""
        asked = ChecklistRequest(
            product=product, hs_code=hs_code, destinations=[destination], conditions=claims or []
        )
        profile = self.profile(asked)
        return [c.id for c, _ in merged(self._applicable(profile, destination))]

    def _applicable(self, product: ProductProfile, destination: str) -> list[RequirementCard]:
        jurisdictions = jurisdictions_for(destination)
        candidates = self._library.for_markets(jurisdictions)
        return [
            c
            for c in candidates
            if card_applies(c, jurisdictions, product) or names_goods(c, jurisdictions, product)
        ]

    def for_destination(
        self, product: ProductProfile, destination: str, text_items: bool = True
    ) -> Checklist:
        """The checklist of one destination."""
        started = time.perf_counter()
        jurisdictions = jurisdictions_for(destination)
        candidates = self._library.for_markets(jurisdictions)
        applicable = self._applicable(product, destination)
        index = self._finder.index()
        status = self._finder.doc_status(index)
        items = [self._item(c, product, index, status, also) for c, also in merged(applicable)]
        items.sort(key=lambda i: (SEVERITY_ORDER[i.severity], i.topic, i.title))
        checklist = Checklist(
            destination=destination,
            destination_name=country_name(destination),
            jurisdictions=jurisdictions,
            product=product,
            items=items,
        )
        checklist.warnings, checklist.warnings_ja = split(
            self._warnings(product, candidates, jurisdictions)
        )
        if text_items:
            covered = {doc for card in candidates for doc in card.evidence}
            checklist.text_items = self._text_items(product, destination, covered)
        checklist.duties = self._duty(product.hs_code, destination)
        checklist.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return checklist

    def _duty(self, hs_code: str | None, destination: str) -> DutyLookup | None:
        """The duty beside the checklist; a failed lookup never fails the checklist."""
        if self._duties is None or not hs_code or len(hs_code) < 6:
            return None
        try:
            return self._duties(hs_code, destination)
        except ExportAssistError:
            return None

    def _item(
        self,
        card: RequirementCard,
        product: ProductProfile,
        index: LexicalIndex,
        status: dict[str, str],
        also: list[RequirementCard] | None = None,
    ) -> ChecklistItem:
        """One item; `also`: the cards it includes (the same requirement), cited with it."""
        others = also or []
        query = " ".join(x for x in (card.title, card.title_ja, product.description) if x)
        hits: list[SearchHit] = []
        for c in [card, *others]:
            q = " ".join(x for x in (c.title, c.title_ja, product.description) if x)
            found = self._finder.find(q, c.evidence, self._options.evidence_per_card, index)
            hits += [h for h in found if h.chunk_id not in {x.chunk_id for x in hits}]
        documents = documents_of(card, others)
        reasons, reasons_ja = split(
            _review_reasons(card, hits, status, self._options.min_evidence_score)
        )
        return ChecklistItem(
            requirement_id=card.id,
            includes=[c.id for c in others],
            title=card.title,
            title_ja=card.title_ja,
            topic=card.topic,
            requirement=card.requirement,
            authority=card.authority,
            legal_basis=card.legal_basis,
            documents=[en for en, _ in documents],
            authority_ja=card.authority_ja,
            documents_ja=[ja for _, ja in documents if ja],
            requirement_ja=card.requirement_ja,
            lead_time=card.lead_time,
            lead_time_ja=card.lead_time_ja,
            legal_basis_ja=card.legal_basis_ja,
            severity=card.severity,
            markets=card.markets,
            evidence=union(card.evidence, *(c.evidence for c in others)),
            citations=[h.citation for h in hits],
            quotes=[" ".join(best_sentences(h.text, query)) for h in hits],
            needs_advisor_review=bool(reasons),
            review_reasons=reasons,
            review_reasons_ja=reasons_ja,
        )

    def _text_items(
        self, product: ProductProfile, destination: str, covered: set[str]
    ) -> list[ChecklistItem]:
        query = product.description or (f"HS {product.hs_code}" if product.hs_code else "")
        if not query:
            return []
        filters = SearchFilters(
            country=destination, categories=product.categories, hs_code=product.hs_code
        )
        hits = self._searcher.search(query, filters, top_k=self._options.text_candidates)
        items: list[ChecklistItem] = []
        seen: set[str] = set()
        for hit in hits:
            doc = hit.citation.doc_id
            # a document's Sources/Checked section lists URLs, not a rule to follow
            if doc in covered or doc in seen or is_meta_section(hit.citation.section):
                continue
            seen.add(doc)
            items.append(_text_item(hit, query))
            if len(items) >= self._options.text_items:
                break
        return items

    def _warnings(
        self, product: ProductProfile, candidates: list[RequirementCard], jurisdictions: list[str]
    ) -> list[tuple[str, str]]:
        out = [message("card_file", line=line) for line in self._library.problem_lines()]
        own = set(jurisdictions) - {"INTL"}  # Japan-side and cross-cutting cards match any
        if not self._library.cards:  # not a market gap: the cards were not found at all
            where = ", ".join(str(f) for f in self._library.folders())
            out.append(message("cards_not_found", folders=where or "-"))
        elif not any(own & set(c.markets) for c in candidates):
            out.append(message("no_cards"))
        if not product.categories and not product.hs_code:
            out.append(message("no_category"))
        elif product.question is not None:  # each language quotes its own question
            asked = product.question
            en = message("uncertain_category", question=asked.en)[0]
            out.append((en, message("uncertain_category", question=asked.ja)[1]))
        return out


def _review_reasons(
    card: RequirementCard, hits: list[SearchHit], status: dict[str, str], min_score: float
) -> list[tuple[str, str]]:
    reasons: list[tuple[str, str]] = []
    missing = [d for d in card.evidence if d not in status]
    if not card.evidence:
        reasons.append(message("no_evidence"))
    elif missing:
        reasons.append(message("evidence_missing", docs=", ".join(missing)))
    if card.evidence and not hits:
        reasons.append(message("no_passage"))
    elif hits and max(h.score for h in hits) < min_score:
        reasons.append(message("weak_match"))
    if hits and all(status.get(h.citation.doc_id) == "needs_review" for h in hits):
        reasons.append(message("source_needs_review"))
    return reasons


def _text_item(hit: SearchHit, query: str) -> ChecklistItem:
    cit = hit.citation
    quote = " ".join(best_sentences(hit.text, query, n=2))
    return ChecklistItem(
        requirement_id=f"text:{cit.doc_id}",
        title=cit.title + (f" — {cit.section}" if cit.section else ""),
        title_ja=cit.title_ja,  # the section keeps its document's words: the title says enough
        topic="text",
        requirement=quote,
        authority="",
        severity="recommended",
        markets=[cit.country],
        evidence=[cit.doc_id],
        citations=[cit],
        quotes=[quote],
        source="text",
        needs_advisor_review=True,
        review_reasons=[message("text_only")[0]],
        review_reasons_ja=[message("text_only")[1]],
    )
