"""Session 13: a territory named by its main town is a market the corpus does not cover, and
the state it belongs to is no destination; words that name a question's setting (「来年」,
「契約書」, 「雇う」) make it advice only where it asks no rule; Japan-side inspections asked
"before it leaves Japan"; mains-powered appliances by what they are (issue 9)."""

from __future__ import annotations

import pytest

from export_assist.answering.handoff import advice_kinds
from export_assist.answering.understand import understand
from export_assist.compliance.profile import ProfileBuilder

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A café in Willemstad would like to stock our hojicha.", "CW"),
        ("パペーテのセレクトショップが南部鉄器を扱いたいそうです", "PF"),
        ("Our contact in Cockburn Town asks about importing soy sauce.", "TC"),
        ("ラマラの雑貨店に扇子を送りたい。輸入の手続きは？", "PS"),
        ("A deli in Torshavn wants our yuzu juice.", "FO"),
    ],
)
def test_a_territory_named_by_its_town_is_not_covered(text: str, code: str) -> None:
    q = understand(text, COVERED)
    assert q.unsupported == [code] and q.destinations == []


def test_the_state_a_territory_belongs_to_is_no_destination() -> None:
    q = understand(
        "パペーテのホテルに緑茶を出したい。フランスの海外領土なので、EUと同じ扱い？", COVERED
    )
    assert q.unsupported == ["PF"] and q.destinations == []
    en = understand(
        "A shop in Oranjestad, a country of the Kingdom of the Netherlands, wants tea.", COVERED
    )
    assert en.unsupported == ["AW"]
    assert understand("フランスの雑貨店に茶碗を売りたい", COVERED).destinations == ["FR"]


@pytest.mark.parametrize(
    "text",
    [
        "来年から韓国に化粧品を出す予定。責任販売業者の登録は必要？",
        "Next year we start shipping miso to Germany. Do we need a health certificate?",
        "昨年の輸出の契約書やインボイスは何年保存しなければならない？",
        "外国籍の技術者を雇うことになった。図面を見せるのは規制の対象？",
    ],
)
def test_a_setting_word_in_a_rule_question_is_no_advice(text: str) -> None:
    assert not understand(text, COVERED).advice


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("来年、台湾で抹茶ラテは売れるかな", "forecasts"),
        ("アメリカの代理店との契約書、この内容で大丈夫か見てほしい", "contracts"),
        ("シンガポールで店員を雇うときの労働条件は？", "local_business"),
    ],
)
def test_advice_words_still_hand_off(text: str, kind: str) -> None:
    q = understand(text, COVERED)
    assert q.advice and kind in advice_kinds(q)


def test_an_inspection_before_the_goods_leave_japan_is_japan_side() -> None:
    q = understand("香港に生の桃を送る。日本を出る前にどこの検査が要るの？", COVERED)
    assert q.japan_side


@pytest.mark.parametrize("product", ["延長コード 3m", "electric kettle 1.2 L", "ヘアドライヤー"])
def test_appliances_that_plug_in_are_mains_powered(product: str) -> None:
    assert "mains_powered" in ProfileBuilder().build(product, None).conditions
