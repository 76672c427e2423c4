"""Session 18 (answers): the question's everyday words pull the sentence whose own term
means the same; a scope question pulls the sentence saying what a rule cannot be used for;
a checklist summary leads with the product's own mark and says when each rule is due; the
chat's card choice and the checklist share one rule for HS-kept cards that name goods."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.answering import overview
from export_assist.answering.applies import scope_bonus
from export_assist.answering.cardpick import _applies, applicable
from export_assist.answering.everyday import rule_terms
from export_assist.answering.retrieve import Retrieved
from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import Question
from export_assist.compliance.card_goods import named_goods_apply, names_goods
from export_assist.compliance.library import CardLibrary
from export_assist.domain.citations import Citation, SearchHit
from export_assist.domain.compliance import ProductProfile
from export_assist.geo import jurisdictions_for

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"
LIBRARY = CardLibrary([CARDS])


def _hit(doc: str, section: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc, title=doc, section=section, country="JP", source_url="")
    return SearchHit(chunk_id=f"{doc}#{section}", text=text, score=score, citation=citation)


@pytest.mark.parametrize(
    ("message", "term"),
    [
        ("見本市で見せるだけで、販売はしない予定の検査装置です。許可はいりますか", "無償特例"),
        ("We will not sell the analyser; it is only for the booth.", "無償特例"),
    ],
)
def test_everyday_words_imply_the_rule_term(message: str, term: str) -> None:
    assert term in rule_terms(message)


def test_not_selling_pulls_the_free_of_charge_exception_sentence() -> None:
    passages = [
        _hit(
            "jp-fefta",
            "許可が不要になる特例",
            "輸出令第4条は一定の場合に許可を不要とする特例を定めています。"
            "よく使われるのは少額特例と無償特例です。",
        ),
        _hit(
            "jp-fefta",
            "該非判定",
            "輸出前に、貨物がリスト規制に該当するかを判定し、判定書を保存してください。",
            score=0.9,
        ),
    ]
    question = "該当品の分析装置を展示会で見せるだけで、販売はしない予定です。許可はいりますか"
    chosen = pick_sentences(passages, question, "what", "ja", n=1, terms=rule_terms(question))
    assert chosen and "無償特例" in chosen[0].text


def test_a_question_of_any_item_pulls_what_the_rule_cannot_be_used_for() -> None:
    bonus = scope_bonus("その特例はどの貨物でも使えるのですか？")
    assert bonus("別表第1の1の項(武器)の貨物には特例は使えません。") > 0
    assert bonus("特例を使った根拠は記録して保存してください。") == 0
    assert scope_bonus("Can the exception be used for any goods?")("It is not available for arms.")
    assert scope_bonus("許可申請の窓口はどこ？")("武器には特例は使えません。") == 0


def _summary(text: str, market: str, product: str, categories: list[str], conditions: list[str]):  # type: ignore[no-untyped-def]
    q = Question(
        text=text,
        language="ja",
        destinations=[market],
        product=product,
        phrase=product,
        categories=categories,
        conditions=conditions,
        intent="checklist",
        explicit_list=True,
    )
    places = jurisdictions_for(market)
    per_market = {market: applicable(LIBRARY.cards, q, places)}
    retrieved = Retrieved(places, query=text, categories=categories)
    composed = overview.compose_overview(q, per_market, retrieved, None, lambda c, r: None)
    return composed.lines[1:-1]


def test_a_german_appliance_summary_leads_with_its_own_mark() -> None:
    lines = _summary(
        "ドイツのカフェにコーヒーメーカーを卸します。必要なことを全部教えて",
        "DE",
        "コーヒーメーカー",
        ["electronics", "household", "food_contact"],
        ["mains_powered", "food_contact"],
    )
    assert any("CE" in line for line in lines[:2]), lines


def test_every_listed_rule_says_when_it_is_due() -> None:
    lines = _summary(
        "韓国の百貨店に味噌を出したい。チェックリストをください",
        "KR",
        "味噌",
        ["food"],
        [],
    )
    facility = [line for line in lines if "海外製造業所" in line]
    assert facility and "7日" in facility[0], lines


@pytest.mark.parametrize(
    ("goods", "expected"),
    [
        ({"電気炊飯器"}, True),
        ({"炊飯器"}, True),
        ({"rice cooker"}, True),
        ({"乾燥機"}, False),
        ({"pressure cooker"}, False),
    ],
)
def test_the_chat_and_the_checklist_share_the_named_goods_rule(
    goods: set[str], expected: bool
) -> None:
    card = next(c for c in LIBRARY.cards if c.id == "kr-energy-efficiency-grade-label")
    places = jurisdictions_for("KR")
    product = ProductProfile(categories=["electronics"])
    assert named_goods_apply(card, places, product, goods) is expected
    name = next(iter(goods))
    assert names_goods(card, places, product.model_copy(update={"description": name})) is expected


def test_the_chat_card_choice_uses_the_whole_term_rule() -> None:
    card = next(c for c in LIBRARY.cards if c.id == "kr-energy-efficiency-grade-label")
    places = jurisdictions_for("KR")
    for text, product, expected in [
        ("韓国に家庭用の電気炊飯器を輸出します。表示は？", "電気炊飯器", True),
        ("韓国に炊飯器を輸出します。表示は？", "炊飯器", True),
        ("韓国に圧力鍋を輸出します。表示は？", "圧力鍋", False),
    ]:
        q = Question(
            text=text,
            language="ja",
            destinations=["KR"],
            product=product,
            phrase=product,
            categories=["electronics"],
        )
        assert _applies(card, q, places) is expected, text


def test_a_connective_before_a_list_reads_on_without_a_label_colon() -> None:
    from export_assist.answering.units import units

    text = "特例があります。ただし、\n\n- **武器の貨物には特例は使えません**(ただし書)。\n- 金額基準は品目によって異なります。\n"
    found = [u for u in units(text) if "武器" in u]
    assert found and "：" not in found[0] and found[0].startswith("ただし、武器"), found
