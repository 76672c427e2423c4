"""bench.docpick measures document choice over the tuning sets and bench.docpick_fit refits
the reranker offline by replaying the retriever's order from the recorded features: the
replay must be the retriever's own order, and a miss must land in the right class."""

from __future__ import annotations

from bench.docpick import classify, features, record, tuning_sets
from bench.docpick_fit import ranked

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.rerank import WEIGHTS


def _row(found, product: bool) -> dict:  # type: ignore[no-untyped-def]
    return {"candidates": features(found), "named": sorted(found.named), "product": product}


def test_replay_is_the_retrievers_order(engine: AnswerEngine) -> None:
    for text in (
        "展示会に出す見本を台湾へ持っていき、会期が終わったら日本に持ち帰ります。出す前に手続きは？",
        "Our matcha goes to a Lyon tea shop: which pesticide limits does the EU apply?",
        "ドイツの雑貨店にガラスの電気ポットを卸します。何を準備すればいいですか？",
    ):
        q = engine.understand(text)
        found = engine.retriever.retrieve(q)
        assert found.docs, text
        order = [d.doc.doc_id for d in found.docs]
        assert ranked(_row(found, bool(q.product)), WEIGHTS) == order, text


def test_a_miss_is_classed_by_where_the_gold_document_was_lost(engine: AnswerEngine) -> None:
    q = engine.understand("Our matcha goes to a Lyon tea shop: which pesticide limits apply?")
    found = engine.retriever.retrieve(q)
    countries = {d: p.country for d, p in engine.retriever.catalog().docs.items()}
    order = [d.doc.doc_id for d in found.docs]
    first, fourth = order[0], order[3]
    assert classify({first}, found, {first}, countries)["class"] == "cited"
    assert classify({first}, found, set(), countries) == {"rank": 1, "class": "dropped"}
    assert classify({first}, found, None, countries) == {"rank": 1, "class": "top3"}
    assert classify({fourth}, found, set(), countries) == {"rank": 4, "class": "outranked"}
    # a Chinese document is no candidate for France: outside the question's markets
    assert classify({"cn-cosmetics-nmpa"}, found, set(), countries)["class"] == "outside"
    assert classify({"x"}, None, set(), countries)["class"] == "no_retrieval"


def test_the_held_apart_and_unseen_sets_are_never_tuning_sets() -> None:
    names = set(tuning_sets())
    assert {"dev", "test6", "test56", "escalation_dev", "escalation_dev54"} <= names
    held = {"test", "test2", "test5", "test57", "topics_test", "markets_test"}
    assert not names & (held | {"escalation_dev55", "escalation_dev56"})


def test_the_recorder_passes_the_answer_engines_arguments_through(engine: AnswerEngine) -> None:
    # engine.answer retrieves with the bans, exports and outside families (session 39: the
    # recorder took only `prefer`, and every answered case failed with a TypeError)
    seen = record(engine.retriever)
    try:
        q = engine.understand(
            "ドイツの雑貨店にガラスの電気ポットを卸します。何を準備すればいいですか？"
        )
        cited = engine.answer(q).citations
    finally:
        del engine.retriever.retrieve  # the class's own method again
    assert seen and seen[0].docs
    assert cited
