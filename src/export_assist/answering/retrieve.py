"""Document-first retrieval: pick the documents (profiles, dense and lexical evidence,
reranked), then the passages inside them that answer the question."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from export_assist.answering import goods, vocab
from export_assist.answering.catalog import ENGLISH_POINTS, CatalogCache, DocCatalog, DocProfile
from export_assist.answering.doc_goods import for_goods
from export_assist.answering.everyday import corpus_words, plain
from export_assist.answering.expand import expand
from export_assist.answering.home_side import asks_market_only
from export_assist.answering.japan_side import procedure_names, regime_names
from export_assist.answering.preference import for_origin
from export_assist.answering.rerank import DocScore, rerank
from export_assist.answering.textclean import is_meta_section
from export_assist.answering.understand import Question
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile_combine import hs_categories
from export_assist.domain.citations import SearchFilters, SearchHit
from export_assist.domain.hs import HsSuggestion
from export_assist.geo import jurisdictions_for
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.metadata import citation_from
from export_assist.retrieval.search import HybridSearcher
from export_assist.translation.termbase import TermBase


@dataclass
class Retrieved:
    """The ranked documents and, for the best of them, their passages (best first)."""

    jurisdictions: list[str]
    docs: list[DocScore] = field(default_factory=list)
    passages: list[SearchHit] = field(default_factory=list)
    query: str = ""
    named: set[str] = field(default_factory=set)  # documents of a regime named by name
    # the product's kinds of goods: its own words' (not a material or use word's), else
    # its closest HS subheading's
    categories: list[str] = field(default_factory=list)
    hs_code: str = ""  # the product's HS subheading when the suggester is sure of it
    # Japan's procedures asked by their topic, read whatever the goods (the catch-all
    # document for sake: 「日本酒はキャッチオール規制の対象？」, test34 t019)
    any_goods: set[str] = field(default_factory=set)

    def for_goods(
        self, docs: Mapping[str, DocProfile], wanted: frozenset[str], categories: Sequence[str]
    ) -> list[SearchHit]:
        """The passages less those of documents kept to other goods (doc_goods.for_goods)."""
        return for_goods(self.passages, docs, wanted, categories, self.any_goods)


def jurisdictions(q: Question) -> list[str]:
    """Where the rules come from: each destination, its bloc, INTL; JP only for Japan-side."""
    found: list[str] = []
    for code in q.destinations:
        found += [j for j in jurisdictions_for(code) if j not in found]
    if q.japan_side:
        found += [j for j in ("JP", "INTL") if j not in found]
    return found


# A product word the vocabulary lacks ("ビスケット", "甘エビ") takes the kinds of goods of its
# closest HS subheading, when the suggester is sure of it and most of the word supports it
# (ワンピース reaches sauces at 0.37 through one shared character: no kind).
INFER_CONFIDENCE, INFER_COVERAGE = 0.5, 0.5
Suggest = Callable[[str, int], list[HsSuggestion]]


def inferred_categories(q: Question, suggest: Suggest | None) -> list[str]:
    """The question's kinds of goods: understood, or read from the HS table for its product."""
    if q.categories:
        return q.categories
    found = sure_code(q, suggest)
    return list(hs_categories(found)) if found else []


def sure_code(q: Question, suggest: Suggest | None) -> str:
    """The HS subheading of the question's product when the suggester is sure of it (a
    "fridge" is 8418: the EU energy-label card, kept to its HS codes, applies to it)."""
    if q.hs_code or not q.phrase or suggest is None:
        return ""
    found = suggest(q.phrase, 1)
    if not found or (found[0].confidence or 0.0) < INFER_CONFIDENCE:
        return ""
    return found[0].code if found[0].coverage >= INFER_COVERAGE else ""


def search_query(q: Question, termbase: TermBase | None) -> str:
    """The lexical query: the expanded question without spoken question forms, plus the
    corpus's words for its everyday words ("ゴミの分け方" also says waste sorting)."""
    # the scene said before (「国際郵便で送ることになりました」) in the corpus's words too
    scene = q.context if "scene" in q.inherited else ""
    extra = [w for w in corpus_words(f"{q.asked or q.text} {scene}") if w]
    return " ".join([plain(expand(q, termbase)), *extra])


