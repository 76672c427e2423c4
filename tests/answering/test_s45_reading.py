"""Session 45 (issue 9): the card choice's weights in one table (card_weights.py), each
card's score its weighted features; the EU's second cities point to their market; and
eval/card_fit.py's replay of the card choice."""

from __future__ import annotations

import sys

import pytest

from export_assist.answering import cardpick, goods
from export_assist.answering.card_weights import WEIGHTS
from export_assist.answering.catalog import DocProfile
from export_assist.answering.coverage import content_terms, coverage
from export_assist.answering.evidence_text import Evidence
from export_assist.answering.japan_side import japan_side
from export_assist.answering.places import find_places
from export_assist.answering.rerank import DocScore
from export_assist.answering.understand import understand
from export_assist.answering.words import asked_topics
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.product_head import main_name
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "eval"))
import card_fit

COVERED = frozenset("US EU DE FR GB NL CN KR TW HK SG VN AU JP IN TH INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def test_a_cards_score_is_its_features_weighted_by_the_one_table() -> None:
    card = CARDS.current().by_id()["hk-food-importer-registration"]
    q = understand("香港に焼き菓子を卸したい。輸入者の登録は要りますか？", COVERED)
    found = cardpick.card_features(card, q, q.text, {"hk-food-import-cfs": 0})
    assert set(found) <= set(WEIGHTS)
    assert found["market"] == 1.0 and found["rank"] == 1.0
    assert cardpick.score_card(card, q, q.text, {"hk-food-import-cfs": 0}) == pytest.approx(
        sum(WEIGHTS[k] * v for k, v in found.items())
    )
    # a Japan-side question: no credit for the foreign card, Japan's own gains
    japan = q.with_(japan_side=True)
    assert cardpick.card_features(card, japan, "", {})["japan_own"] == 0.0
    jp = CARDS.current().by_id()["jp-ata-carnet"]
    assert cardpick.card_features(jp, japan, "", {})["japan_own"] == 1.0


@pytest.mark.parametrize(
    ("text", "market"),
    [
        ("バルセロナで3か月だけポップアップストアを開きたい", "ES"),
        ("Our buyer in Ghent wants tenugui", "BE"),
        ("ニュルンベルクの見本市に出します", "DE"),
        ("ベネチアのギャラリーに漆器を", "IT"),
        ("ハリファックスの輸入者", "CA"),
    ],
)
def test_the_eus_second_cities_name_their_market(text: str, market: str) -> None:
    assert [m.code for m in find_places(text)] == [market]


@pytest.mark.parametrize(
    "text", ["ナポリタンの冷凍食品", "マルセイユ石鹸を作っています", "バレンシアオレンジ"]
)
def test_goods_named_after_a_city_name_no_market(text: str) -> None:
    assert find_places(text) == []


def _row(case_id: str, cards: list[tuple[dict[str, float], bool]]) -> dict[str, object]:
    return {
        "id": case_id,
        "calls": [
            {
                "chosen": [],
                "cards": [
                    {"id": f"c{i}", "f": f, "facts": [ok]} for i, (f, ok) in enumerate(cards)
                ],
            }
        ],
    }


def test_the_fit_replays_the_choice_and_moves_a_weight_that_helps() -> None:
    # the card with the fact is on the topic; the other is ranked first by retrieval
    rows = [
        _row(f"qa{n}-t001", [({"topic": 1.0, "rank": 0.5}, True), ({"rank": 1.0}, False)])
        for n in (2, 4)
    ]
    low = dict(WEIGHTS, topic=0.8)
    assert card_fit.right(rows, low) == 0.0
    assert card_fit.right(rows, card_fit.ascend(rows, low)) == 1.0
    # no card reaches the lead score: none is first
    assert card_fit.first(rows[0]["calls"][0], {k: 0.0 for k in WEIGHTS}) is None  # type: ignore[index]
    assert card_fit.pool("qa42-t001") == 42 and card_fit.pool("dev-001") is None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # who runs the buyer, what the exporter is, how much of the goods, which season
        ("バンクーバーの日本料理店のオーナーから純米吟醸を", {"オーナー"}),
        ("We're a small shochu distillery in Miyazaki", {"distillery"}),
        ("一部の商品はショートニングを使っています", {"一部"}),
        # a compound of frame words alone (輸入 + 商社)
        ("輸入商社が来季から扱います", {"輸入商社", "来季"}),
    ],
)
def test_the_scene_around_a_question_is_no_topic(text: str, gone: set[str]) -> None:
    assert not gone & set(content_terms(text))


