"""Session-10 answer choice without an index: an export request that asks one fact gets that
fact, not the checklist overview; a first document far ahead of the second gives the card;
a card for a condition the question states is on its topic and leads; a Japanese question
meets a card's Japanese requirement; two cards that tie are both shown; the overview's first
rule names its authority and legal basis; milk and beef rules are no scallop rules."""

from __future__ import annotations

from export_assist.answering import goods
from export_assist.answering.cardpick import pick_cards
from export_assist.answering.catalog import DocProfile
from export_assist.answering.overview import _basis
from export_assist.answering.overview import wants_overview as _wants_overview
from export_assist.answering.rerank import DocScore
from export_assist.answering.understand import understand
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB NL CN KR TW HK SG VN AU JP IN TH INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def _card(card_id: str):  # type: ignore[no-untyped-def]
    return CARDS.current().by_id()[card_id]


def _docs(*ranked: tuple[str, str, float]) -> list[DocScore]:
    return [DocScore(DocProfile(d, d, country, "ja", [], []), score=s) for d, country, s in ranked]


def test_an_export_request_asking_one_fact_is_no_overview() -> None:
    shelf = understand(
        "お茶漬けの素をインドに輸出したい。賞味期限は何か月残っていればいい？", COVERED
    )
    assert shelf.intent == "checklist" and shelf.qtype == "when"
    assert not _wants_overview(shelf)
    plain = understand("醤油をタイに輸出したい", COVERED)
    assert plain.intent == "checklist" and _wants_overview(plain)
    listed = understand("醤油をタイに輸出したい。必要な手続きを全部教えて", COVERED)
    assert _wants_overview(listed)


def test_a_first_document_far_ahead_gives_the_card() -> None:
    q = understand(
        "A Singapore shop wants to sell our travel plug adapters. Is there a safety "
        "registration for those in Singapore?",
        COVERED,
    )
    places = ["SG", "INTL"]
    far = _docs(("sg-safety-mark-imda-radio", "SG", 4.55), ("sg-cosmetics-hsa", "SG", 3.49))
    # the plug adapter's own document has no card for it: no cosmetics card opens instead
    assert not any(
        c.id.startswith("sg-hsa") for c in pick_cards(CARDS.cards, q, places, q.text, far)
    )
    near = _docs(("sg-safety-mark-imda-radio", "SG", 3.6), ("sg-cosmetics-hsa", "SG", 3.49))
    assert any(c.id.startswith("sg-hsa") for c in pick_cards(CARDS.cards, q, places, q.text, near))


def test_a_card_for_a_stated_condition_is_on_topic_and_leads() -> None:
    q = understand(
        "プラスチックの子ども用水筒をフランスの雑貨店に卸したい。向こうのバイヤーから、"
        "プラスチックだから書類を出してくれって言われた。何のこと？",
        COVERED,
    )
    assert "food_contact" in q.conditions and q.topics == ["trade_documents"]
    docs = _docs(
        ("eu-food-contact-materials", "EU", 3.87),
        ("eu-customs-import", "EU", 3.57),
        ("intl-trade-documents", "INTL", 3.51),
    )
    picked = pick_cards(CARDS.cards, q, ["FR", "EU", "INTL"], q.text, docs)
    assert picked[0].id == "eu-fcm-compliance", [c.id for c in picked]


def test_a_japanese_question_meets_the_cards_japanese_requirement() -> None:
    q = understand(
        "乾麺のラーメンをバンコクのスーパーに出す。タイで売るには番号みたいなのが要るって聞いた。",
        COVERED,
    )
    docs = _docs(
        ("th-food-import-registration-labelling", "TH", 4.15), ("th-customs-origin", "TH", 3.09)
    )
    picked = [c.id for c in pick_cards(CARDS.cards, q, ["TH", "INTL"], q.text, docs)]
    # 「番号」 is in the registration card's Japanese requirement (13桁の食品シリアル番号)
    assert picked[0] == "th-food-product-registration", picked
    assert len(picked) <= 2


def test_the_overviews_first_rule_names_its_authority_and_law() -> None:
    card = _card("eu-toy-safety-ce")
    ja = _basis(card, "ja", None)
    assert "根拠: 指令2009/48/EC" in ja and "所管: " in ja and ja.startswith("(")
    en = _basis(card, "en", None)
    # the first law only; the lead time follows it
    law = en.split("legal basis")[1].split("; deadline / lead time")[0]
    assert "legal basis: Directive 2009/48/EC" in en and ";" not in law


def test_milk_and_beef_rules_are_no_scallop_rules() -> None:
    scallops = goods.wanted(["seafood", "food"], "冷凍ホタテ（ボイル）", [])
    milk = (
        "香港に輸入する乳と乳飲料には、牛乳規則(Cap. 132AQ)による許可と適切な衛生証明書が必要です。"
    )
    beef = (
        "香港に輸出する日本産の牛肉、豚肉、家禽肉には、農林水産省を通じて発行される日本の"
        "輸出証明書と、適格なと畜場・加工施設が必要です。"
    )
    fish = "香港では一般的な水産物の多くは法律上衛生証明書が不要ですが、証明書の添付が強く推奨されます。"
    assert goods.other_kind(milk, "", scallops)
    assert goods.other_kind(beef, "", scallops)  # 農林水産省 names no fishery product
    assert not goods.other_kind(fish, "", scallops)
    # milk chocolate is dairy too; milk among allergens is no milk rule
    assert not goods.other_kind(milk, "", goods.wanted(["food"], "ミルクチョコ", []))
    assert not goods.other_kind(milk, "", goods.wanted(["food"], "クッキー", ["contains_dairy"]))
    allergens = (
        "Labels must declare the major allergens: milk, eggs, fish, shellfish, tree nuts, "
        "peanuts, wheat, soybeans and sesame."
    )
    assert not goods.other_kind(allergens, "", goods.wanted(["food"], "soy sauce", []))


def test_two_cards_of_the_first_document_that_score_close_are_both_shown() -> None:
    q = understand(
        "Our printed cotton tenugui go to a US museum shop. Does each piece itself need to "
        "show where it was made, or is a marking on the carton enough?",
        COVERED,
    )
    docs = _docs(
        ("us-textile-labelling-origin-marking", "US", 5.1),
        ("us-prop65-california", "US", 2.92),
    )
    picked = [c.id for c in pick_cards(CARDS.cards, q, ["US", "INTL"], q.text, docs)]
    # the fibre label and the origin mark: the question may ask either
    assert sorted(picked) == ["us-country-of-origin-marking", "us-textile-fiber-labelling"], picked
