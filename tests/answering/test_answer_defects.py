"""Session-5 answer defects, pure parts: an origin question is not an HS question, and a
quote about another kind of goods than the product asked about is not chosen."""

from __future__ import annotations

import pytest

from export_assist.answering.goods import kinds, kinds_in, other_kind
from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit

COVERED = frozenset("US EU DE CA MY IN TH JP INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "CAROTARで求められる原産地情報は？",
        "CAROTARで求められる原産地情報に関税分類変更基準は含まれますか？",
        "Which origin criterion (change in tariff classification) applies under CAROTAR?",
        "品目別規則はどこで確認できますか？",
        "輸出管理の分類は必要ですか？",
    ],
)
def test_origin_and_export_control_questions_are_not_hs_questions(text: str) -> None:
    assert understand(text, COVERED).intent == "regulation"


@pytest.mark.parametrize(
    "text",
    ["抹茶のHSコードは？", "この商品の分類は？", "What is the classification of green tea?"],
)
def test_classification_questions_still_go_to_hs(text: str) -> None:
    assert understand(text, COVERED).intent == "hs"


def test_kinds_of_goods_follow_the_categories() -> None:
    assert kinds(["alcohol"]) == {"food", "alcohol"}
    assert kinds(["radio"]) == {"electrical", "radio"}  # radio goods have rules of their own
    # a kettle's food-contact rules are a kind of their own: a kettle is no food
    assert kinds(["electronics", "food_contact"]) == {"electrical", "food_contact"}
    assert kinds(["household"]) == frozenset()
    assert kinds(["toys", "household"]) == {"toys"}


def test_kinds_in_a_sentence_ignore_authority_names() -> None:
    assert kinds_in("Electrical equipment needs a Certificate of Approval.") == {"electrical"}
    assert kinds_in("Register with the Thai Food and Drug Administration.") == frozenset()
    assert other_kind("Approved equipment carries the label.", "Electrical products", {"food"})
    assert not other_kind("Labels list permits (food, electrical).", "Customs", {"food"})
    assert not other_kind("Approved equipment carries the label.", "Electrical products", set())
    # within food: a liquor rule does not answer a tea question, a general food rule does
    tea = kinds(["tea", "food"])
    assert other_kind("酒類は食品でもあるため、タイ語表示が求められる。", "", tea)
    assert not other_kind("包装食品にはタイ語の表示が必要です。", "", tea)
    assert not other_kind("日本酒・緑茶などの輸入者はFDAに登録します。", "", tea)
    # and meat or supplement rules do not answer a question about soy sauce
    sauce = kinds(["food"])
    assert other_kind("食肉・水産物の海外製造施設はFSSAIへの登録が必要です。", "", sauce)
    assert not other_kind("包装食品にはマレー語の表示が必要です。", "", sauce)
    # a lead rule for ceramic tableware is not a toy rule
    plush = kinds(["toys", "household"])
    assert other_kind("陶磁器製の食器は鉛の溶出基準を満たす必要があります。", "", plush)
    assert not other_kind("Toys must meet ASTM F963.", "", plush)


def _hit(text: str, section: str, n: int) -> SearchHit:
    cit = Citation(doc_id="my-market-entry", title="Malaysia", section=section, country="MY")
    return SearchHit(chunk_id=f"c{n}", text=text, citation=cit, score=0.5)


def test_a_food_label_question_quotes_no_electrical_label_rule() -> None:
    passages = [
        _hit(
            "Approved equipment carries the SIRIM-ST safety label before it is sold.",
            "Electrical products",
            1,
        ),
        _hit(
            "Imported food may be labelled in Malay or English on the label.",
            "Labelling language",
            2,
        ),
    ]
    asked = "soy sauce label Malaysia"
    unfiltered = pick_sentences(passages, asked, "what", "en", 3)
    assert any("SIRIM" in q.text for q in unfiltered)  # without the kind, it is chosen
    chosen = pick_sentences(passages, asked, "what", "en", 3, kinds=frozenset({"food"}))
    assert [q.text for q in chosen] == [passages[1].text]
