"""What a question is about, and whether the chosen evidence speaks about it (issue 9:
an uncovered topic inside a covered market hands off instead of answering from a loosely
related passage)."""

from __future__ import annotations

from datetime import date

import pytest

from export_assist.answering.coverage import Evidence, content_terms, coverage
from export_assist.answering.years import future_years, named_years
from export_assist.translation.termbase import TermBase


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return TermBase.load()


def test_content_terms_leave_out_places_the_question_frame_and_company_names() -> None:
    terms = content_terms(
        "インドの輸入者 Sharma Fresh Foods Pvt Ltd の信用度と支払い遅延を調べてください。"
    )
    assert "信用度" in terms and "遅延" in terms
    assert not {"インド", "sharma", "fresh", "foods", "ltd"} & set(terms)
    english = content_terms(
        "Do we need to register our green tea with the FDA before we export it?"
    )
    # "FDA" names the market (US); a product named in two words is one term
    assert set(english) == {"register", "green tea"}
    assert content_terms("日本茶や陶磁器もCBAMの対象ですか？").count("磁器") == 0


FOOD_IMPORT = Evidence(
    [
        "Food imported into the UAE must be registered by the importer before shipment.",
        "輸入食品は輸入者が事前に登録する必要があります。",
    ]
)


def test_a_question_naming_a_company_says_so(termbase: TermBase) -> None:
    found = coverage("Is Hoffmann Feinkost GmbH a reliable buyer?", FOOD_IMPORT, termbase)
    assert found.company and "hoffmann" not in found.terms


def test_a_question_on_the_evidences_topic_is_covered(termbase: TermBase) -> None:
    found = coverage("Does the importer have to register our rice crackers?", FOOD_IMPORT, termbase)
    assert found.share >= 0.5 and "register" not in found.missing
    ja = coverage("輸入者の登録は必要ですか？", FOOD_IMPORT, termbase)
    assert ja.share == 1.0 and ja.missing == []


def test_a_question_on_another_topic_is_not(termbase: TermBase) -> None:
    found = coverage("飲食店の営業許可はどう取ればいいですか？", FOOD_IMPORT, termbase)
    assert found.share < 0.5
    assert "飲食店" in found.missing
    assert (
        coverage("What is the corporate credit rating of our buyer?", FOOD_IMPORT, termbase).share
        < 0.5
    )


def test_the_other_languages_form_counts(termbase: TermBase) -> None:
    labels = Evidence(["The label must show the name of the food and the importer."])
    assert coverage("ラベルの表示は？", labels, termbase).missing == []


def test_a_year_no_line_states_is_reported(termbase: TermBase) -> None:
    found = coverage("What will the duty on sake be in 2028?", FOOD_IMPORT, termbase)
    assert found.years == ["2028"]
    dated = Evidence(["From 1 January 2028 the importer must register."])
    assert coverage("What changes in 2028?", dated, termbase).years == []


def test_a_product_word_counts_where_its_kind_of_goods_is_covered(termbase: TermBase) -> None:
    food_labels = Evidence(["Food labels must show the importer's name and address."])
    question = "Must the label of our umeboshi show the importer's address?"
    assert "umeboshi" in coverage(question, food_labels, termbase).missing
    # the HS table reads umeboshi as food (a resolver stands in for the HS suggester)
    found = coverage(question, food_labels, termbase, lambda w: ["food"] if w == "umeboshi" else [])
    assert "umeboshi" not in found.missing and found.share == 1.0
    assert "umeboshi" in coverage(question, food_labels, termbase, lambda w: []).missing


def test_years_are_not_hs_codes_and_future_ones_are_told_apart() -> None:
    assert named_years("HS 2008.99 and 200899 duty, in 2028, 2020年9月から") == ["2028", "2020"]
    assert future_years("duty in 2028 after the 2020 rule", date(2026, 11, 30)) == ["2028"]
