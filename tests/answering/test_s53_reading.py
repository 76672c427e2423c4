"""Session-53 readings (issue 9): what tuning test49 and escalation_dev47 showed the engine
misread, each checked here in new words. An English sentence that points back ("fresh ones",
"loin cuts") joins the goods named before, and what the exporter will ship is the goods, not
the shipping; how a shipment travels and is cushioned names no goods; a fish's flesh is no
land animal's meat and its fillets are no whole fish; a franchise, an old invoice's unpaid debt
and a payment service's merchant fee are matters no document answers (and the invoice issued
long ago is no document to draft); a notification to the government in Japan and the books an
exporter keeps for customs are Japan's side; a tax levied at the wholesale stage is no tariff;
a procedure in an authority's system before trading starts is a registration; a question that
asks whether something said holds is yes or no; what is said of "our goods" is no goods; the
jars buyers would carry are no goods; and everyday words name the sentence that answers: a
filing taken for a seal of approval is none, a company without a local entity is a foreign
company, a chamber's registration is made at each chamber, a business's books are kept so long,
and an inspection may cost nothing; Japan's procedure named by its name (CITES) is the topic
its card answers, whatever the goods' words."""

from __future__ import annotations

import pytest

from export_assist.agent.routes import handled_goods
from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.card_topic import on_topic
from export_assist.answering.compose import Composed
from export_assist.answering.everyday import rule_terms
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.hs import hs_answer, hs_query
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.phrase import product_phrase
from export_assist.answering.qtypes import question_type
from export_assist.answering.understand import understand
from export_assist.compliance.hs.fish import meat_ranks
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.shipment import drop_trip
from export_assist.compliance.hs.table import packaged_table
from export_assist.domain.compliance import AppliesTo, RequirementCard
from tests.compliance.hs_words_only import codes, words_only_suggester

COVERED = frozenset({"TH", "VN", "DE", "EU", "FR", "US", "KR", "MY", "IN", "SG", "GB", "TW", "AU"})


def advice_groups(said: str) -> list[str]:
    return advice_kinds(understand(said, COVERED))


def test_an_english_sentence_that_points_back_joins_the_goods_named_before() -> None:
    said = (
        "We grow Fuji apples in Aomori. A grocer in Bangkok wants crisp ones by sea, "
        "wrapped in foam sleeves. What HS code should we use?"
    )
    assert hs_product(said).startswith("We grow Fuji apples in Aomori")
    assert codes(hs_product(said), 1) == ["080810"]
    # what the exporter raises is the goods, and its cuts shipped later are of it
    said = (
        "We are a farm in Ehime raising red sea bream. We will ship frozen fillets to a "
        "restaurant group in Seoul. What is the 6-digit HS code?"
    )
    assert hs_product(said) == "red sea bream frozen fillets"
    # what the exporter will ship is the goods, not the shipping nor the party
    said = "We will ship 300 cast-iron trivets to a kitchen shop in Lyon. What is the HS code?"
    assert hs_product(said) == "300 cast-iron trivets"


def test_how_a_shipment_travels_and_is_cushioned_names_no_goods() -> None:
    assert drop_trip("fresh peaches sent by air, packed in foam nets") == "fresh peaches,"
    assert drop_trip("scallops frozen in vacuum packs") == "scallops frozen"
    assert drop_trip("ぶりの切り身を真空パックで冷凍") == "ぶりの切り身を 冷凍"
    # goods that are themselves a packing keep their words
    assert drop_trip("真空パック器") == "真空パック器"
    assert drop_trip("vacuum storage bags") == "vacuum storage bags"
    assert codes("fresh peaches by air, packed in foam nets", 1) == ["080930"]


def test_a_fishs_flesh_is_no_land_animals_meat_and_its_fillets_no_whole_fish() -> None:
    assert codes("skinless yellowtail loins, raw and deep-frozen", 1) == ["030489"]
    assert codes("fresh tuna fillets", 1) == ["030449"]
    # the whole fish asked stays whole
    assert codes("fresh tuna", 1)[0].startswith("0302")
    own = ["Meat; of bovine animals, boneless cuts, frozen", "Fish fillets; frozen, n.e.c."]
    assert meat_ranks(["020230", "030489"], own, "frozen fish loins") == [1, 0]
    # a land animal named keeps its meat
    assert meat_ranks(["020230", "030489"], own, "frozen beef and fish loins") == [0, 0]


