"""Session 46 (issue 9): readings found on test42 and escalation_dev40 once they joined tuning.
Each test names the everyday question that showed the defect."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.answering.asked_side import onward
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.preference import claims_preference
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice

SLICE = [
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-alcohol-export.md",
    "th/customs-origin.md",
    "th/tisi-nbtc.md",
    "jp/jp-non-preferential-certificate-of-origin.md",
    "jp/jp-epa-jcci-certificate-of-origin.md",
    "jp/jp-epa-self-certification.md",
    "uk/uk-japan-cepa-origin.md",
    "uk/uk-knives-bladed-articles.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "tw/customs-tariff-alcohol.md",
]
COVERED = frozenset("US EU DE FR GB CN KR TW HK SG VN AU IN TH ID MY PH AE CA".split())


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s46")), SLICE)
    yield built.answer_engine
    built.close()


def test_an_english_hs_request_whose_scene_leads_in_names_the_goods_after_it() -> None:
    # test42 t012 classified radio transmitters: the shipment was read as the goods
    said = (
        "We're an Arita kiln in Saga. For our shipment to a Sydney restaurant, what 6-digit HS "
        "code should go on the invoice for our porcelain dinner plates and rice bowls?"
    )
    assert hs_product(said) == "porcelain dinner plates and rice bowls"
    asked = "A Los Angeles importer has asked for the 6-digit HS code for our dried mushrooms."
    assert hs_product(asked) == "dried mushrooms"


def test_the_party_or_a_pointer_after_the_request_is_no_goods() -> None:
    said = (
        "We make brush pens in Nara, filled with black ink. A stationery chain in California "
        "wants the HS code for the pens themselves."
    )
    assert "pens" in hs_product(said) and "themselves" not in hs_product(said)
    found = hs_product("We make yuzu jam. What HS code applies for our London importer?")
    assert "yuzu jam" in found and "importer" not in found


def test_goods_passed_on_in_everyday_words_go_onward() -> None:
    # test42 t020 and escalation_dev40 d016 told the exporter Russia was not covered
    assert onward("話の途中で『最終的にはモスクワの会社に回す』と言われました。")
    assert onward("そのうち一部をウラジオストクの日本料理店に回すそうです。")
    assert onward("Our buyer in Bangkok says the parts will ultimately go to Moscow.")
    assert not onward("バンコクの商社に部品を出します。タイで使われます。")


def test_a_covered_buyer_passing_goods_on_to_russia_gets_japans_ban(engine: AnswerEngine) -> None:
    said = (
        "長野でデジタルカメラの部品を作っています。バンコクの商社から注文が来ましたが、話の途中で"
        "『最終的にはモスクワの会社に回す』と言われました。タイ向けとして出せば問題ないですか？"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate
    assert "jp-sanctions-export-bans" in {c.doc_id for c in answer.citations}
    assert answer.text.startswith("ロシア側の輸入規制は") and "制裁による輸出禁止" in answer.text


def test_a_paper_a_buyer_asked_for_is_asked_about_not_drafted() -> None:
    # test42 t013 and t018 got the invoice form for a certificate the buyer wanted
    relayed = (
        "ジャカルタの取引先から『日本との協定で関税を下げたいから、原産地の書類を用意して』と"
        "言われました。どこで何をもらえばいいんでしょう？"
    )
    assert understand(relayed, COVERED).intent == "regulation"
    asked = "ハノイの取引先から『規制品ではないという書類を出してほしい』と頼まれました。"
    assert understand(asked, COVERED).intent == "regulation"
    # a form of ours named, or a request of our own, still drafts it
    assert (
        understand("取引先に頼まれたのでインボイスを作ってください", COVERED).intent == "documents"
    )
    assert understand("輸出の書類を作ってください", COVERED).intent == "documents"


def test_a_paper_saying_goods_are_not_military_is_the_non_applicability_certificate() -> None:
    said = "台湾の取引先から「軍事に使える規制品ではない、という証明を出して」と頼まれました。"
    assert "export_control" in understand(said, COVERED).topics
    assert "非該当証明書" in corpus_words(said)


def test_everyday_names_of_the_carnet_and_the_deposit() -> None:
    assert "ATAカルネ" in corpus_words("向こうで税金を払わずに済む通関の手帳があると聞きました")
    assert "ATAカルネ" not in corpus_words("革の手帳をドイツに輸出したい")  # a diary is goods
    said = "空き缶を返すとお金が戻るあの仕組み、うちの缶にも関係ありますか？"
    assert "Pfand" in corpus_words(said)


def test_chuhai_is_an_alcoholic_drink_not_apples() -> None:
    q = understand("缶入りのりんごチューハイをドイツのスーパーに出したい", COVERED)
    assert {"alcohol", "beverages"} <= set(q.categories)
    assert "contains_alcohol" in q.conditions


def test_a_tariff_cut_under_an_agreement_in_everyday_words_claims_a_preference() -> None:
    assert claims_preference("日本とイギリスの協定で関税が安くなるから、原産地の証明を用意して")
    assert claims_preference("もし日米の貿易協定で関税が下がる品目だったら")
    assert not claims_preference("L/Cで原産地証明書を求められました。商工会議所で取れますか？")


def test_a_preference_claimed_for_the_uk_reads_the_cepa_route_not_the_general_certificate(
    engine: AnswerEngine,
) -> None:
    said = (
        "鹿児島の茶園です。ロンドンの輸入業者から「日本とイギリスの協定で関税が安くなるから、原産地"
        "の証明を用意して」と言われました。地元の商工会議所に行って証明書を出してもらえばいいんで"
        "しょうか？"
    )
    answer = engine.answer(engine.understand(said))
    cited = {c.doc_id for c in answer.citations}
    assert "jp-non-preferential-certificate-of-origin" not in cited
    assert cited & {"uk-japan-cepa-origin", "jp-epa-self-certification"}
    assert "自己申告" in answer.text


def test_a_booth_as_a_place_is_no_price_question() -> None:
    from export_assist.answering.words import asks_advice

    said = "ついでに、ブースで来場者に配る試食用の和菓子も、その手帳にいっしょに載せて持って行けますか？"
    assert not asks_advice(said)
    assert asks_advice("ドイツの展示会に出たいんですが、ブースの費用はいくらぐらい？")
    assert asks_advice("how much does a small booth at sial paris cost?")


def test_a_list_of_foreign_companies_of_concern_is_the_end_user_list() -> None:
    said = (
        "its parent company appears on a Japanese government list of foreign companies of concern"
    )
    assert "End User List" in corpus_words(said)


def test_the_catch_all_card_names_its_two_requirements_and_group_as_scope() -> None:
    from export_assist.compliance.library import CardLibrary
    from tests.conftest import REPO_ROOT

    card = (
        CardLibrary([REPO_ROOT / "regulations" / "cards"]).current().by_id()["jp-fefta-catch-all"]
    )
    assert (
        "informed requirement" in card.requirement and "objective requirement" in card.requirement
    )
    assert "インフォーム要件" in card.requirement_ja and "客観要件" in card.requirement_ja
    assert "Group A" in card.requirement


def test_the_goods_a_maker_will_sell_to_the_buyers_keep_its_craft() -> None:
    from export_assist.agent.routes import handled_goods
    from export_assist.answering.exporter_intro import maker_craft

    said = (
        "大分の別府で竹細工をしている工房です。花かごや盛りかごをクアラルンプールの雑貨の輸入業者に"
        "売り込みたいので、候補になりそうな会社を教えてください。"
    )
    assert maker_craft(said) == "竹細工"
    assert handled_goods(understand(said, COVERED)).phrase == "竹細工（花かごや盛りかご）"
    # a product line is no goods of its own
    series = (
        "有田焼の窯元です。豆皿や小鉢のシリーズを台湾の雑貨店に卸したいので、候補を挙げてください。"
    )
    assert handled_goods(understand(series, COVERED)).phrase == "有田焼（豆皿や小鉢）"


def test_samples_given_away_are_consumed_and_a_freely_sold_paper_is_the_free_sale_certificate() -> (
    None
):
    assert "消耗品" in corpus_words(
        "ブースで来場者に配る試食用の和菓子も、その手帳に載せられますか"
    )
    said = "輸入業者から『日本で普通に売られている商品だという証明書』を出してほしいと言われました"
    assert "自由販売証明書" in corpus_words(said)


def test_the_us_japan_trade_agreement_card_says_no_certificate_of_origin() -> None:
    from export_assist.compliance.library import CardLibrary
    from tests.conftest import REPO_ROOT

    cards = CardLibrary([REPO_ROOT / "regulations" / "cards"]).current().by_id()
    card = cards["us-usjta-preference-claim"]
    assert card.topic == "origin" and card.markets == ["US"]
    assert "原産地証明書は不要" in card.requirement_ja and "JP" in card.requirement


def test_a_customs_booklet_and_goods_brought_home_are_the_carnets() -> None:
    from export_assist.answering.japan_side import temporary_export

    assert temporary_export("向こうで税金を払わずに済む通関の手帳があると聞きました")
    assert temporary_export("展示会が終わったら日本に持ち帰ります")
    said = (
        "来年シンガポールの展示会に加工機を実演用に持って行って、終わったら日本に持ち帰ります。"
        "通関の手帳はどこで作ってもらえますか？"
    )
    assert "temporary_export" in understand(said, COVERED).conditions


def test_applying_for_a_certificate_a_buyer_asked_for_is_japans_side() -> None:
    from export_assist.answering.japan_side import asks_japan

    said = (
        "輸入業者から『日本で普通に売られている商品だという証明書』を出してほしいと言われました。"
        "ネットで申し込めると聞いたのですが、申し込む前に何を準備しておけばいいですか？"
    )
    assert asks_japan(said)
    assert not asks_japan("ジャカルタの輸入業者に煎茶を出します。インドネシアの表示のルールは？")


def test_a_shop_for_japanese_customers_is_a_shop_for_foreign_language_customers() -> None:
    said = "お客さんはほとんど日本人らしいので、日本語のラベルのままでも問題ないですよね？"
    assert "外国語を話す顧客" in corpus_words(said)


def test_japans_procedure_quotes_its_line_for_the_market_asked() -> None:
    from export_assist.answering.select import _names

    asked = "見本を持って行き、終わったら持ち帰ります。台湾でも使えますか？"
    assert _names(frozenset({"JP", "INTL"}), asked) is None
    # the market said only in the scene, not in the question sentence, asks nothing of it
    assert _names(frozenset({"TW", "INTL"}), "台湾に出します。どう調べればいいですか？") is None
    names_tw = _names(frozenset({"TW", "INTL"}), asked)
    assert names_tw is not None
    assert names_tw("台湾への一時輸出には、JCAAが台湾向特別通関手帳(SCCカルネ)を発給しています。")
    assert not names_tw("有効期間は1年で、持ち込んだ物品は期限内に再輸出する義務があります。")


def test_the_carnet_for_a_taiwan_fair_quotes_the_taiwan_booklet(engine: AnswerEngine) -> None:
    said = (
        "来月、台湾の見本市に陶器の見本を持って行き、終わったら持ち帰ります。関税がかからない通関の"
        "手帳があると聞きましたが、台湾でも使えますか？"
    )
    answer = engine.answer(engine.understand(said))
    assert "ATAカルネ" in answer.text and "SCCカルネ" in answer.text


def test_candidates_for_where_goods_are_pitched_are_buyers() -> None:
    said = "波佐見焼の窯元です。マグカップや小皿をシンガポールの雑貨店に売り込みたいので、候補を教えてください。"
    assert understand(said, COVERED).intent == "buyers"
    rule = "インドに売り込みたいのですが、規制品目の最新のリストはありますか？"
    assert understand(rule, COVERED).intent != "buyers"
