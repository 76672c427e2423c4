"""The hand-off reads what the answer shows (issue 9, item 4): the sentences it quotes and
the cards it lists, not the whole passage a sentence comes from. A question whose words sit
only elsewhere in a quoted passage is handed off."""

from __future__ import annotations

from typing import cast

import pytest

from export_assist.answering.catalog import DocCatalog, DocProfile
from export_assist.answering.compose import Composed
from export_assist.answering.confidence import evidence, off_topic, topic_coverage
from export_assist.answering.coverage import content_terms
from export_assist.answering.select import Quote
from export_assist.domain.citations import Citation, SearchHit
from export_assist.translation.termbase import TermBase

PASSAGE = (
    "Importers need an SFA import licence for every consignment of food. "
    "Caterers serving food at tasting events hold a separate food shop licence."
)
QUOTED = "Importers need an SFA import licence for every consignment of food."
DOC = DocProfile(
    doc_id="sg-food",
    title="Singapore food import licensing",
    country="SG",
    language="en",
    topics=["licensing"],
    categories=["food"],
    title_ja="シンガポールの食品輸入許可",
    sections=["Caterers and tasting events"],  # a section the answer does not quote
)


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return TermBase.load()


def composed() -> Composed:
    cite = Citation(doc_id="sg-food", title=DOC.title, country="SG")
    hit = SearchHit(chunk_id="c1", text=PASSAGE, citation=cite, score=1.0)
    return Composed(lines=[f"・{QUOTED} [1]"], quotes=[Quote(QUOTED, hit, 2.0)])


def catalog() -> DocCatalog:
    return cast(DocCatalog, type("Catalog", (), {"docs": {"sg-food": DOC}})())


def test_words_only_in_the_unquoted_rest_of_a_passage_do_not_cover(termbase: TermBase) -> None:
    question = "Do caterers at tasting events need a separate licence?"
    found = topic_coverage(question, composed(), catalog(), termbase)
    assert {"caterers", "tasting", "events"} <= set(found.missing)
    assert off_topic(found)
    shown = evidence(composed(), catalog()).text
    assert "caterers" not in shown and "tasting" not in shown


def test_what_the_answer_quotes_still_covers(termbase: TermBase) -> None:
    found = topic_coverage(
        "Do importers need an SFA licence for food?", composed(), catalog(), termbase
    )
    assert found.missing == [] and not off_topic(found)
    # the cited document's title counts: it says what goods the quoted rule is for
    titled = topic_coverage("シンガポールの食品輸入許可は？", composed(), catalog(), termbase)
    assert not off_topic(titled)


def test_a_product_named_after_japan_and_a_two_letter_scheme_are_terms() -> None:
    # 「日本」 inside 「日本酒」 was taken for a place and cut away: a Malaysian import-licence
    # answer from the customs document covered the question with sake never said
    assert content_terms("マレーシアで日本酒を売りたい。輸入ライセンスは必要？") == [
        "日本酒",
        "ライセンス",
    ]
    # "KC" was under three letters and dropped: a KC-mark question was covered by IPPC marks
    assert "kc" in content_terms("ポリエステル製のTシャツを韓国で売りたい。KCマークは必要？")
    assert "ce" in content_terms("Do I need a CE mark for a rice cooker in Germany?")
    assert content_terms("日本で作った製品をUSに送るのはOK？") == []  # places and frame only
