"""Documents as units: one profile per corpus document (title, Japanese summary, section
names, topics, categories and the requirement cards that cite it), searchable by BM25."""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from export_assist.answering import vocab
from export_assist.answering.named import NamedRegimes, regulated_destinations
from export_assist.answering.textclean import is_meta_section
from export_assist.domain.compliance import RequirementCard
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.loaders.base import SUMMARY_SECTION
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.vectorstore import Metadata

# A Japanese document's English key points (docs/corpus-format.md), as ingest names the section
ENGLISH_POINTS = "Key points (English)"


@dataclass
class DocProfile:
    """What a document is about, gathered from its chunks' metadata and the cards."""

    doc_id: str
    title: str
    country: str
    language: str
    topics: list[str]
    categories: list[str]
    authority: str = ""
    legal_basis: str = ""
    summary_ja: str = ""
    title_ja: str = ""
    sections: list[str] = field(default_factory=list)
    # the subsections of a Japanese document's English key points (docs/corpus-format.md):
    # a translation of its body, so they name the document to English questions only
    english_points: list[str] = field(default_factory=list)
    cards: list[RequirementCard] = field(default_factory=list)
    chunk_ids: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # its quotable chunks in the index

    def text(self, english: bool = True) -> str:
        """The text the document-level index sees (`english`: with the English key points'
        headings, for English questions)."""
        topic_words = [w for t in self.topics for w in vocab.TOPIC_WORDS.get(t, ())]
        # the Japanese title and card wording as often as the English: a Japanese question
        # in everyday words finds its document by them
        parts = [self.title, self.title, self.title_ja, self.title_ja, self.summary_ja]
        parts.append(" ".join([*self.sections, *(self.english_points if english else [])]))
        parts += [f"{c.title} {c.title_ja} {c.requirement} {c.requirement_ja}" for c in self.cards]
        parts += [" ".join(topic_words), " ".join(self.categories), self.authority]
        return "\n".join(p for p in parts if p)


class DocCatalog:
    """Profiles of every indexed document and a BM25 index over them."""

    def __init__(self, chunks: LexicalIndex, cards: list[RequirementCard]) -> None:
        self.fingerprint = chunks.fingerprint
        self.docs: dict[str, DocProfile] = {}
        for i, meta in enumerate(chunks.metadatas):
            self._add_chunk(chunks.ids[i], chunks.texts[i], meta)
            if not is_meta_section(str(meta.get("section", ""))):
                self.docs[str(meta.get("doc_id", ""))].positions.append(i)
        for card in cards:
            for doc_id in card.evidence:
                if doc_id in self.docs:
                    self.docs[doc_id].cards.append(card)
        profiles = list(self.docs.values())
        ids = [p.doc_id for p in profiles]
        metas: list[Metadata] = [{"doc_id": p.doc_id, "country": p.country} for p in profiles]
        texts = [p.text() for p in profiles]
        self.index = LexicalIndex(ids, texts, metas, texts)
        # a Japanese question meets the documents as before they had English key points
        japanese = [p.text(english=False) for p in profiles]
        self.index_ja = LexicalIndex(ids, japanese, metas, japanese)
        self.countries = frozenset(p.country for p in profiles)
        bodies: dict[str, list[str]] = defaultdict(list)
        for i, meta in enumerate(chunks.metadatas):
            # the English key points translate a body: a name they carry says nothing new
            # of how widely the corpus uses it (CITES in every Japan-side translation)
            if not str(meta.get("section", "")).startswith(ENGLISH_POINTS):
                bodies[str(meta.get("doc_id", ""))].append(chunks.texts[i])
        self.named = NamedRegimes(self.docs, {d: "\n".join(t) for d, t in bodies.items()})
        # every word the corpus writes (NFKC, lower case): a term no document uses at all is one
        # the corpus does not know (confidence.off_question)
        self.corpus_text = nfkc("\n".join(chunks.texts)).lower()
        # destination -> the Japan-side documents that regulate exports to it
        self.regulated = regulated_destinations(self.docs)

    def _add_chunk(self, chunk_id: str, text: str, meta: Metadata) -> None:
        doc_id = str(meta.get("doc_id", ""))
        doc = self.docs.get(doc_id)
        if doc is None:
            doc = self.docs[doc_id] = DocProfile(
                doc_id=doc_id,
                title=str(meta.get("title", "")),
                country=str(meta.get("country", "")),
                language=str(meta.get("language", "en")),
                topics=[t for t in str(meta.get("topics", "")).split("|") if t],
                categories=[c for c in str(meta.get("categories", "")).split("|") if c],
                authority=str(meta.get("authority", "")),
                legal_basis=str(meta.get("legal_basis", "")),
                title_ja=str(meta.get("title_ja", "")),
            )
        section = str(meta.get("section", ""))
        if section == SUMMARY_SECTION:
            doc.summary_ja = text
        elif section.startswith(ENGLISH_POINTS):
            if section not in doc.english_points:
                doc.english_points.append(section)
        elif section and section not in doc.sections:
            doc.sections.append(section)
        doc.chunk_ids.append(chunk_id)

    def in_markets(self, jurisdictions: list[str]) -> list[str]:
        """Ids of the documents written for any of the jurisdictions."""
        wanted = set(jurisdictions)
        return [d.doc_id for d in self.docs.values() if d.country in wanted]

    def best_passages(self, scores: np.ndarray, doc_ids: list[str]) -> dict[str, float]:
        """Each document's best score over its quotable chunks (scores in index order)."""
        return {
            d: float(scores[p].max())
            for d in doc_ids
            if (p := self.docs[d].positions if d in self.docs else [])
        }

    def search(
        self, query: str, doc_ids: list[str], k: int = 20, language: str = "en"
    ) -> dict[str, float]:
        """BM25 scores of the allowed documents for a query (0 left out)."""
        index = self.index_ja if language == "ja" else self.index
        allowed = set(doc_ids)
        mask = index.mask(lambda m: m.get("doc_id") in allowed)
        return dict(index.search(query, k, mask))


class CatalogCache:
    """Rebuilds the catalogue only when the chunk index or the card set changed."""

    def __init__(self) -> None:
        self._catalog: DocCatalog | None = None
        self._cards_key: tuple[str, ...] = ()
        self._lock = threading.Lock()

    def get(self, chunks: LexicalIndex, cards: list[RequirementCard]) -> DocCatalog:
        """The catalogue for this index and card set."""
        key = tuple(sorted(c.id for c in cards))
        with self._lock:
            stale = self._catalog is None or self._catalog.fingerprint != chunks.fingerprint
            if stale or key != self._cards_key:
                self._catalog = DocCatalog(chunks, cards)
                self._cards_key = key
            assert self._catalog is not None
            return self._catalog


def group_by_doc(chunk_ids: list[str], docs: dict[str, DocProfile]) -> dict[str, list[str]]:
    """Chunk ids grouped by their document."""
    owner = {cid: d.doc_id for d in docs.values() for cid in d.chunk_ids}
    out: dict[str, list[str]] = defaultdict(list)
    for cid in chunk_ids:
        if cid in owner:
            out[owner[cid]].append(cid)
    return out