@pytest.mark.parametrize(
    ("said", "group"),
    [
        (
            "大阪で串カツ店を3店舗やっています。バンコクの会社がうちの看板でフランチャイズ展開したいそうです。"
            "タイで加盟金を受け取るには何か届け出が必要ですか？",
            "company_setup",
        ),
        (
            "京都で扇子を作っています。ハノイの卸に納めた扇子の代金が3年前から払われていません。"
            "ベトナムでは売掛金を請求できる期限はありますか？",
            "disputes",
        ),
        (
            "神戸でコーヒー豆を焙煎しています。シンガポールの通販でPayNowを使うときの加盟店手数料は"
            "いくらですか？",
            "costs",
        ),
    ],
)
def test_a_franchise_an_old_debt_and_a_merchant_fee_are_handed_off(said: str, group: str) -> None:
    assert group in advice_groups(said)


def test_a_merchant_fee_is_no_franchise() -> None:
    said = "マレーシアでGrabPayの加盟店手数料はいくらですか？"
    assert "company_setup" not in advice_groups(said)


def test_an_invoice_issued_long_ago_is_no_document_to_draft() -> None:
    said = "請求書を送ってから1年たちますが、ドイツの取引先が払いません。請求書を出してから何年で時効ですか？"
    assert understand(said, COVERED).intent != "documents"
    assert understand("請求書を出してください。品名は煎茶、50箱。", COVERED).intent == "documents"


def test_a_notification_in_japan_and_an_exporters_books_are_japans_side() -> None:
    said = (
        "We make rice crackers in Niigata for a shop in Seoul. Someone said shipping rice "
        "needs a notification to the government in Japan. Is that true for crackers?"
    )
    assert understand(said, COVERED).japan_side
    said = (
        "We export green tea to Hamburg every month. Our accountant says exporters must keep "
        "records of every shipment for customs. Is our usual invoice file enough?"
    )
    q = understand(said, COVERED)
    assert q.japan_side and "record_keeping" in q.topics


def test_a_tax_at_the_wholesale_stage_is_no_tariff() -> None:
    assert not asks_duty("ワインには卸売の段階で別の税がかかるそうです。その税率はいくらですか？")
    assert not asks_duty("焼酎の酒税の税率は？")
    assert asks_duty("日本酒の関税率は何％ですか？")


def test_a_procedure_in_a_system_before_trading_is_a_registration() -> None:
    said = "台湾でお菓子を輸入する会社は、営業を始める前に役所のシステムで何か手続きが要りますか？"
    assert "registration" in understand(said, COVERED).topics


def test_a_question_whether_something_said_holds_is_yes_or_no() -> None:
    assert question_type("届け出たら、当局が中身を確認したということになるんですか？") == "yes_no"
    assert question_type("Does that mean the ministry approved our recipe?") == "yes_no"
    assert question_type("当局はどこですか？") == "who"


def test_what_is_said_of_our_goods_is_no_goods() -> None:
    assert product_phrase("当局がうちの製品の成分や品質を確認してくれますか？") == ""
    assert product_phrase("乾燥わかめの成分を確認してくれますか？") != ""


def test_a_filing_taken_for_a_seal_of_approval_names_the_sentence_that_says_it_is_none() -> None:
    said = "届出をしたら、国のお墨付きをもらったことになりますか？"
    assert "承認ではなく" in rule_terms(said)
    assert "not an approval" in rule_terms("Does the notification mean a seal of approval?")


def test_a_packing_named_as_what_buyers_carry_is_no_goods() -> None:
    said = (
        "We make umeboshi in Wakayama. Please find importers in Germany who could stock our jars."
    )
    q = understand(said, COVERED)
    assert handled_goods(q).phrase == q.phrase
    said = "Please find shops in France that would carry our lacquered chopsticks."
    assert handled_goods(understand(said, COVERED)).phrase == "lacquered chopsticks"


