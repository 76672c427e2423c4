"""Session-8 answer text defects without an index (s7 trial T3, T14, T15, T26, A3): a head
that points to a list below is read with it or not at all, a sentence that leans on the one
before it is read with it, a heading over short items is the list's label, and a card
sentence states the fact the question asks for when its requirement holds it."""

from __future__ import annotations

from export_assist.answering.compose import card_sentence
from export_assist.answering.understand import understand
from export_assist.answering.units import units
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset({"KR", "US", "CN", "FR", "GB"})


def test_a_head_that_names_its_list_is_read_with_the_items() -> None:
    text = (
        "トゥーボン法第2条は、次の情報をフランス語で記載することを義務づけています。\n\n"
        "- 商品の名称\n- 使用方法・取扱説明書\n- 保証の範囲と条件の説明\n\n"
        "外国語での併記は認められますが、フランス語の表示は同等以上に読みやすくなければなりません。"
    )
    found = units(text)
    assert found[0] == (
        "トゥーボン法第2条は、次の情報をフランス語で記載することを義務づけています："
        "商品の名称、使用方法・取扱説明書、保証の範囲と条件の説明。"
    )
    assert found[1].startswith("外国語での併記")  # the paragraph after the list is its own


def test_numbered_items_of_whole_sentences_join_their_head_and_stay_units() -> None:
    text = (
        "米国の輸入者が次の二つを持っている必要があります。\n"
        "1. **輸入者基本許可**：27 CFR Part 1に基づく連邦の許可。審査には数か月かかります。\n"
        "2. **COLA**：製品ラベルごとのTTBの承認。申請者は輸入者です。\n"
    )
    found = units(text)
    assert found[0] == (
        "米国の輸入者が次の二つを持っている必要があります："
        "輸入者基本許可:27 CFR Part 1に基づく連邦の許可、COLA:製品ラベルごとのTTBの承認。"
    )
    assert "審査には数か月かかります。" in found  # an item's further sentence is kept


def test_a_head_whose_list_is_not_in_the_passage_is_no_unit() -> None:
    found = units(
        "輸入者は登録番号を申告します。米国の輸入者が次の二つを持っている必要があります。"
    )
    assert found == ["輸入者は登録番号を申告します。"]  # short, kept: nothing to lean on
    # 以下 after an amount means 'or less', and points to nothing
    assert units("アルコール分30%以下の酒類は物品税がかかりません。") == [
        "アルコール分30%以下の酒類は物品税がかかりません。"
    ]


def test_a_sentence_that_leans_on_the_one_before_is_read_with_it() -> None:
    text = (
        "- 食肉・乳製品・水産物などは、合意した衛生証明書の様式が必要です。合意がなければ輸出できません。\n"
        "- 輸入者と連携し、登録番号が申告内容と一致しているか確認してください。"
    )
    assert units(text) == [
        "食肉・乳製品・水産物などは、合意した衛生証明書の様式が必要です。合意がなければ輸出できません。",
        "輸入者と連携し、登録番号が申告内容と一致しているか確認してください。",
    ]
    uk = (
        "政府は2023年8月にCEマークを無期限に受け入れることを決定しました。"
        "したがって、多くの製品はCEマークを付けたままGBで販売できます。"
    )
    assert units(uk) == [uk]
    scallops = (
        "GACCは日本原産のすべての水産物の輸入を停止しました。冷凍ホタテ、ナマコなども対象です。"
    )
    assert units(scallops) == [scallops]


def test_a_leaning_sentence_with_nothing_before_it_is_no_unit() -> None:
    found = units("清酒の多くはこれに該当し、許可も不要です。\n\n輸入申告は14日以内に行います。")
    assert found == ["輸入申告は14日以内に行います。"]
    # s8 trial U43: a 「第二に」 whose 「第一に」 the quote may not show: the point reads alone
    second = units(
        "韓国はWTOで争いました。第二に、福島周辺の一部の農林産物の輸入が停止されています。"
    )
    assert second == [
        "韓国はWTOで争いました。",
        "福島周辺の一部の農林産物の輸入が停止されています。",
    ]


def test_a_heading_over_short_items_labels_the_list() -> None:
    text = (
        "## ラベルの必須記載事項（主なもの）\n\n- ブランド名\n- アルコール分（%）\n"
        "- 輸入者の名称・所在地\n\n## 容量規格\n\n清酒は720mLと1.8Lで出荷できます。"
    )
    assert units(text) == [
        "ラベルの必須記載事項(主なもの)：ブランド名、アルコール分(%)、輸入者の名称・所在地。",
        "容量規格：清酒は720mLと1.8Lで出荷できます。",
    ]


CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def _card(card_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in CARDS.cards if c.id == card_id)


def test_a_card_sentence_states_the_period_the_question_asks_for() -> None:
    card = _card("kr-overseas-food-facility-registration")
    en = understand("How long is a Korean foreign food facility registration valid?", COVERED)
    assert "valid for 2 years" in card_sentence(card, en, None)
    ja = understand("韓国の海外製造業所の登録の有効期間は？", COVERED)
    assert "有効期間は2年" in card_sentence(card, ja, None)
    # a question that asks no period hears the card as before
    what = understand("What must a Korean foreign food facility register?", COVERED)
    assert "valid for 2 years" not in card_sentence(card, what, None)


def test_the_sore_inside_osore_is_no_pronoun() -> None:
    # 「おそれがある」 holds それが but points back to nothing: the catch-all rule's own
    # sentence stays a unit even when it opens the passage (the METI answer lost it)
    rule = (
        "リスト規制に該当しない貨物でも、大量破壊兵器等の開発に用いられるおそれがあることを"
        "輸出者が知った場合や、経済産業省から通知を受けた場合は、輸出許可が必要です。"
    )
    assert (
        units(rule + "外国ユーザーリストに掲載された企業への輸出は特に注意が必要です。")[0] == rule
    )
    # a pronoun after a particle still leans: 「…はこれに該当し」 has nothing before it here
    assert units("牛肉はこれに該当し、輸出できません。") == []
