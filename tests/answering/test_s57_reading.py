"""Session-57 readings (issue 9): what tuning test53 and escalation_dev51 showed the engine
misread, each checked here in new words. "Under Japan's own rules" asks Japan's side; "can we
sell it labelled as organic?" asks a labelling rule, not a sales forecast; a date asked after a
scene that mentions a duty rate is a date, not a tariff lookup; "a specific regulation … and its
number" asks a law; "the general safety duties" are obligations, not customs duty; the officer
who checks the papers answers "who"; yuzu pepper written in kana is one product."""

from __future__ import annotations

import pytest

from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.asked_facts import FACTS
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.japan_side import asks_japan
from export_assist.answering.qtypes import question_type
from export_assist.answering.understand import understand
from export_assist.answering.words import asked_topics

COVERED = frozenset({"US", "TW", "TH", "CA", "AU", "MY", "JP"})


@pytest.mark.parametrize(
    "text",
    [
        "Under Japan's own rules, may a shochu distilled partly from imported barley be called "
        "a Japanese product?",
        "Under Japanese law, who approves the export of this lacquer box?",
        "日本国内の法律では、この漆器の輸出に届出がいりますか？",
    ],
)
def test_japan_named_as_whose_rules_asks_japan(text: str) -> None:
    assert asks_japan(text)


def test_rules_of_the_market_do_not_ask_japan() -> None:
    assert not asks_japan("Under Thai law, who approves the import of this lacquer box?")


@pytest.mark.parametrize(
    "text",
    [
        "有機JASの緑茶です。台湾で「有機」と表示して売れますか？",
        "無添加の味噌です。アメリカで「natural」と書いて販売できますか？",
    ],
)
def test_a_sale_under_a_label_asks_a_rule_not_a_forecast(text: str) -> None:
    assert "forecasts" not in advice_kinds(understand(text, COVERED))


def test_a_sales_forecast_is_still_advice() -> None:
    q = understand("有機の緑茶です。台湾で売れますか？人気は出そうですか？", COVERED)
    assert "forecasts" in advice_kinds(q)


@pytest.mark.parametrize(
    "text",
    [
        "シドニーの取引先が関税率を比べています。CPTPPは日本とオーストラリアの間でいつ発効しましたか？",
        "Our buyer in Perth compares duty rates. When did JAEPA enter into force?",
    ],
)
def test_a_date_asked_after_a_scene_about_rates_is_no_duty_lookup(text: str) -> None:
    assert not asks_duty(text)


@pytest.mark.parametrize(
    "text",
    [
        "タイで緑茶の関税率はいつから下がりますか？",
        "I ship tea to Thailand. When will the duty rate drop?",
        "緑茶をタイに送ります。関税率はいくらですか？",
    ],
)
def test_a_duty_asked_in_the_question_is_still_a_lookup(text: str) -> None:
    assert asks_duty(text)


def test_a_specific_regulation_and_its_number_asks_a_law() -> None:
    text = (
        "Besides the general rules, is there a specific regulation for children's high chairs "
        "in Canada, and what is its regulation number?"
    )
    assert question_type(text) == "law"


@pytest.mark.parametrize(
    "text",
    [
        "Apart from the general safety duties, what must a toy importer in Canada test?",
        "Is there a duty to report accidents with our heaters in Australia?",
        "What are the duties of the importer under the Australian consumer law?",
    ],
)
def test_duties_that_are_obligations_are_no_tariff(text: str) -> None:
    assert "tariff" not in asked_topics(text)


def test_a_customs_duty_is_still_a_tariff() -> None:
    assert "tariff" in asked_topics("What import duties does Canada charge on heaters?")


@pytest.mark.parametrize(
    "line",
    [
        "書類審査では、植物防疫官が申請書と添付書類を確認します。",
        "An inspector of the food agency checks the goods at the port.",
    ],
)
def test_the_officer_who_checks_states_who(line: str) -> None:
    assert FACTS["who"].search(line)


@pytest.mark.parametrize(
    ("said", "named"), [("ゆずこしょう", "ゆず胡椒"), ("柚子コショウ", "柚子胡椒")]
)
def test_yuzu_pepper_in_kana_is_one_product_in_its_usual_spelling(said: str, named: str) -> None:
    q = understand(f"宮崎で{said}を作っています。台湾のバイヤーを探しています。", COVERED)
    assert named in q.product


@pytest.mark.parametrize(
    "text",
    [
        "We blend in imported barley to keep costs down. What does the label have to say?",
        "コストを下げるために海外産の大豆を使います。表示の条件は何ですか？",
    ],
)
def test_costs_kept_down_are_the_scene_not_an_amount_asked(text: str) -> None:
    assert question_type(text) != "how_much"


def test_a_cost_asked_is_still_an_amount() -> None:
    assert question_type("How much does the phytosanitary certificate cost?") == "how_much"


@pytest.mark.parametrize(
    "text",
    [
        "つげの櫛を作っています。プラスチックやゴムは一切使っていません。HSコードは？",
        "A hair comb of boxwood, not plastic. Which HS code?",
        "Plastic-free bamboo toothbrushes. Which HS code?",
    ],
)
def test_a_material_said_not_to_be_used_is_not_the_goods_material(text: str) -> None:
    assert understand(text, COVERED).material != "plastic"


@pytest.mark.parametrize(
    "text", ["プラスチック製の櫛です。HSコードは？", "A plastic hair comb. Which HS code?"]
)
def test_a_material_said_is_still_read(text: str) -> None:
    assert understand(text, COVERED).material == "plastic"
