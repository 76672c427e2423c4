"""Document choice for a product the vocabulary lacks (issue 9, item 2): its kinds of goods
come from the HS suggester when it is sure, so a food document outranks an appliance one
for 「ビスケット」 and an uncertain guess changes nothing."""

from __future__ import annotations

from export_assist.answering.catalog import DocProfile
from export_assist.answering.rerank import rerank
from export_assist.answering.retrieve import inferred_categories
from export_assist.answering.understand import Question
from export_assist.domain.hs import HsSuggestion


def _suggest(code: str, confidence: float, coverage: float):  # type: ignore[no-untyped-def]
    def suggest(text: str, k: int) -> list[HsSuggestion]:
        return [
            HsSuggestion(
                code=code,
                description=f"goods for {text}",
                score=1.0,
                reason="test",
                confidence=confidence,
                coverage=coverage,
            )
        ][:k]

    return suggest


def test_unknown_product_takes_the_kinds_of_a_sure_hs_subheading() -> None:
    q = Question(text="ビスケットをドイツに出したい", language="ja", phrase="ビスケット")
    assert set(inferred_categories(q, _suggest("190531", 1.0, 1.0))) >= {"food"}


def test_an_unsure_or_thinly_supported_subheading_says_nothing() -> None:
    q = Question(text="ワンピースをアメリカに出したい", language="ja", phrase="ワンピース")
    assert inferred_categories(q, _suggest("210390", 0.365, 0.4)) == []
    assert inferred_categories(q, _suggest("210390", 0.9, 0.2)) == []
    assert inferred_categories(q, None) == []


def test_understood_kinds_are_kept() -> None:
    q = Question(text="緑茶", language="ja", phrase="緑茶", categories=["tea"])
    assert inferred_categories(q, _suggest("190531", 1.0, 1.0)) == ["tea"]


def test_inferred_food_kind_ranks_the_food_document_over_an_appliance_one() -> None:
    docs = {
        "energy-label": DocProfile("energy-label", "Energy label", "CN", "en", [], ["electronics"]),
        "food-label": DocProfile("food-label", "Food label", "CN", "en", [], ["food"]),
    }
    q = Question(text="クッキーのラベル", language="ja", destinations=["CN"], phrase="クッキー")
    evidence = {"energy-label": 1.0, "food-label": 0.9}
    plain = rerank(docs, q, ["CN"], evidence, evidence, {})
    assert plain[0].doc.doc_id == "energy-label"
    kinds = inferred_categories(q, _suggest("190531", 1.0, 1.0))
    ranked = rerank(docs, q.with_(categories=kinds), ["CN"], evidence, evidence, {})
    assert ranked[0].doc.doc_id == "food-label"
