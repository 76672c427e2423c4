"""The document reranker's dense evidence across languages (issue 9, item 2): an English
question sits further from a Japanese-only document than from an English one on the same
subject, so the Japanese document is judged with the cross-lingual gap added back."""

from __future__ import annotations

from export_assist.answering.catalog import DocProfile
from export_assist.answering.rerank import CROSS_LINGUAL, DENSE_SPAN, rerank
from export_assist.answering.understand import Question


def _doc(doc_id: str, language: str, summary_ja: str = "") -> DocProfile:
    return DocProfile(doc_id, doc_id, "JP", language, [], [], summary_ja=summary_ja)


DOCS = {
    "ja-only": _doc("ja-only", "ja"),
    "en-with-ja-summary": _doc("en-with-ja-summary", "en", summary_ja="要点"),
    "en-plain": _doc("en-plain", "en"),
}


def _dense_feature(q: Question, cosines: dict[str, float]) -> dict[str, float]:
    ranked = rerank(DOCS, q, ["JP"], {}, {}, cosines)
    return {d.doc.doc_id: d.features["dense"] for d in ranked}


def test_english_question_lifts_a_japanese_only_document_by_the_gap() -> None:
    q = Question(text="Which export certificates does Japan issue?", language="en")
    got = _dense_feature(q, {"ja-only": 0.83, "en-plain": 0.85})
    # 0.83 + 0.03 is above 0.85: the Japanese document is now the dense best
    assert got["ja-only"] == 1.0
    assert round(got["en-plain"], 4) == round(1.0 - (0.83 + CROSS_LINGUAL - 0.85) / DENSE_SPAN, 4)


def test_japanese_question_lifts_no_english_document_that_has_japanese_points() -> None:
    q = Question(text="日本の輸出証明書の種類は？", language="ja")
    got = _dense_feature(q, {"ja-only": 0.85, "en-with-ja-summary": 0.84, "en-plain": 0.81})
    assert got["ja-only"] == 1.0
    # the English document with Japanese key points is compared as it is ...
    assert round(got["en-with-ja-summary"], 4) == round(1.0 - 0.01 / DENSE_SPAN, 4)
    # ... one without any Japanese text gets the gap back (0.81 + 0.03)
    assert round(got["en-plain"], 4) == round(1.0 - 0.01 / DENSE_SPAN, 4)


def test_same_language_documents_are_compared_as_they_are() -> None:
    q = Question(text="Which export certificates does Japan issue?", language="en")
    got = _dense_feature(q, {"en-plain": 0.86, "en-with-ja-summary": 0.82})
    assert got["en-plain"] == 1.0
    assert round(got["en-with-ja-summary"], 4) == round(1.0 - 0.04 / DENSE_SPAN, 4)


def _market_feature(q: Question) -> dict[str, float]:
    docs = {
        c.lower(): DocProfile(c.lower(), c, c, "en", [], []) for c in ("JP", "US", "EU", "INTL")
    }
    ranked = rerank(docs, q, [], {"jp": 1.0, "us": 1.0, "eu": 1.0, "intl": 1.0}, {}, {})
    return {d.doc.doc_id: d.features["market"] for d in ranked}


def test_japans_rules_weigh_as_cross_cutting_material_for_a_foreign_market() -> None:
    got = _market_feature(Question(text="象牙を米国に送れる？", language="ja", destinations=["US"]))
    assert got["us"] == 1.0
    assert got["jp"] == got["intl"] < got["eu"]  # binds every export, like INTL material


def test_with_no_market_named_japans_rules_weigh_as_any_markets() -> None:
    got = _market_feature(Question(text="べっ甲を海外に送れる？", language="ja"))
    assert got["jp"] == got["us"] == got["eu"]


def test_a_japan_side_question_puts_japans_rules_first() -> None:
    q = Question(text="輸出許可は？", language="ja", destinations=["US"], japan_side=True)
    got = _market_feature(q)
    assert got["jp"] == got["us"] == 1.0 and got["intl"] < 1.0