class Retriever:
    """Finds the documents and passages that answer a question."""

    def __init__(
        self,
        searcher: HybridSearcher,
        cards: CardLibrary,
        termbase: TermBase | None = None,
        docs_kept: int = 3,
        candidates: int = 40,
        suggest: Suggest | None = None,
    ) -> None:
        self._searcher = searcher
        self._cards = cards
        self._termbase = termbase
        self._cache = CatalogCache()
        self._docs_kept = docs_kept
        self._docs_whole = 2
        self._candidates = candidates
        self._suggest = suggest

    def catalog(self) -> DocCatalog:
        """The document catalogue of the current index."""
        return self._cache.get(self._searcher.lexical_index(), self._cards.cards)

    def best_passage(self, doc_ids: list[str], query: str) -> SearchHit | None:
        """The passage of some documents that best matches a query (for a card's citation)."""
        return best_passage_in(self._searcher, doc_ids, query)

    def retrieve(
        self,
        q: Question,
        prefer: frozenset[str] = frozenset(),
        also: frozenset[str] = frozenset(),
        outside: frozenset[str] = frozenset(),
    ) -> Retrieved:
        """Documents for the question's markets (all documents when it names none);
        `prefer`: documents the question is known to be about, ranked first; `also`:
        documents outside its markets that compete as candidates all the same; `outside`:
        documents about goods the question's are not (scope.outside_families), never read."""
        catalog = self.catalog()
        places = jurisdictions(q)
        said = f"{q.text} {q.context}"  # a wine fridge is searched as a fridge
        q = q.with_(categories=goods.own_categories(q.categories, q.phrase or q.product, said))
        code = sure_code(q, self._suggest)
        categories = q.categories or (list(hs_categories(code)) if code else [])
        # No market named: every document, Japan's weighed as any market's (rerank.py).
        allowed = catalog.in_markets(places) if places else list(catalog.docs)
        # Japan's own rules are candidates for any market: they bind every export (CITES,
        # export control, the alcohol export licence, the ATA carnet for a Taiwan fair) and
        # compete at INTL's market weight unless the question is Japan-side. Another
        # market's regime does not bind this export: "モバイルバッテリー" names Korea's and
        # China's certification documents, not the EU's.
        home_too = places and "JP" not in places and not asks_market_only(q)
        home = catalog.in_markets(["JP"]) if home_too else []
        # ... and a Japanese regime named by name (「ATAカルネで持って行く」) stays one when only
        # the market's side is asked (「向こうで売ってしまっても」, escalation_dev25 d020)
        # (or described: exhibits brought back are the carnet's, tuning qa10-t019)
        described = f"{q.text} {regime_names(q.text)}"
        named_home = catalog.named.named_docs(described) & set(catalog.in_markets(["JP"]))
        allowed = list(dict.fromkeys([*allowed, *home, *named_home, *(also & set(catalog.docs))]))
        # A regime the question names by name ("CBAM", "EUDR") is what it is about, whatever
        # the product ("CBAM ... 日本茶"), or describes in everyday words (samples brought back:
        # the ATA carnet); so is Japan's procedure its goods trigger (「ワニ革の財布を…」), read
        # even for goods of a family of their own (べっ甲 eyeglass frames: CITES, test35 t014)
        triggered = procedure_names(f"{q.text} {q.context}") if q.japan_side else ""
        by_name = catalog.named.named_docs(f"{described} {triggered}")
        kept = catalog.named.named_docs(triggered) if triggered else set()
        allowed = [d for d in allowed if d not in outside - kept]
        query = search_query(q, self._termbase)
        out = Retrieved(places, query=query, categories=categories, hs_code=code)
        if not allowed:
            return out
        index = self._searcher.lexical_index()
        wanted = set(allowed)
        mask = index.mask(lambda m: m.get("doc_id") in wanted)
        hidden = _hidden(index, q.language == "ja")  # a 0 score is no candidate
        bm25 = index.scores(out.query) * hidden
        lexical = index.best(bm25, self._candidates, mask)
        dense_hits = [
            h
            for h in self._searcher.search(
                q.asked or q.text,
                SearchFilters(doc_ids=allowed),
                2 * self._candidates,
                mode="dense",
            )
            if readable({"section": h.citation.section}, q.language)
        ]
        by_id = {h.chunk_id: h for h in dense_hits}
        for cid, score in lexical:
            hit = by_id.get(cid)
            if hit is None:
                i = index.position[cid]
                by_id[cid] = SearchHit(
                    chunk_id=cid,
                    text=index.texts[i],
                    citation=citation_from(index.metadatas[i]),
                    score=0.0,
                )
            by_id[cid].lexical_score = score
        passages = [h for h in by_id.values() if not is_meta_section(h.citation.section)]
        out.docs = rerank(
            catalog.docs,
            q.with_(categories=categories),
            places,
            catalog.search(out.query, allowed, language=q.language),
            # every allowed document's best passage, not only those of the candidates: a
            # Japanese-only document is often outside an English question's nearest 80
            catalog.best_passages(bm25, allowed),
            catalog.best_passages(self._searcher.cosines(q.asked or q.text) * hidden, allowed),
        )
        # A product question never quotes another product's rules (cosmetics are not food);
        # the named regime's documents come first and stay.
        named = out.named = (by_name | prefer) & set(allowed)
        if q.product:  # only a named product: "food" alone is too vague to exclude by
            out.any_goods = _procedures(q, [d.doc for d in out.docs])
            out.docs = [
                d
                for d in out.docs
                if d.features.get("category", 0.5) > 0 or d.doc.doc_id in named | out.any_goods
            ]
        if "origin" in q.topics:  # a claim's proof, or the general certificate (preference.py)
            out.docs = for_origin(q, out.docs, named, allowed)  # (a route joins named)
        out.docs.sort(key=lambda d: d.doc.doc_id not in named)  # stable: named first
        kept = {d.doc.doc_id for d in out.docs[: self._docs_kept]}
        found = [h for h in passages if h.citation.doc_id in kept]
        # Inside the best documents every passage is a candidate: the sentence that holds
        # the fact is often in a passage the question's words did not rank first.
        ranked = _rank_passages(found)
        for rank, d in enumerate(out.docs[: self._docs_whole]):
            seen = {h.chunk_id for h in ranked}
            ranked += _other_passages(index, d.doc, seen, score=0.3 / (rank + 1))
        ranked = [h for h in ranked if readable({"section": h.citation.section}, q.language)]
        out.passages = sorted(ranked, key=lambda h: -h.score)
        return out


