"""Session-34 reading of questions (issue 9 items 1, 3, 4 and 5), in new words (not test30's
or escalation_dev28's): a label kept as made for one market names no market when a new one is
asked; the customer and the care one takes are no goods, so the conversation's goods carry
over; a question asked after a stated scene is its own, not the scene's checklist ("from now
on" points back at nothing); everyday Japanese foods are food; what can be done about a rule
one cannot meet asks for the option the document names; a company of the market's own form
is company setup; a share asked 「何％」 is an amount; goods the HS map lacked reach their
subheadings, and "What 6-digit HS code" names no goods."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.applies import scope_bonus
from export_assist.answering.asked_words import asked_weights
from export_assist.answering.business import kinds
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.followup import resolve_history
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"US", "CN", "GB", "FR", "DE", "EU", "JP", "KR", "NL", "AU", "SG"})


def test_a_label_kept_as_made_for_one_market_names_no_market() -> None:
    earlier = ["新潟で柿の種を作っています。アメリカには英語のラベルで出しています。"]
    said = "今度はハンブルクの店にも置いてもらえそうです。アメリカ向けの英語ラベルのままで大丈夫？"
    q = resolve_history(earlier, said, COVERED)
    assert q.destinations == ["DE"]
    assert q.product  # the conversation's goods


def test_the_customer_is_no_goods_and_the_goods_carry_over() -> None:
    earlier = ["堺の刃物屋です。パリのレストランに出刃包丁を卸しています。"]
    said = "これからは通販でフランスの個人のお客さんにも直接送りたいです。気をつけることは？"
    q = resolve_history(earlier, said, COVERED)
    assert "包丁" in q.product and "product" in q.inherited
    # a question of its own after a stated scene is no checklist
    assert q.intent == "regulation"


def test_a_wish_still_leaves_its_checklist_to_a_short_follow_up() -> None:
    earlier = ["アメリカに万年筆を輸出したい"]
    q = resolve_history(earlier, "子ども向けのデザインにしたら何か変わる？", COVERED)
    assert q.intent == "checklist"


@pytest.mark.parametrize("food", ["佃煮", "なめたけ", "塩麹", "干し芋", "らっきょう"])
def test_everyday_japanese_foods_are_food(food: str) -> None:
    q = understand(f"ドイツに{food}を輸出したいです。何が必要ですか？", COVERED)
    assert "food" in q.categories, food


@pytest.mark.parametrize(
    "said",
    [
        "静岡の茶農家です。使っている農薬にEUの基準値がないそうです。何か打つ手はありますか？",
        "EUで基準値がない農薬を使っている場合、どうすればいいですか？",
        "One pesticide we use has no EU limit. What can we do?",
    ],
)
def test_what_can_be_done_is_a_remedy_question(said: str) -> None:
    assert understand(said, COVERED).qtype == "remedy"


def test_a_share_asked_is_an_amount() -> None:
    said = "アメリカのクラウドファンディングで先行販売したい。手数料は売上の何％くらい？"
    assert understand(said, COVERED).qtype == "how_much"


@pytest.mark.parametrize(
    "said",
    [
        "ハンブルクでGmbHを作るつもりです。資本金はいくら必要ですか？",
        "シンガポールで会社を設立したい。手続きは？",
    ],
)
def test_a_company_of_the_markets_form_is_company_setup(said: str) -> None:
    assert "company_setup" in kinds(understand(said, COVERED))


def test_a_company_set_up_to_import_asks_the_import() -> None:
    said = (
        "We are setting up a small company in Sydney to import green tea. What permits do we need?"
    )
    assert "company_setup" not in kinds(understand(said, COVERED))


@pytest.mark.parametrize(
    ("product", "code"),
    [
        ("旅行用の裁縫セット（針・糸・小さなはさみ）", "960500"),
        ("衣料用の金属製スナップボタン", "960610"),
        ("真鍮と竹でできた煙管", "961400"),
        ("磁器の石鹸置き", "691190"),
    ],
)
def test_goods_the_hs_map_lacked(product: str, code: str) -> None:
    assert code in codes(product, 3), product


def test_a_code_length_names_no_goods() -> None:
    said = (
        "We make bamboo ladles for tea ceremony in Kyoto. "
        "What 6-digit HS code should we use for the shop in Sydney?"
    )
    assert hs_product(said) == "We make bamboo ladles for tea ceremony in Kyoto"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    files = [
        "eu/eu-pesticide-mrl-tea.md",
        "eu/eu-food-labelling.md",
        "eu/eu-organic-import-japan.md",
    ]
    built = index_slice(tmp_path_factory.mktemp("s34reading"), files)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


def test_a_remedy_question_is_answered_with_the_option(engine: AnswerEngine) -> None:
    said = (
        "宇治で碾茶を作っています。オランダに出したいのですが、使っている殺菌剤にEUの"
        "基準値が決まっていないと言われました。何か打つ手はありますか？"
    )
    done = engine.answer(engine.understand(said))
    assert "インポートトレランス" in done.text and not done.escalate, done.text


def test_an_amount_asked_meets_the_line_it_falls_on() -> None:
    bonus = scope_bonus("麻98％、ナイロン2％のハンカチです。2％のナイロンも表示が要りますか？")
    assert bonus("5%未満の繊維は「その他の繊維」とまとめられます。") > 0
    assert bonus("Fibres under 5 per cent may be grouped as other fibres.") > 0
    assert bonus("5%以上を占める各繊維を多い順に示します。") == 0
    assert bonus("差が5%を超えてはならない。") == 0
    # a price is no amount asked of a line
    assert scope_bonus("1本2,800円の扇子です。関税は？")("800ドル以下は免税") == 0


def test_a_period_past_meets_the_line_it_falls_beyond() -> None:
    bonus = scope_bonus(
        "2年3か月前に台湾へ出した荷物について、商工会議所の原産地証明書が欲しいと言われました。"
        "今から頼んでも出ますか？"
    )
    assert bonus("一般原産地証明書は、船積後1年を超えると発給されません。") > 0
    assert bonus("船積後6か月を超え1年以内に申請する場合は追加の書類が必要です。") == 0
    # a period that is no time past asks no line: 「3年間使える」 is no shipment date
    assert scope_bonus("3年間有効な証明書はありますか？")("1年を超えると発給されません。") == 0


def test_goods_named_only_by_a_pronoun_are_the_scenes() -> None:
    said = (
        "We carve netsuke in Kyoto. A collector in Perth wants two old pieces made of walrus "
        "tusk. Can we send them by EMS?"
    )
    pool = [{"walru", "tusk", "cite"}, {"ems", "post"}, {"send", "parcel"}]
    weights = asked_weights(said, pool)
    assert "tusk" in weights or "walru" in weights, weights
    # a pronoun that is no goods sent leaves the asked sentence alone
    other = asked_weights("Our importer keeps records. Which rule makes them do that?", pool)
    assert "tusk" not in other


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("豚骨スープの素をマレーシアに出したい", "meat"),
        ("鶏ガラの業務用スープを香港に出したい", "meat"),
        ("苔玉をフランスに送りたい", "plants"),
    ],
)
def test_meat_named_as_stock_and_a_moss_ball(said: str, kind: str) -> None:
    assert kind in understand(said, COVERED).categories, said


def test_the_same_goods_named_shorter_keep_what_they_are() -> None:
    earlier = ["久留米で豚骨ラーメンのスープを作り、シンガポールに出しています。"]
    q = resolve_history(earlier, "同じスープを、オーストラリアにも出せますか？", COVERED)
    assert "meat" in q.categories and "product" in q.inherited


@pytest.mark.parametrize(
    ("said", "member"),
    [
        (
            "We sell rice crackers to a deli in Rotterdam. Which EU rule sets the allergen list?",
            "NL",
        ),
        ("ミラノの雑貨店に扇子を卸します。EUのルールで表示は何が必要？", "IT"),
    ],
)
def test_a_members_city_beside_the_eu_is_the_market(said: str, member: str) -> None:
    q = understand(said, COVERED | {"IT"})
    assert q.destinations[0] == member and "EU" in q.destinations, q.destinations


def test_a_company_named_is_no_company_set_up() -> None:
    said = "山田製作所株式会社開発部です。ドイツに工具を輸出したい。CEマークは必要？"
    assert "company_setup" not in kinds(understand(said, COVERED))


def test_plants_shipped_are_a_scene_not_a_wish() -> None:
    earlier = ["We ship bonsai plants to a nursery in Lyon."]
    q = resolve_history(earlier, "What should we watch out for with the soil?", COVERED)
    assert q.intent == "regulation"


def test_a_year_is_no_period_past() -> None:
    bonus = scope_bonus("2025年前半に出した荷物の原産地証明書は今からでも出ますか？")
    assert bonus("一般原産地証明書は、船積後1年を超えると発給されません。") == 0
