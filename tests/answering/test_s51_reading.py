"""Session-51 readings (issue 9): what tuning test47 and escalation_dev45 showed the engine
misread, each checked here in new words. A count shipped to a shop names no goods; a rice
cooker is an electric cooker, never the non-electric cookers of heading 7321; a printed price
asked about is a label rule, not pricing advice; a market's mandatory scheme (国の制度として義務)
is no public help; a face wash is a cosmetic whatever it is made from; the customs an import is
declared to is the market's; a city-hall business permit and a register of beneficial owners
are local business matters no regulation in the corpus answers; what touches food is the
food-contact topic in plain words; the carnet's nickname, "passport for goods", is the carnet;
a rule the message quotes and then points at (「『…』と言われました。そのルールは」) is its own
subject, not the previous answer's topic; Taiwan's health-food card names the permit in Japanese
as its English title does."""

from __future__ import annotations

import pytest

from export_assist.agent.public_help import asks_programme
from export_assist.answering.everyday import corpus_words
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.pointing import refers_back
from export_assist.answering.understand import understand
from export_assist.compliance.hs.power import power_rank
from tests.compliance.hs_words_only import codes
from tests.compliance.shipped_cards import shipped_library

COVERED = frozenset({"HK", "IN", "AE", "NL", "FR", "DE", "PH", "US", "GB"})


def advice_groups(said: str) -> list[str]:
    return advice_kinds(understand(said, COVERED))


def test_a_count_shipped_to_a_shop_names_no_goods() -> None:
    said = (
        "京都でIH調理器を作っています。シンガポールの家電店に300台送ることになりました。"
        "HSコードを教えてください。"
    )
    assert hs_product(said) == "IH調理器"
    # what the code is for names no goods either (s51 user trial: 「インボイス用」)
    said = "新潟で業務用の電気ケトルを作っています。インボイス用のHSコードは？"
    assert hs_product(said) == "業務用の電気ケトル"
    # the goods said with the count stay the goods
    assert hs_product("緑茶を香港に500箱出します。HSコードは？").startswith("緑茶")


def test_a_rice_cooker_is_an_electric_cooker_not_a_stove_of_iron() -> None:
    found = codes("ＩＨ炊飯器（5.5合）", 3)
    assert "851660" in found and not any(c.startswith("7321") for c in found)
    # a heading that says non-electric once says it for each subheading
    stove = "Stoves, ranges, cookers and similar non-electric domestic appliances, of iron"
    assert power_rank("Cooking appliances; for gas fuel", "an induction hob", stove) == 1.0
    assert power_rank("Cooking appliances; for gas fuel", "a camping stove", stove) == 0.0
    # a heading for both kinds says so: an electric planer stays a hand tool (8467.29)
    tools = "Tools; for working in the hand, with self-contained electric or non-electric motor"
    assert power_rank("Tools; other than saws and drills", "an electric planer", tools) == 0.0


def test_a_printed_price_asked_about_is_a_label_rule_not_pricing() -> None:
    said = "インドに出す煎茶の袋に値段も載せるそうですが、値段はどういう表示にする決まりですか？"
    assert "pricing" not in advice_groups(said)
    assert "pricing" in advice_groups("インドで売るお茶の値段はどうすればいいですか？")


def test_a_markets_mandatory_scheme_is_no_public_help() -> None:
    said = "サウジではハラール認証が国の制度で義務だそうですが、何という規則ですか？"
    assert not asks_programme(said)
    assert asks_programme("輸出に使える国の制度はありますか？")


def test_a_face_wash_is_a_cosmetic_whatever_it_is_made_from() -> None:
    q = understand("We make a green-tea face wash in Shizuoka for shops in Paris.", COVERED)
    assert "cosmetics" in q.categories
    assert "cosmetics" in understand("米ぬかの洗顔フォームをパリに出します。", COVERED).categories


def test_the_customs_an_import_is_declared_to_is_the_markets() -> None:
    said = "先方は『着いたら税関に輸入の申告をする』と言っています。いつまでに出すものですか？"
    assert not understand(said, COVERED).japan_side


@pytest.mark.parametrize(
    "said",
    [
        "セブで雑貨店を開いています。市役所の営業許可の更新はいつですか？",
        "Our UK subsidiary must report its beneficial owners. What do we file?",
        "フランスの子会社の実質的支配者の届出は必要ですか？",
    ],
)
def test_a_city_permit_or_beneficial_owners_are_local_business(said: str) -> None:
    assert "local_business" in advice_groups(said)


def test_what_touches_food_is_the_food_contact_topic() -> None:
    said = "ステンレスの弁当箱をドイツで売ります。食品に触れる部分に何か表示の決まりはありますか？"
    assert "food_contact" in understand(said, COVERED).topics
    said = "Our bamboo spoons will touch food in Spain. What must the packaging say?"
    assert "food_contact" in understand(said, COVERED).topics


def test_the_passport_for_goods_is_the_carnet_and_its_use_is_its_validity() -> None:
    said = "A forwarder spoke of a merchandise passport for our fair samples in Lyon. Which is it?"
    assert "ATA carnet" in corpus_words(said)
    assert understand(said, COVERED).japan_side
    assert "有効期間" in corpus_words("同じカルネで翌年のパリの展示会にも行けますか？")


def test_a_rule_the_message_quotes_and_points_at_is_its_own_subject() -> None:
    said = (
        "取引先に『アメリカでは新しい食品トレーサビリティの規則で記録を残さないといけない』と"
        "言われました。その規則はいつから守る必要がありますか？"
    )
    assert not refers_back(said)
    # pointing back at the previous answer stays a follow-up
    assert refers_back("その規則はいつから守る必要がありますか？")
    assert refers_back("取引先に『急いで』と言われました。その書類はいつまでに出せばいいですか？")


def test_taiwans_health_food_card_names_the_permit_in_japanese_too() -> None:
    card = next(c for c in shipped_library().cards if c.id == "tw-health-food-permit")
    assert "health food permit" in card.title
    assert "健康食品許可証" in card.title_ja and "査験登記" in card.title_ja
