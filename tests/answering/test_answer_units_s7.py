"""Session-7 answer text defects without an index: a 。 inside brackets ends no sentence,
a list head is read with its items, a pointer to another document is no quote, a sentence
about another country is no answer, and a machine-tool or radio rule is no kettle rule."""

from __future__ import annotations

from export_assist.answering.elsewhere import elsewhere, markets_asked
from export_assist.answering.goods import kinds, other_kind
from export_assist.answering.units import units

KETTLE = kinds(["household", "food_contact", "electronics"])


def test_a_full_stop_inside_brackets_ends_no_sentence() -> None:
    text = (
        "現地の輸入者が登録供給者として消費者製品安全局(CPSO。2025年7月1日にエンタープライズ・"
        "シンガポールから移管)に登録する必要があります。輸入者は登録番号を表示しなければなりません。"
    )
    assert units(text) == [
        "現地の輸入者が登録供給者として消費者製品安全局(CPSO。2025年7月1日にエンタープライズ・"
        "シンガポールから移管)に登録する必要があります。",
        "輸入者は登録番号を表示しなければなりません。",
    ]
    # a bracket that never closes splits as before (nothing glued to the end of the line)
    stray = "括弧が閉じないまま続く長い文です(例。次の文もそれなりの長さがある普通の文です。さらに続く三つ目の長い文がここにあります。"
    assert units(stray) == [
        "括弧が閉じないまま続く長い文です(例。",
        "次の文もそれなりの長さがある普通の文です。",
        "さらに続く三つ目の長い文がここにあります。",
    ]


def test_a_list_head_is_read_with_its_items_not_glued_to_the_first() -> None:
    text = (
        "Prepacked food must show:\n\n"
        "1. the name of the food (a legal or customary name, not only a brand name);\n"
        "2. the list of ingredients in descending order of weight;\n"
        "3. the net quantity;\n"
        "4. a nutrition declaration per 100 g or 100 ml.\n\n"
        "Annex V exempts some foods from the nutrition declaration."
    )
    found = units(text)
    assert found[0] == (
        "Prepacked food must show: the name of the food (a legal or customary name, not only a "
        "brand name); the list of ingredients in descending order of weight; the net quantity; "
        "a nutrition declaration per 100 g or 100 ml."
    )
    assert found[1] == "Annex V exempts some foods from the nutrition declaration."
    assert not any(u.endswith(";") for u in found)


def test_a_long_list_keeps_each_items_leading_phrase() -> None:
    items = "".join(f"- item number {i} (with a long explanation, {'x' * 40});\n" for i in range(8))
    found = units(f"Labels must show:\n\n{items}")
    assert found[0].startswith("Labels must show: item number 0; item number 1;")
    assert "explanation" not in found[0] and len(found[0]) < 360


def test_an_as_follows_head_leaves_its_items_as_units() -> None:
    text = (
        "輸出禁止措置が実施されています。主な類型は次のとおりです。\n\n"
        "- ロシア国防省等の特定団体への輸出の禁止(対象団体は順次追加)\n"
        "- ロシア向け奢侈品の輸出の禁止(2022年4月から。高級車、酒類、化粧品など)\n"
    )
    found = units(text)
    assert "ロシア国防省等の特定団体への輸出の禁止(対象団体は順次追加)" in found
    assert "ロシア向け奢侈品の輸出の禁止(2022年4月から。高級車、酒類、化粧品など)" in found
    assert not any("次のとおりです。ロシア" in u for u in found)


def test_a_heading_joined_to_its_paragraph_reads_as_a_label() -> None:
    found = units("### 北朝鮮\n\n2006年11月15日から奢侈品の輸出が禁止されました。")
    assert found == ["北朝鮮：2006年11月15日から奢侈品の輸出が禁止されました。"]


def test_a_pointer_to_another_document_is_no_quote() -> None:
    found = units(
        "詳細は台湾の日本産食品に対する輸入規制を参照してください。\n\n"
        "See the document on international transport documents.\n\n"
        "輸入業者は登録しなければ営業できません。"
    )
    assert found == ["輸入業者は登録しなければ営業できません。"]


def test_a_sentence_about_another_country_is_not_quoted() -> None:
    russia = markets_asked(["JP", "INTL", "RU"], [])
    north_korea = "2006年から、化粧品などの奢侈品の北朝鮮向け輸出が禁止されました。"
    assert elsewhere(north_korea, russia)
    assert not elsewhere("ロシア向け奢侈品の輸出の禁止(化粧品など)", russia)
    assert not elsewhere("輸出者は帳簿を5年間保存します。", russia)  # no country named
    germany = markets_asked(["DE", "EU", "INTL"], ["DE"])
    assert elsewhere("France requires French under the Toubon Law.", germany)
    assert not elsewhere("Germany requires German, France requires French.", germany)
    assert not elsewhere("EU rules apply in every member state.", germany)
    # a language is no country; the EU asked about covers its member states
    assert not elsewhere(
        "台湾では繁体字の中国語で表示します。", markets_asked(["TW", "INTL"], ["TW"])
    )
    assert not elsewhere("France requires French.", markets_asked(["EU", "INTL"], ["EU"]))


def test_machine_tool_and_radio_rules_are_no_kettle_rules() -> None:
    nrtl = "工作機械・産業機械・業務用電気機器を輸出する場合は、NRTL認証を計画してください。"
    radio = "Bluetooth・Wi-Fi等の無線機器は、販売者がIMDAのディーラーライセンスを持つ必要がある。"
    assert other_kind(nrtl, "", KETTLE) and other_kind(radio, "", KETTLE)
    assert not other_kind(nrtl, "", kinds(["machinery"]))
    assert not other_kind(radio, "", kinds(["electronics", "radio"]))
    assert not other_kind("家庭用電気製品は登録が必要です。", "", KETTLE)
    # a sentence about appliances first that also names radio equipment speaks to both
    ecas = (
        "家電・照明など規制対象製品はECASの適合証明書、無線・通信機器はTDRAの型式認証が必要です。"
    )
    assert not other_kind(ecas, "", kinds(["electronics", "household"]))


def test_a_list_across_kinds_that_names_the_product_speaks_to_it() -> None:
    luxury = "ロシア向け奢侈品の輸出の禁止(2022年4月から。高級車、酒類、化粧品、宝飾品、衣料品・履物など)"
    assert not other_kind(luxury, "", kinds(["cosmetics"]))
    assert other_kind("酒類の輸入には免許が必要です。", "", kinds(["cosmetics"]))