def test_what_describes_covered_goods_is_covered_with_them() -> None:
    # 「馬油のハンドクリーム」 and 「クリームのほうは」: the hand cream is the goods
    cream = "馬油のハンドクリームも扱いたい。クリームのほうは、マレーシアで何か手続きが要りますか？"
    evidence = Evidence(["化粧品は販売前にNPRAに届け出ます。"], [frozenset({"cosmetics"})])
    found = coverage(
        cream, evidence, None, lambda w: ("cosmetics",) if w == "ハンドクリーム" else ()
    )
    assert found.missing == []
    # ... but not a word that is neither part of them nor said of them
    other = coverage(
        "ハンドクリームと請求書",
        evidence,
        None,
        lambda w: ("cosmetics",) if w == "ハンドクリーム" else (),
    )
    assert other.missing == ["請求書"]


@pytest.mark.parametrize(
    ("text", "japan"),
    [
        ("お米を輸出するときは届出が要ると聞いたのですが、うちの商品も対象になりますか？", True),
        ("米の出荷・販売の届出は、年間どれくらいの量から必要ですか？", True),
        ("日本から米を出すときに何か届け出が要りますか？", True),
        # the United States, North America and the FDA's prior notice are not Japan's
        ("米国FDAへの届出は必要ですか", False),
        ("アメリカにお米を出すとき、FDAへの事前通知は？", False),
        ("北米の輸入者に届け出を", False),
    ],
)
def test_a_rice_notification_is_japans_side(text: str, japan: bool) -> None:
    assert japan_side(text, []) is japan


def test_how_the_goods_travel_is_not_their_name() -> None:
    # "fresh yuzu fruit flown in": the fruit, fresh produce (the plant inspection's goods)
    assert main_name("fresh yuzu fruit flown") == "fresh yuzu fruit"
    assert main_name("frozen scallops shipped") == "frozen scallops"
    q = understand(
        "A restaurant in Barcelona wants fresh yuzu fruit flown in every winter.", COVERED
    )
    assert "contains_plant_material" in q.conditions


def test_goods_said_to_be_on_the_control_list_turn_on_the_list_control() -> None:
    q = understand(
        "うちのレンズの一部がリスト規制に『該当』と判定されました。イギリスに出します。", COVERED
    )
    assert "dual_use_possible" in q.conditions
    assert "dual_use_possible" in understand("Is this a dual-use item?", COVERED).conditions


def test_pesticides_registered_at_home_ask_about_residues_not_registration() -> None:
    said = "農薬は日本で登録されたものを、日本の使用基準どおりに使っています。台湾でも問題ない？"
    assert "registration" not in asked_topics(said)
    assert asked_topics("We only use pesticides registered in Japan. Enough for Taiwan?") == [
        "food_safety"
    ]
    # a registration asked beside them stays
    assert "registration" in asked_topics("台湾で食品業者の登録は必要？農薬も気になります")


def test_a_shop_named_by_its_goods_is_where_other_goods_go() -> None:
    said = "つげの木を彫ってはんこを作っています。アムステルダムの文房具店が名入れのはんこを扱いたいそうです。"
    assert understand(said, COVERED).product == "はんこ"
    # ... and the shop's goods are the goods when it names no others
    assert understand("台湾の文具店に卸したい", COVERED).product == "文具"


def test_how_long_a_paper_stays_usable_is_its_validity() -> None:
    from export_assist.answering.everyday import corpus_words

    assert "有効期間" in corpus_words("一度出してもらった証明書は、いつまで使えますか？")
    # rice flour is the processed rice the rice export notification leaves out
    assert "米加工品" in corpus_words("お米を輸出するときの届出は、米粉にも要りますか？")


def test_a_card_kept_to_household_goods_answers_a_kitchen_knife() -> None:
    said = "カナダのネットショップで家庭用の包丁を売り始めました。お客さんがけがをしたら、役所に知らせる決まりは？"
    q = understand(said, COVERED)
    docs = [DocScore(DocProfile("ca-consumer-product-safety-ccpsa", "t", "CA", "ja", [], []), 3.0)]
    wanted = goods.wanted(q.categories, q.phrase or q.product, q.conditions)
    picked = cardpick.pick_cards(CARDS.cards, q, ["CA", "INTL"], said, docs, wanted=wanted)
    assert [c.id for c in picked] == ["ca-ccpsa-records-incident-reporting"]
