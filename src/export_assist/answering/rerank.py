"""A light reranker that runs on CPU without a model download: a linear score over
features of each candidate document (lexical, dense, topic, product, market, cards).
The weights were set on the development questions (docs/benchmarks.md says how)."""

from __future__ import annotations

from dataclasses import dataclass, field

from export_assist.answering.catalog import DocProfile
from export_assist.answering.understand import Question
from export_assist.domain.compliance import ProductProfile, card_applies

# Refit in session 20 by coordinate ascent (bench/docpick_fit.py) on half of the 28 tuning
# sets (sets by name, alternately: 452 cases) and checked on the other half (498 cases, never
# fitted): gold-document MRR 0.891 -> 0.905, hit@1 0.821 -> 0.845, hit@3 0.956 -> 0.968 there.
# The keyword topic is a weak signal (「関税」 is `tariff` also when the question asks what is
# paid besides duty; "registered" is `registration` also for a pesticide): it now breaks ties
# between documents whose passages answer equally, and a card alone no longer lifts a
# document above one whose passages answer. `market` stays at 0.7 so that cross-cutting
# (INTL) documents never outrank the named market's own.
WEIGHTS: dict[str, float] = {
    "doc_lexical": 0.25,
    "passage_lexical": 0.9,
    "dense": 1.8,
    "topic": 0.3,
    "category": 0.5,
    "market": 0.7,
    "card": 0.0,
}


# How far below the best passage (cosine) a document's best passage may be and still count.
DENSE_SPAN = 0.08
# e5 puts a question further from text in another language than from its own: an English
# question's best cosine to a Japanese-only document sits about this much lower than to an
# English one on the same subject (tuning splits: gold document first for 0.838 -> 0.879
# of the English questions at 0.03; 0.02 and 0.04-0.05 gave less; Japanese unchanged).
CROSS_LINGUAL = 0.03


@dataclass
class DocScore:
    """A candidate document, its features and its score."""

    doc: DocProfile
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def _norm(values: dict[str, float]) -> dict[str, float]:
    top = max(values.values(), default=0.0)
    return {k: v / top for k, v in values.items()} if top > 0 else {}


def _foreign(doc: DocProfile, lang: str) -> bool:
    """Has the document no passage in the question's language? (An English document's
    Japanese summary and key points answer a Japanese question in its own language, a
    Japanese document's English key points an English one.)"""
    if doc.language == lang:
        return False
    if lang == "en":
        return not doc.english_points
    return not doc.summary_ja


def _dense(values: dict[str, float], docs: dict[str, DocProfile], lang: str) -> dict[str, float]:
    """Cosine similarities mapped to 0..1 relative to the best (e5 scores sit in 0.75-0.9),
    a document in another language lifted by the cross-lingual gap first."""
    if not values:
        return {}
    values = {k: v + (CROSS_LINGUAL if _foreign(docs[k], lang) else 0.0) for k, v in values.items()}
    best = max(values.values())
    return {k: max(0.0, 1.0 - (best - v) / DENSE_SPAN) for k, v in values.items()}


def _market(doc: DocProfile, q: Question) -> float:
    if doc.country in q.destinations:
        return 1.0
    if doc.country == "JP":
        # Japan's own rules bind every export, as cross-cutting as INTL material; with no
        # market named they are as near the question as any market's documents
        return 1.0 if q.japan_side else 0.3 if q.destinations else 0.7
    if doc.country == "INTL":
        return 0.3
    return 0.7  # a bloc of a destination (EU for DE)


# Goods of animal origin, and the plants no rule for them is about: a document about plants
# shares only the broad "food" with a cheese question (test29 t032: the plant-inspection
# document was read beside the Animal Quarantine Service's for milk powder and cheese)
_ANIMAL = frozenset({"meat", "dairy", "seafood"})


def _category(doc: DocProfile, q: Question) -> float:
    if not q.categories or not doc.categories:
        return 0.5
    if not set(doc.categories) & set(q.categories):
        return 0.0
    animal = (
        set(q.categories) | ({"dairy"} if "contains_dairy" in q.conditions else set())
    ) & _ANIMAL
    about = set(doc.categories)
    return 0.5 if animal and "plants" in about and not about & _ANIMAL else 1.0


def _card(doc: DocProfile, q: Question, jurisdictions: list[str]) -> float:
    product = ProductProfile(
        categories=q.categories, conditions=q.conditions, hs_code=q.hs_code or None
    )
    applicable = [c for c in doc.cards if card_applies(c, jurisdictions, product)]
    if not applicable:
        return 0.0
    return 1.0 if not q.topics or any(c.topic in q.topics for c in applicable) else 0.5


def rerank(
    docs: dict[str, DocProfile],
    q: Question,
    jurisdictions: list[str],
    doc_lexical: dict[str, float],
    passage_lexical: dict[str, float],
    dense: dict[str, float],
    weights: dict[str, float] | None = None,
) -> list[DocScore]:
    """Candidates (any document with a lexical or dense signal), best first."""
    w = weights or WEIGHTS
    dl, pl, de = _norm(doc_lexical), _norm(passage_lexical), _dense(dense, docs, q.language)
    out: list[DocScore] = []
    for doc_id in set(dl) | set(pl) | set(de):
        doc = docs[doc_id]
        f = {
            "doc_lexical": dl.get(doc_id, 0.0),
            "passage_lexical": pl.get(doc_id, 0.0),
            "dense": de.get(doc_id, 0.0),
            "topic": 1.0 if set(q.topics) & set(doc.topics) else 0.0,
            "category": _category(doc, q),
            "market": _market(doc, q),
            "card": _card(doc, q, jurisdictions),
        }
        out.append(DocScore(doc, f, sum(w[k] * v for k, v in f.items())))
    return sorted(out, key=lambda s: -s.score)
