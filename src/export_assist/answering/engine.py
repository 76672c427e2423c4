"""The answer engine: understand the question in its conversation, retrieve documents
then passages, compose an extractive answer from cards and sentences, and hand off
honestly when the corpus does not answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from export_assist.answering import business, documents_list, goods, handoff, overview
from export_assist.answering.asked_lead import lead_with_asked
from export_assist.answering.asked_side import asks_foreign, japans_measure
from export_assist.answering.cardpick import japan_controls, pick_cards
from export_assist.answering.compose import Composed, compose, keep_cited
from export_assist.answering.confidence import (
    Answerability,
    answerability,
    goods_kinds,
    no_fact,
    off_question,
    off_topic,
    topic_coverage,
)
from export_assist.answering.doc_basis import add_legal_basis
from export_assist.answering.elsewhere import markets_asked
from export_assist.answering.followup import resolve_history
from export_assist.answering.home_side import any_goods, export_side_docs, japan_only
from export_assist.answering.japan_side import regime_asked, regime_names
from export_assist.answering.labels import t
from export_assist.answering.national import national_gap, national_head
from export_assist.answering.retrieve import Retrieved, Retriever, jurisdictions
from export_assist.answering.scope import about, family_bans, outside_families
from export_assist.answering.understand import Question
from export_assist.compliance.library import CardLibrary
from export_assist.domain.citations import Citation, SearchHit
from export_assist.domain.hs import HsSuggestion
from export_assist.domain.sale import Requirements
from export_assist.retrieval.search import HybridSearcher
from export_assist.translation.termbase import TermBase

# A document with at most this many topics is about each of them.
TOPICAL = 3


@dataclass
class Answer:
    """What the chat shows, and what the hand-off draft needs."""

    text: str
    question: Question
    kind: str  # answer | overview | handoff | clarify
    citations: list[Citation] = field(default_factory=list)
    escalate: bool = False
    score: Answerability | None = None
    hits: list[SearchHit] = field(default_factory=list)


class AnswerEngine:
    """Answers regulation questions without an LLM (see the package docstring)."""

    def __init__(
        self,
        searcher: HybridSearcher,
        cards: CardLibrary,
        termbase: TermBase | None = None,
        threshold: float = 0.45,
        hs_names_ja: dict[str, str] | None = None,
        hs_suggest: Callable[[str, int], list[HsSuggestion]] | None = None,
        requirements: Requirements | None = None,
        reads_outside: Callable[[Question, float], bool] | None = None,  # outside_prior.Judge
    ) -> None:
        self.retriever = Retriever(searcher, cards, termbase, suggest=hs_suggest)
        self._searcher = searcher
        self.hs_names_ja = hs_names_ja or {}
        self._hs_suggest = hs_suggest
        self._requirements = requirements
        self._cards = cards
        self._termbase = termbase
        self.threshold = threshold
        self._reads_outside = reads_outside or (lambda _t, _c: False)  # outside_prior.py
        # a product word the vocabulary lacks is judged by its kind of goods (HS table)
        self._kind_of = goods_kinds(hs_suggest) if hs_suggest is not None else None

    def covered(self) -> frozenset[str]:
        """Markets with their own documents (plus the EU and cross-cutting material)."""
        return self.retriever.catalog().countries

    def understand(self, message: str, earlier: Sequence[str] = ()) -> Question:
        """The question, with what it leaves unsaid taken from the user's earlier messages;
        a business question by its type (business.kinds) is advice."""
        q = resolve_history(list(earlier), message, self.covered())
        return business.as_advice(q, self._searcher.lexical_index(), self.retriever.catalog())

    def answers_itself(self, q: Question) -> bool:
        """Advice to hand off, or goods the market restricts (the ban leads): no checklist."""
        return handoff.by_type(q) or bool(family_bans(q, self.retriever.catalog()))

    def hs_code_for(self, q: Question) -> str | None:
        """The closest HS subheading for the question's product (for buyer matching)."""
        if not (q.phrase or q.product) or self._hs_suggest is None:
            return None
        # the product phrase, not the whole request: "バイヤー" must not pull in dryers
        found = self._hs_suggest(q.phrase or " ".join(filter(None, [q.material, q.product])), 1)
        # no evidence is no code ("代金" is no beef): a retrained ranker gives even a
        # wordless guess some confidence; no shared word (coverage 0) says it plainly.
        if not found or found[0].confidence == 0.0 or found[0].coverage == 0.0:
            return None  # confidence None: not calibrated, keep the code
        return found[0].code

    def answer(self, q: Question) -> Answer:
        """The answer for an understood question."""
        covered = sorted(self.covered() - {"INTL", "JP"})
        q = self._named_place(q)
        regulating = japans_measure(q, self.retriever.catalog().regulated)
        if q.unsupported and not q.destinations:
            # 「コロンビア向けは日本側でどう確認？」: Japan's side; 「ロシアに輸出？」: Japan's ban
            if (q.japan_side and q.japan_named) or regulating:
                return self._regulated(q, covered, regulating)
            text, cites = handoff.unsupported(q, covered, self._japan_side(q))
            return Answer(text, q, "handoff", cites, escalate=True)
        if regulating:  # 「大連に送って平壌に転売」: Japan's ban holds for the onward market
            return self._regulated(q, covered, regulating)
        beyond = self.beyond_scope(q)
        if beyond:
            return Answer(handoff.beyond_scope(q, beyond), q, "handoff", [], escalate=True)
        if not q.destinations and not q.japan_side and q.intent == "checklist":
            return Answer(t(q.language, "ask_market"), q, "clarify")
        catalog = self.retriever.catalog()  # exports: 「日本側で何か…？」; outside: a glasses case
        bans, outside = family_bans(q, catalog), outside_families(q, catalog)
        exports = export_side_docs(q, catalog.docs)
        retrieved = self.retriever.retrieve(japan_only(q), bans, exports, outside)
        wants = q.intent == "checklist" and q.destinations and overview.wants_overview(q)
        regime = bool(retrieved.named) and not q.explicit_list  # CITES named: not the checklist
        listing = (wants or documents_list.asks_documents(q)) and not bans and not regime
        if q.advice and (handoff.by_type(q) or not listing):
            text, cites = keep_cited(*handoff.advice_known(q, self._known(q)))
            return Answer(text, q, "handoff", cites, True, None, retrieved.passages)
        # a checklist with no item for the product ("0件。主なもの:") says nothing: the passages do
        found = (self._overview(q, retrieved) if listing else None) or self._extractive(
            q, retrieved, covered
        )
        if states := national_gap(q, self.retriever.catalog().countries):
            found.text = f"{national_head(states, q.language, found.escalate)}\n\n{found.text}"
            found.escalate, found.kind = True, "handoff"
        if q.unsupported:  # "France and Brazil": answer France, say Brazil is not covered
            head = handoff.not_covered_head(q, covered)
            found.text, found.escalate, found.kind = f"{head}\n\n{found.text}", True, "handoff"
        found.text = handoff.with_escalated(found.text, found.escalate, found.question.language)
        return found

    def _extractive(self, q: Question, retrieved: Retrieved, covered: list[str]) -> Answer:
        """The composed answer, or what is known and the hand-off when evidence is thin."""
        composed = lead_with_asked(self._compose(q, retrieved), q, self._termbase)
        catalog = self.retriever.catalog()
        add_legal_basis(q, composed, retrieved, catalog)
        score = answerability(q.asked or q.text, retrieved, composed)
        found = topic_coverage(q.asked or q.text, composed, catalog, self._termbase, self._kind_of)
        escalate = score.score < self.threshold or not composed.lines or no_fact(q, composed)
        escalate |= off_question(q, composed, found, catalog, self._termbase, self._kind_of)
        escalate = escalate or self._reads_outside(q, score.coverage)  # business wording
        # below the threshold, quote what is known only when it is at least near the question
        known = composed if score.score >= 0.6 * self.threshold else Composed()
        draft = handoff.thin(q, covered, known, found) if escalate else handoff.finish(q, composed)
        text, cites = keep_cited(draft, composed.citations.items)
        kind = "handoff" if escalate else "answer"
        return Answer(text, q, kind, cites, escalate, score, retrieved.passages)

    def _known(self, q: Question) -> Composed:
        """What the sources say on the part of an advice question that asks a rule."""
        part = business.regulation_part(q, self.covered())
        if part is None:
            return Composed()
        retrieved = self.retriever.retrieve(part)
        composed = self._compose(part, retrieved)
        score = answerability(part.text, retrieved, composed)
        catalog = self.retriever.catalog()
        found = topic_coverage(part.text, composed, catalog, self._termbase, self._kind_of)
        weak = score.score < self.threshold or off_topic(found) or no_fact(part, composed)
        return Composed() if weak else composed

    def beyond_scope(self, q: Question) -> list[str]:
        """Product families no document of the question's markets is about (a medical device
        for Germany); none for Japan's own procedure or a trade agreement, whatever the goods."""
        if any_goods(q):
            return []
        catalog = self.retriever.catalog()
        places = jurisdictions(q)
        docs = [d for d in catalog.docs.values() if (d.country in places if places else True)]
        return [f for f in q.families if not any(about(d, f, q.families) for d in docs)]

    def _regulated(self, q: Question, covered: list[str], docs: frozenset[str]) -> Answer:
        """A destination Japan regulates exports to: Japan's side answers; the destination's
        own import rules are not covered. A question on another topic (its labels) is not
        answered by Japan's measure and goes to an advisor."""
        japan = q.with_(destinations=[], japan_side=True)
        retrieved = self.retriever.retrieve(japan, prefer=docs)
        # Japan's measure for that market is a card for it (the sanctions ban for RU, KP)
        retrieved.jurisdictions += [c for c in q.unsupported if c not in retrieved.jurisdictions]
        found = self._extractive(japan.with_(unsupported=[]), retrieved, covered)
        topics = {t for d in docs for t in self.retriever.catalog().docs[d].topics}
        other = not q.japan_named and q.topics and not topics & set(q.topics)
        if other or asks_foreign(q.asked or q.text, q.unsupported):  # the market's own rules
            found.escalate, found.kind = True, "handoff"
        head = t(q.language, "not_covered_import", markets=handoff.names(q.unsupported, q.language))
        found.text, found.question = f"{head}\n\n{found.text}", q
        found.text = handoff.with_escalated(found.text, found.escalate, found.question.language)
        return found

    def _named_place(self, q: Question) -> Question:
        """A question naming a regime but no market is about that regime's jurisdiction
        ("CBAMの対象は？" is about the EU, "ATAカルネはどこで申請？" is Japan-side)."""
        if q.destinations or q.japan_side or q.unsupported:
            return q
        said = f"{q.text} {regime_names(q.text)}"  # samples brought back: the carnet
        country = self.retriever.catalog().named.implied_country(said)
        if country == "JP":
            return q.with_(japan_side=True)
        return q.with_(destinations=[country]) if country else q

    def _compose(self, q: Question, retrieved: Retrieved) -> Composed:
        # "Is tea covered by CBAM?": the named regime's card answers, whatever the product
        # ... else the product's own kinds (a wine fridge's; a power strip's by its HS code)
        own = q.with_(categories=retrieved.categories, hs_code=q.hs_code or retrieved.hs_code)
        asked = q.of_regime() if retrieved.named else own
        # ... but a question that names a product is answered by rules for its kind of goods
        wanted = (
            goods.wanted(retrieved.categories, q.phrase or q.product, q.conditions)
            if q.product or q.hs_code or (retrieved.categories and not q.categories)
            else frozenset()
        )
        cards = pick_cards(
            self._cards.cards,
            asked,
            retrieved.jurisdictions,
            retrieved.query,
            retrieved.docs,
            limit=max(1, min(2, len(q.destinations))),
            wanted=wanted,
            named=frozenset(retrieved.named),
        )
        # Japan's export control for a possibly dual-use product, whatever the market
        japan = [c for c in japan_controls(self._cards.cards, q) if c not in cards]
        cards = [*cards, *japan]
        hits = {c.id: h for c in cards if (h := self._card_hit(c, retrieved)) is not None}
        order = [d.doc.doc_id for d in retrieved.docs[:3]]
        return compose(
            q,
            retrieved.query,
            retrieved.for_goods(self.retriever.catalog().docs, wanted, own.categories),
            cards,
            hits,
            self._termbase,
            order,
            wanted,
            self._topical(q, frozenset(retrieved.named)),
            quotes=3 - min(1, len(japan)),
            markets=markets_asked(retrieved.jurisdictions, q.destinations),
        )

    def _topical(self, q: Question, named: frozenset[str] = frozenset()) -> frozenset[str]:
        """Documents about the question's topic and little else (at most three topics): all
        their sentences speak to it; a market-entry document's must say so themselves; and a
        named Japanese regime asked about (japan_side.regime_asked), whatever the goods' topic."""
        docs, wanted = self.retriever.catalog().docs, set(q.topics)
        found = {d for d, p in docs.items() if set(p.topics) & wanted and len(p.topics) <= TOPICAL}
        return frozenset(found) | (named if regime_asked(q.text, q.japan_side) else frozenset())

    def _card_hit(self, card, retrieved: Retrieved) -> SearchHit | None:  # type: ignore[no-untyped-def]
        """The passage of the card's evidence that best matches the card, from documents the
        question retrieved where some are (a kettle's German-language card: not textiles)."""
        query = f"{card.title} {card.title_ja} {card.requirement}"
        found = {d.doc.doc_id for d in retrieved.docs}
        among = [d for d in card.evidence if d in found] or card.evidence
        return self.retriever.best_passage(among, query)

    def _overview(self, q: Question, retrieved: Retrieved) -> Answer | None:
        cards, places = self._cards.cards, retrieved.jurisdictions
        per_market = overview.requirements_per_market(q, cards, places, self._requirements)
        papers = documents_list.asks_documents(q)  # 「必要な書類は？」: the checklist's papers
        how = documents_list.compose_documents if papers else overview.compose_overview
        composed = how(q, per_market, retrieved, self._termbase, self._card_hit)
        if not composed.cards or not (papers or overview.names_the_goods(q, composed, retrieved)):
            return None
        text, cites = keep_cited(handoff.finish(q, composed), composed.citations.items)
        return Answer(text, q, "overview", cites, False, None, retrieved.passages)

    def _japan_side(self, q: Question) -> Composed:
        """The Japan-side part of a question about a market that is not covered."""
        japan = q.with_(destinations=[], unsupported=[], japan_side=True)
        found = self.retriever.retrieve(japan)
        return overview.japan_part(japan, self._cards.cards, found, self._termbase, self._card_hit)
