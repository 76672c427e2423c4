"""Session-60 readings (issue 9): what tuning test56 and escalation_dev54 showed the engine
misread, each checked here in new words. A short question after a rule the asker heard of asks
about that rule; goods compared with a competitor's in an advert are no two checklists, and our
own goods introduced by others are no buyer search; what the goods are not, said before what they
are, is not the goods (and 抽出 ships nothing); quantities by tax-rate category and whether a limit
is set ask no figure; a step's prerequisite is its own question after a checklist; a which-question's
kind belongs among the quotes; Japanese meat words carry the meat condition; joined product words
set no category aside; a sentence naming animal products beside plants speaks to them; other
markets' currencies are amounts."""

from __future__ import annotations

from export_assist.agent.compare import sides
from export_assist.answering.asked_facts import FACTS
from export_assist.answering.asked_kind import asked_kind
from export_assist.answering.asked_part import asked_part, with_premise
from export_assist.answering.asks import intent_of
from export_assist.answering.confidence import thin_premise
from export_assist.answering.coverage import Coverage
from export_assist.answering.everyday import rule_terms
from export_assist.answering.goods import kinds, other_kind, own_categories
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.pointing import own_after_list
from export_assist.answering.qtypes import question_type
from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand
from export_assist.compliance.profile import ProfileBuilder

COVERED = frozenset({"US", "GB", "SG", "TW", "ES", "FR", "MY", "CA", "JP", "INTL"})


def test_a_short_question_asks_about_the_rule_heard_of_before_it() -> None:
    said = (
        "大阪で刃物を作っています。台湾に販売会社を作ります。"
        "台湾では外資の会社は投資審議会の許可が要ると聞きました。いつまでに申請しますか？"
    )
    assert asked_part(said) == "いつまでに申請しますか?"
    assert with_premise(said).startswith("台湾では外資の会社は投資審議会の許可が要ると聞きました")
    # a scene before the question is no rule heard of: the question is judged alone
    assert with_premise("大阪で刃物を作っています。台湾に出します。いつまでに申請しますか？") == ""
    # ... nor is a message of one scene and its question
    assert with_premise("許可が要ると聞きました。いつまでに申請しますか？") == ""


def test_a_heard_rule_is_thin_when_the_evidence_misses_most_of_its_words() -> None:
    def found(share: float, missing: int) -> Coverage:
        terms = [f"t{i}" for i in range(5)]
        return Coverage(share, terms, terms[:missing], False, [])

    assert thin_premise(found(0.4, 3))
    assert not thin_premise(found(0.6, 2))
    assert not thin_premise(found(0.4, 1))  # one unknown word is a synonym more often


def test_goods_compared_with_a_rivals_in_an_advert_are_no_two_checklists() -> None:
    said = "パリの代理店が、他社のタオルと吸水性を比べる広告を出したいそうです。フランスで許されますか？"
    assert sides(understand(said, COVERED)) is None
    # two markets' rules compared are still compared
    assert sides(understand("アメリカとカナダで抹茶の規制を比較してください", COVERED)) is not None


def test_our_goods_introduced_by_others_are_no_buyer_search() -> None:
    said = "シンガポールの雑誌に当社のお茶を紹介してもらう予定です。広告の規制はありますか？"
    assert intent_of(said, []) != "buyers"
    assert intent_of("シンガポールで緑茶を扱う輸入業者を紹介してください", []) == "buyers"


def test_what_the_goods_are_not_said_before_what_they_are_is_not_the_goods() -> None:
    said = (
        "鹿児島で茶を加工しています。ほうじ茶を煮出した液を凍結乾燥した粉末を輸出します。"
        "茶葉を挽いた粉ではなく、液を乾かしたものです。HSコードは？"
    )
    named = hs_product(said)
    assert "液を乾かしたもの" in named and not named.startswith("茶葉")
    # 抽出 (extraction) ships nothing: the goods are not what is extracted from
    assert hs_product("昆布を煮て抽出した液体調味料を輸出します。HSコードは？") != "昆布"


def test_quantities_by_tax_rate_category_and_a_limit_set_ask_no_figure() -> None:
    assert question_type("In which return do we enter the quantities by tax-rate category?") != (
        "how_much"
    )
    assert question_type("加工品そのものに上限は設定されているのですか？") != "number"
    assert question_type("その上限はいくつですか？") == "number"


def test_a_steps_prerequisite_is_a_question_of_its_own_after_a_checklist() -> None:
    said = "韓国側で通関を申告する前に、何を終えておく必要がありますか？"
    q = understand(said, COVERED | {"KR"})
    assert own_after_list(q)
    assert not own_after_list(understand("ほかには？", COVERED))


def test_a_which_question_wants_a_sentence_naming_its_kind() -> None:
    names = asked_kind("認証機関を探したいのですが、どのデータベースを見ればいいですか？")
    assert names is not None and names("NBはNANDOデータベースで検索できます。")
    english = asked_kind("Which portal do we file the notification in?")
    assert english is not None and english("Notifications are filed in the e-Portal portals.")
    # a body or a law is answered by its name, not by the word 機関
    assert asked_kind("どの機関に申請しますか？") is None


def test_japanese_meat_words_carry_the_meat_condition() -> None:
    build = ProfileBuilder().build
    for said in ("冷凍の豚肉", "和牛の切り落とし", "鶏肉の加工品"):
        assert "contains_meat" in build(said, None).conditions, said


def test_sake_lees_are_no_sake_and_saws_are_goods() -> None:
    build = ProfileBuilder().build
    assert "alcohol" not in build("sake-lees soap", None).categories
    said = "Invoice please: hand saws for pruning, 300 pieces, USD 12 each, FOB Osaka, unit price USD 12"
    draft = extract(said, understand(said, COVERED))
    assert "saw" in draft.fields["product"]


def test_product_words_joined_by_the_reader_set_no_category_aside() -> None:
    cats = ["food", "cosmetics"]
    # "cosmetic yuzu" is not said: two products' words joined, each a product of its own
    assert own_categories(cats, "cosmetic yuzu", "a cosmetics maker using yuzu peel") == cats
    # "wine fridge" is said: the wine is its use, not its kind
    assert own_categories(["alcohol", "electronics"], "wine fridge", "a wine fridge") == [
        "electronics"
    ]


def test_a_sentence_naming_animal_products_beside_plants_speaks_to_them() -> None:
    sentence = "植物の製品は2014年から、畜産物は2020年から対象です。"
    assert not other_kind(sentence, "", kinds(["food", "dairy"]))


def test_other_markets_currencies_are_amounts() -> None:
    for said in ("手数料は1件300リンギットです。", "The fee is 1,500 baht.", "It costs RM 80."):
        assert FACTS["how_much"].search(said), said
    assert not FACTS["how_much"].search("Net weight in pounds and ounces.")


def test_applying_electronically_is_the_corpus_electronic_filing() -> None:
    assert "NACCS" in rule_terms("検査の申請書を紙で出す代わりに、電子的に申請できますか？")


def test_an_invoice_drawn_up_is_a_document_request() -> None:
    said = "Please draw up an invoice: cedar chopstick rests, 900 pieces, USD 2 each, FOB Nagoya."
    assert understand(said, COVERED).intent == "documents"
    # the invoice's rules asked are no request for one
    assert (
        understand("What must a commercial invoice for Canada show?", COVERED).intent != "documents"
    )
