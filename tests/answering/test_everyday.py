"""Everyday questions in the corpus's words: spoken forms out of the query, everyday words
mapped to the documents' vocabulary, Japanese titles and card wording in the catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.catalog import DocProfile
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words, plain
from export_assist.compliance.library import CardLibrary
from export_assist.retrieval.tokenize import tokenize
from tests.answering.conftest import index_slice
from tests.conftest import REPO_ROOT


def test_spoken_question_forms_leave_the_query() -> None:
    text = plain("化粧水って台湾で何か届け出いる？それって大丈夫ですか")
    assert "化粧水" in text and "台湾" in text and "届け出" in text
    # "って" would otherwise match formal text such as 「によって」
    assert "って" not in tokenize(text)
    assert "大丈夫" not in text and "ですか" not in text


def test_plain_keeps_english_and_formal_japanese() -> None:
    formal = "輸入者は食品施設登録を行う必要があります。"
    assert plain(formal) == formal
    assert plain("Is there a deadline?") == "Is there a deadline?"


def test_everyday_words_bring_the_corpus_vocabulary() -> None:
    assert {"waste", "sorting"} <= set(corpus_words("ゴミの分け方のマークって何？"))
    assert {"vat", "gst"} <= set(corpus_words("向こうで消費税みたいなのはかかる？"))
    assert "prior notice" in corpus_words("Is there some advance notice they need?")
    assert "renewal" in corpus_words("一回やればずっと有効なの？")


def test_english_everyday_words_match_whole_words_only() -> None:
    # "bin" must not fire inside "cabinet", "fee" not inside "coffee"
    assert corpus_words("a cabinet of coffee") == []
    assert corpus_words("") == []


def test_catalog_text_holds_the_japanese_title_and_card_wording() -> None:
    cards = CardLibrary([REPO_ROOT / "regulations" / "cards"]).cards
    card = next(c for c in cards if c.requirement_ja)
    doc = DocProfile(
        doc_id="x",
        title="T",
        country="US",
        language="en",
        topics=[],
        categories=[],
        title_ja="米国の食品施設登録",
        cards=[card],
    )
    text = doc.text()
    assert "米国の食品施設登録" in text and card.requirement_ja in text


# French packaging rules and their look-alikes: a question in everyday words ("ごみの分別の
# マーク", "sorting logo") must reach the sorting-label document, not the language law.
FRENCH = [
    "fr/fr-triman-epr.md",
    "fr/fr-language-toubon.md",
    "eu/eu-ppwr.md",
    "eu/eu-food-labelling.md",
]


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(tmp_path_factory.mktemp("everyday"), FRENCH)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "フランスで売る商品に、ごみの分別のマークって必要？",
        "Do boxes sold in France need a rubbish sorting logo?",
    ],
)
def test_everyday_words_find_the_sorting_label_document(
    french: AnswerEngine, question: str
) -> None:
    q = french.understand(question)
    found = french.retriever.retrieve(q)
    assert found.docs and found.docs[0].doc.doc_id == "fr-triman-epr"
    answer = french.answer(q)
    assert "fr-triman-epr" in {c.doc_id for c in answer.citations}
    assert "Triman" in answer.text