def _procedures(q: Question, docs: list[DocProfile]) -> set[str]:
    """Japan's procedure documents a Japan-side question asks by their topic (export control,
    the export declaration, origin): they cover every kind of goods."""
    asked = set(q.topics) & set(vocab.JAPAN_SIDE_TOPICS) if q.japan_side else set()
    return {d.doc_id for d in docs if d.country == "JP" and asked & set(d.topics)}


def readable(meta: Mapping[str, object], language: str) -> bool:
    """Whether a passage is for this reader: a Japanese document's English key points
    translate its Japanese body, so a Japanese reader gets the body (they would only take
    the places of its passages); an English reader gets both."""
    return language != "ja" or not str(meta.get("section") or "").startswith(ENGLISH_POINTS)


@lru_cache(maxsize=4)
def _hidden(index: LexicalIndex, japanese: bool) -> np.ndarray:
    """A 0/1 weight per chunk: 0 for the passages `readable` keeps from a Japanese reader
    (kept per index version: one pass over the metadata, not one a question)."""
    return np.array(
        [0.0 if japanese and not readable(m, "ja") else 1.0 for m in index.metadatas],
        dtype=np.float32,
    )


def _other_passages(
    index: LexicalIndex, doc: DocProfile, seen: set[str], score: float
) -> list[SearchHit]:
    """The remaining passages of a document, with its document-level score."""
    out: list[SearchHit] = []
    for cid in doc.chunk_ids:
        if cid in seen or cid not in index.position:
            continue
        i = index.position[cid]
        citation = citation_from(index.metadatas[i])
        if not is_meta_section(citation.section):
            out.append(SearchHit(chunk_id=cid, text=index.texts[i], citation=citation, score=score))
    return out


def _rank_passages(hits: list[SearchHit]) -> list[SearchHit]:
    """Passages by a mix of their lexical and dense evidence (each scaled to the best)."""
    top_lex = max((h.lexical_score or 0.0 for h in hits), default=0.0) or 1.0
    top_dense = max((h.dense_score or 0.0 for h in hits), default=0.0)
    for h in hits:
        dense = max(0.0, 1.0 - (top_dense - (h.dense_score or 0.0)) * 10) if h.dense_score else 0.0
        h.score = 0.5 * (h.lexical_score or 0.0) / top_lex + 0.5 * dense
    return sorted(hits, key=lambda h: -h.score)


def best_passage_in(searcher: HybridSearcher, doc_ids: list[str], query: str) -> SearchHit | None:
    """The best non-bookkeeping passage of some documents for a query (lexical)."""
    index = searcher.lexical_index()
    wanted = set(doc_ids)
    mask = index.mask(lambda m: m.get("doc_id") in wanted)
    for cid, score in index.search(query, 5, mask):
        i = index.position[cid]
        citation = citation_from(index.metadatas[i])
        if not is_meta_section(citation.section):
            return SearchHit(chunk_id=cid, text=index.texts[i], citation=citation, score=score)
    return None
