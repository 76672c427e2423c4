"""Session-35 reading of questions (issue 9 items 1, 3, 4 and 5), in new words (not test31's
or escalation_dev29's): whether one market's procedure does for another asks a rule, not a
forecast, and points back at the procedure described; 「同じ」 and 「大丈夫」 are no words of
what is asked; always (「いつも」) is no "when"; 「日本を出すときに」 asks Japan's side; a
maker's town and the country its materials came from are no topic; reptile leathers name
CITES; payment terms and royalties are advice; a period to act within answers "by when"
before a rule's start date; whether Japan's rule applies to a market is answered by the
sentence naming it; applying for a licence states no scope; an exporter's introduction and
the shop that stocks or buys the goods name no goods for the HS tool; postcards reach 4909 and genuine leather the leather
sibling of a heading split by material."""

from __future__ import annotations

import pytest

from export_assist.agent.routes import handled_goods
from export_assist.answering.applies import SCOPE_STATED
from export_assist.answering.asked_deadline import deadline_bonus
from export_assist.answering.asked_words import asked_weights
from export_assist.answering.coverage import content_terms
from export_assist.answering.followup import resolve_history
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.japan_side import procedure_names
from export_assist.answering.pointing import refers_back
from export_assist.answering.qtypes import question_type
from export_assist.answering.textclean import clean_passage
from export_assist.answering.understand import understand
from export_assist.compliance.hs.material_siblings import genuine_leather, other_material
from export_assist.retrieval.tokenize import stemmed
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"US", "CN", "GB", "FR", "DE", "EU", "JP", "KR", "TW", "TH", "AU", "ID"})


def test_the_same_procedure_for_another_market_asks_a_rule_and_points_back() -> None:
    earlier = [
        "静岡でみかんを作っています。香港の果物店に出すため、植物防疫所の検査を受けています。"
    ]
    said = "再来年はタイにも出したいのですが、香港と同じ手続きで足りますか？"
    assert refers_back(said)
    q = resolve_history(earlier, said, COVERED)
    assert not q.advice
    assert q.destinations == ["TH"] and q.japan_side and "topic" in q.inherited


def test_same_and_reassurance_are_no_words_of_what_is_asked() -> None:
    question = (
        "長野で味噌を作っています。来年は台湾にも出したいのですが、同じやり方で大丈夫ですか？"
    )
    pool = [set(stemmed("他国産と同じリスクに応じた検査")), set(stemmed("台湾向けの味噌の表示"))]
    weights = asked_weights(question, pool)
    assert "台湾" in weights and not {"同じ", "大丈", "丈夫"} & set(weights)


@pytest.mark.parametrize(
    "said",
    [
        "いつも使っている通関業者に、原産地証明の申請も頼めますか？何を出せばいいですか？",
        "いつでも出荷できるように準備したい。必要な書類は何ですか？",
    ],
)
def test_always_is_no_when(said: str) -> None:
    assert question_type(said) != "when"
    assert question_type("いつから必要になりましたか？") == "when"


def test_leaving_japan_asks_japans_side() -> None:
    said = "大分の植木屋です。釜山の造園会社に黒松の苗木を送ります。日本を出すとき、何の検査が要りますか？"
    q = understand(said, COVERED)
    assert q.japan_side and q.destinations == ["KR"]


def test_the_makers_town_and_the_materials_origin_are_no_topic() -> None:
    said = (
        "谷中で財布を作っている工房です。タイから輸入したトカゲ革で財布を作り、"
        "パリのブティックに売ります。日本から出すときの手続きは？"
    )
    terms = content_terms(said)
    assert not {"谷中", "タイ", "ブティック"} & set(terms)
    assert "トカゲ革" in terms  # the CITES material, one word (s39)


@pytest.mark.parametrize(
    "said",
    [
        "パイソンの革のバッグをドイツに輸出します。日本側で必要な手続きは？",
        "We make wallets of python skin. What does Japan require before we ship them to Sydney?",
    ],
)
def test_reptile_leathers_name_cites(said: str) -> None:
    assert procedure_names(said) == "CITES"
    assert understand(said, COVERED).japan_side


@pytest.mark.parametrize(
    "said",
    [
        "台湾の問屋から支払条件を180日にしてほしいと言われました。法律上の上限はありますか？",
        "Our German buyer wants 90-day payment terms. Is that allowed under German law?",
        "うちの家紋デザインを韓国の会社に使わせてロイヤリティをもらいます。韓国で何％の税金が引かれますか？",
    ],
)
def test_payment_terms_and_royalties_are_advice(said: str) -> None:
    assert understand(said, COVERED).advice


