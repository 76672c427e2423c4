"""Session 45 (issue 9): the requirement cards the engine weighs for each tuning case.

Plays every tuning case that needs no tool (those that expect a hand-off too) through the
chat path, as `eval qa` does, and records whether the answer was handed off, and for the
last turn every
call of the card choice (cardpick.pick_cards): each usable card with its features
(cardpick.card_features, and whether it is the named regime's), the cards chosen, and
whether the card's own text (either language: title, requirement, documents, authority,
legal basis, lead time) carries a key fact of the case. One JSON line per case;
eval/card_fit.py replays the choice under other weights.

    PYTHONPATH=src python eval/card_harvest.py --out /tmp/cards/harvest.jsonl [--sets dev,test6]
        [--cap N]

Held-apart files and the unseen escalation sets are never read (handoff_sets.tuning_sets).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from export_assist.answering import cardpick, confidence, engine
from export_assist.domain.compliance import RequirementCard
from export_assist.evaluation.qa_v2 import Case, norm
from export_assist.retrieval.normalize import nfkc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handoff_sets import tuning_sets
from harvest_loop import harvested, played

_calls: list[dict[str, Any]] = []
_coverage: list[dict[str, Any]] = []
_features: dict[str, dict[str, float]] = {}


def card_words(card: RequirementCard) -> str:
    """Everything the card says that an answer may show, normalised as the scorer does."""
    parts = [card.title, card.title_ja, card.requirement, card.requirement_ja, card.authority]
    parts += [card.authority_ja, card.legal_basis, card.legal_basis_ja, card.lead_time]
    parts += [card.lead_time_ja, *card.documents, *card.documents_ja]
    return norm(" ".join(parts))


def _install() -> None:
    """Wrap cardpick.card_features and engine.pick_cards to record what the choice weighs."""
    features, pick = cardpick.card_features, cardpick.pick_cards

    def features_rec(card, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = features(card, *args, **kwargs)
        _features[card.id] = found
        return found

    def pick_rec(cards, q, places, query, docs, limit=1, wanted=frozenset(), named=frozenset()):  # type: ignore[no-untyped-def]
        _features.clear()
        chosen = pick(cards, q, places, query, docs, limit, wanted, named)
        kept = cardpick.market_docs(docs, q, named)
        regime = {d.doc.doc_id for d in kept if d.doc.doc_id in named and len(d.doc.topics) <= 3}
        by_id = {c.id: c for c in cards}
        _calls.append(
            {
                "limit": limit,
                "chosen": [c.id for c in chosen],
                "docs": [d.doc.doc_id for d in docs[:5]],
                "cards": [
                    {
                        "id": cid,
                        "f": {**f, "regime": 1.0 if regime & set(by_id[cid].evidence) else 0.0},
                        "text": card_words(by_id[cid]),
                        "evidence": by_id[cid].evidence,
                    }
                    for cid, f in _features.items()
                ],
            }
        )
        return chosen

    cardpick.card_features = features_rec  # type: ignore[assignment]
    engine.pick_cards = pick_rec  # type: ignore[assignment]
    covered = confidence.topic_coverage

    def coverage_rec(question, composed, catalog, *rest):  # type: ignore[no-untyped-def]
        found = covered(question, composed, catalog, *rest)
        known = [t for t in found.missing if nfkc(t).lower() in catalog.corpus_text]
        _coverage.append(
            {"share": found.share, "terms": found.terms, "missing": found.missing, "known": known}
        )
        return found

    confidence.topic_coverage = coverage_rec  # type: ignore[assignment]
    engine.topic_coverage = coverage_rec  # type: ignore[attr-defined]


def _wanted(case: Case) -> bool:
    return not case.expect.tool


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default=",".join(tuning_sets()))
    ap.add_argument("--cap", type=int, default=0, help="at most this many cases per set")
    args = ap.parse_args()
    _install()

    def clear() -> None:
        _calls.clear()
        _coverage.clear()

    done = harvested(args.out)
    with args.out.open("a", encoding="utf-8") as out:
        for name, case, final, paths in played(
            args.sets.split(","), args.cap, _wanted, clear, done
        ):
            facts = [[norm(a) for a in fact] for fact in case.expect.key_facts]
            row = {
                "set": name,
                "id": case.id,
                "lang": case.lang,
                "kind": case.kind,
                "facts": facts,
                "gold": sorted({paths.get(p, Path(p).stem) for p in case.expect.gold_docs}),
                "answer_facts": [any(a in norm(final.answer) for a in f) for f in facts],
                "escalate": case.expect.escalate,
                "escalated": final.escalated,
                "answer": final.answer[:600],
                "coverage": list(_coverage),
                "calls": [
                    {
                        **call,
                        "cards": [
                            {
                                **{k: v for k, v in card.items() if k != "text"},
                                "facts": [any(a in card["text"] for a in f) for f in facts],
                            }
                            for card in call["cards"]
                        ],
                    }
                    for call in _calls
                ],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