@pytest.mark.parametrize(
    ("said", "term"),
    [
        # no company of one's own there: the rules for a foreign company
        ("当社は日本の会社で、カナダに法人はありません。登録に何か番号は要りますか？", "海外企業"),
        # a registration made at one chamber, used at another: each registers separately
        (
            "名古屋で貿易登録しています。岐阜の商工会議所でもその登録をそのまま使えますか？",
            "商工会議所ごとに別々",
        ),
        # the books a business keeps: the sentence saying which and how long
        ("お茶の卸売りを始めます。帳簿の決まりはありますか？", "帳簿を備え"),
        # whether a step is paid for at all
        ("Is there a fee for the export inspection of our cut flowers?", "no fee is needed"),
    ],
)
def test_everyday_words_name_the_sentence_that_answers(said: str, term: str) -> None:
    assert term in rule_terms(said)


def cites_card(topic: str) -> RequirementCard:
    return RequirementCard(
        id="jp-cites",
        markets=["ALL"],
        topic=topic,
        title="METI export approval and CITES permit for listed species",
        requirement="A requirement.",
        applies_to=AppliesTo(),
        severity="mandatory",
        evidence=["jp-cites-export"],
    )


def test_japans_procedure_named_by_its_name_is_the_topic_its_card_answers() -> None:
    said = "ワニ革の時計ベルトを香港に出します。日本で受け取るCITESの書類は、国産の革と同じですか？"
    q = understand(said, COVERED)
    assert q.japan_side and "restricted" not in q.topics
    assert on_topic(q, Composed(cards=[cites_card("restricted")]))
    # an acronym inside another word names nothing (METI in "cosmetics")
    q = understand("Which Japanese office checks cosmetics before export?", COVERED)
    card = cites_card("restricted").model_copy(update={"title": "METI approval"})
    assert not on_topic(q, Composed(cards=[card]))


def test_a_cut_named_alone_in_japanese_joins_the_fish_farmed_before() -> None:
    said = "愛媛で真鯛を養殖しています。皮なしのフィレを冷凍して、香港の卸に出します。HSコードは？"
    assert hs_product(said).startswith("真鯛 ")
    # the fish named beside the cut needs nothing from before
    assert hs_product("鮭のフィレを冷凍して出します。HSコードは？") == "鮭のフィレを冷凍して"


def test_fillets_of_a_fish_the_nomenclature_does_not_name_are_the_catch_all() -> None:
    assert codes("かんぱち 皮なしのロイン 冷凍", 1) == ["030489"]
    # a species it names keeps its own subheading, and fillets asked are no "meat excluding fillets"
    assert codes("frozen salmon fillets", 1) == ["030481"]


def test_fresh_fruit_is_no_drink_made_of_it() -> None:
    assert codes("fresh grapes", 1) == ["080610"]
    # a drink named keeps its chapter
    assert codes("fresh grape juice", 1)[0].startswith("2009")


def test_codes_told_apart_by_the_same_words_are_one_option() -> None:
    table, said = packaged_table(), "南部鉄器の鍋"
    found = clarifying_question(from_text(said), words_only_suggester().suggest(said, 5), table)
    assert found is not None
    options = [part.split("：")[1] for part in found.question_ja.split("（", 1)[1].split("／")]
    assert len(options) == len(set(options)) >= 2
    # fillets said in the cut's own word are not asked again
    said = "かんぱち 皮なしのロイン 冷凍"
    found = clarifying_question(from_text(said), words_only_suggester().suggest(said, 5), table)
    assert found is None or "フィレ／" not in found.question_ja


def test_food_is_asked_its_state_not_its_material() -> None:
    said = "大分の干し椎茸（どんこ、丸のまま乾燥）のHSコードは？"
    q = understand(said, COVERED)
    found = words_only_suggester().suggest(hs_query(q), 5)
    text, asks = hs_answer(q, found)
    assert asks and "状態" in text and "素材" not in text