def test_a_period_to_act_within_answers_by_when() -> None:
    bonus = deadline_bonus("リコールになったら、いつまでに当局へ届け出ないといけませんか？")
    assert bonus("事業者は、事故を知った日から2日以内に当局へ報告します。") > 0
    assert bonus("Importers must report within two days of learning of the incident.") > 0
    assert bonus("改正規則は2025年6月1日に施行されました。") == 0
    assert deadline_bonus("どんな書類が必要ですか？")("2日以内に報告します。") == 0


def test_applying_for_a_licence_states_no_scope() -> None:
    assert not SCOPE_STATED.search("The exporter must then apply.")
    assert not SCOPE_STATED.search("Exporters apply for a licence to METI.")
    assert SCOPE_STATED.search("The rule does not apply to samples.")


@pytest.mark.parametrize(
    ("said", "product"),
    [
        (
            "We are a family knife smithy in Seki. We make kitchen knives with wooden handles, "
            "and a chef's shop in Lyon wants to stock them. What is the 6-digit HS code?",
            "We make kitchen knives with wooden handles",
        ),
        (
            "We are a small paper mill in Echizen. What HS code applies to handmade washi sheets?",
            "handmade washi sheets",
        ),
    ],
)
def test_an_exporters_introduction_names_no_goods(said: str, product: str) -> None:
    assert hs_product(said) == product


@pytest.mark.parametrize(
    ("product", "code"),
    [("富士山の写真の絵はがき", "490900"), ("牛革の名刺入れ", "420231")],
)
def test_postcards_and_genuine_leather_cases(product: str, code: str) -> None:
    assert codes(product, 1) == [code], product


def test_only_genuine_leather_picks_the_leather_sibling() -> None:
    codes_ = ["420232", "420231", "420291"]
    own = [
        "of a kind normally carried in the pocket or in the handbag, with outer surface of "
        "sheeting of plastics or of textile materials",
        "of a kind normally carried in the pocket or in the handbag, with outer surface of "
        "leather or of composition leather",
        "n.e.c. in heading 4202, with outer surface of leather or of composition leather",
    ]
    assert genuine_leather("cowhide card case") and genuine_leather("本革の名刺入れ")
    assert not genuine_leather("soft leather handbag")
    assert other_material(codes_, own, "cowhide card case") == [1.0, 0.0, 0.0]
    assert other_material(codes_, own, "soft leather card case") == [0.0, 0.0, 0.0]


def test_what_english_buyers_are_to_buy_is_the_goods() -> None:
    said = "Find kitchenware importers in Sydney who might stock our Nambu cast-iron kettles."
    assert handled_goods(understand(said, COVERED)).phrase == "Nambu cast-iron kettles"


@pytest.mark.parametrize(
    "said",
    [
        "アメリカのクラウドファンディングで予約販売します。手数料は売上の何％くらい取られますか？",
        "We want food bloggers in Paris to review our yuzu jam. What do they usually charge?",
    ],
)
def test_a_platforms_cut_and_a_providers_usual_charge_are_costs(said: str) -> None:
    assert understand(said, COVERED).advice


def test_carrying_it_along_is_no_how_many() -> None:
    said = "社員が展示会にデモ機を持っていくつもりです。許可はいりませんよね？"
    assert question_type(said) != "number"


def test_goods_described_after_they_are_named_keep_their_name() -> None:
    said = "輪島で将棋の駒を作っています。木の駒です。カナダに送るときのHSコードは？"
    assert hs_product(said) == "将棋の駒 木の駒"


def test_a_market_served_that_did_not_need_it_is_no_market() -> None:
    earlier = ["広島で牡蠣の缶詰を作り、ロンドンの店に英語のラベルで出しています。"]
    said = "ミラノの店からも注文が来ました。イギリス向けにはなかった表示で、気をつけることは？"
    q = resolve_history(earlier, said, COVERED | {"IT"})
    assert q.destinations == ["IT"]


def test_a_table_row_carries_its_column_labels() -> None:
    text = "| 協定 | PDF発給の開始 |\n|---|---|\n| 日タイ協定 | 2023年7月 |\n"
    assert "日タイ協定: PDF発給の開始 2023年7月" in clean_passage(text)
    wide = "| 協定 | 形式 | 開始 |\n|---|---|---|\n| 日タイ協定 | PDF | 2023年7月 |\n"
    assert "日タイ協定: PDF: 2023年7月" in clean_passage(wide)


def test_a_new_question_naming_sake_is_no_market_swap() -> None:
    earlier = [
        "ニシキヘビの革のハンドバッグをドバイに売ります。日本から出すときの書類は？",
        "リヨンの取引先が支払条件を120日にしてほしいと言っています。法律上の上限は？",
    ]
    q = resolve_history(earlier, "ブラジルに日本酒を輸出するには？", COVERED)
    assert q.product == "日本酒" and "question" not in q.inherited and not q.advice
