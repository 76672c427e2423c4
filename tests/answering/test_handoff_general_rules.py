"""Everyday goods under a market's general rules are answerable; only what the corpus truly
lacks is handed off (issue 9, item 4; session-9 tuning on test6): stationery under
Vietnam's labelling decree, furniture's fire-safety rules only when asked about them."""

from __future__ import annotations

import pytest

from export_assist.answering.catalog import DocProfile
from export_assist.answering.confidence import off_topic, states_fact
from export_assist.answering.coverage import GOODS, Evidence, content_terms, coverage
from export_assist.answering.followup import resolve_history
from export_assist.answering.scope import about
from export_assist.answering.understand import families, understand
from export_assist.translation.termbase import TermBase

COVERED = frozenset({"VN", "SG", "GB", "KR", "DE", "EU", "CN", "US", "CA", "TW", "JP"})
LABELS = [
    "ベトナムでは、流通前のベトナム語表示(補助ラベル)が必要です。",
    "Vietnamese labelling of imported goods (Decree 43/2017/ND-CP)",
]


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return TermBase.load()


def test_goods_under_a_rule_for_all_goods_are_what_it_answers(termbase: TermBase) -> None:
    question = "ベトナムの販売店に木の家具を輸出する。商品のラベルって何語で、何を書けばいい？"
    general = coverage(question, Evidence(LABELS, [frozenset()]), termbase)
    assert general.missing == [] and not off_topic(general)
    # the same words under a cosmetics rule: the furniture is not what it is about
    cosmetics = coverage(question, Evidence(LABELS, [frozenset({"cosmetics"})]), termbase)
    assert "家具" in cosmetics.missing


def test_goods_of_the_rules_kind_are_covered_a_rule_for_other_goods_is_not(
    termbase: TermBase,
) -> None:
    evidence = Evidence(["GST is charged on imports."], [frozenset({"household"})])
    found = coverage("Is GST charged when we import notebooks?", evidence, termbase)
    assert "notebooks" not in found.missing
    food = Evidence(["GST is charged on imports."], [frozenset({"food"})])
    assert (
        "notebooks" in coverage("Is GST charged when we import notebooks?", food, termbase).missing
    )


def test_a_word_the_hs_table_calls_goods_of_no_kind_counts_under_a_general_rule(
    termbase: TermBase,
) -> None:
    def kind_of(word: str) -> list[str]:
        return [GOODS] if word == "quills" else []

    evidence = Evidence(["Labels must be in English."], [frozenset()])
    found = coverage("Do quills need labels?", evidence, termbase, kind_of)
    assert found.missing == []
    narrow = Evidence(["Labels must be in English."], [frozenset({"food"})])
    assert coverage("Do quills need labels?", narrow, termbase, kind_of).missing == ["quills"]


def test_the_question_frame_is_no_topic() -> None:
    terms = content_terms(
        "A client's dyed cotton T-shirts are going to an Italian chain store. "
        "Are there EU restrictions on the dyes themselves?"
    )
    assert not {"client's", "client", "chain", "themselves"} & set(terms)
    assert content_terms("大人向けのレーヨンのワンピース") == ["レーヨン", "ワンピース"]
    assert "文具" in content_terms("シンガポールの文具店にノートを卸す")


def test_everyday_words_are_covered_by_the_corpus_words(termbase: TermBase) -> None:
    additives = Evidence(["台湾で使用が認められていない添加物の有無を事前に確認します。"])
    found = coverage("台湾にグミを出したい。色素とか保存料は？", additives, termbase)
    assert not {"色素", "保存料"} & set(found.missing)
    tax = Evidence(["輸入品にはGST(9%)がかかります。"])
    assert "税金" not in coverage("何か税金がかかる？", tax, termbase).missing


def test_furniture_fire_safety_is_a_family_only_when_asked_about() -> None:
    assert families("イギリスに布張りのソファを出す。燃えにくさの規則がある？") == [
        "furniture_fire_safety"
    ]
    assert families("ベトナムの販売店に木の家具を輸出する。ラベルは何語？") == []
    assert families("Do upholstered sofas need to pass a fire safety test in the UK?") == [
        "furniture_fire_safety"
    ]


def test_a_document_is_about_a_family_with_its_own_rules_only_where_it_names_them() -> None:
    def doc(title: str) -> DocProfile:
        return DocProfile("d", title, "GB", "en", ["product_safety"], [])

    assert not about(doc("GB labelling of furniture and textiles"), "furniture_fire_safety")
    assert about(
        doc("Furniture and Furnishings (Fire) (Safety) Regulations"), "furniture_fire_safety"
    )
    assert about(doc("Pet food imports"), "pet_food")


def test_medical_devices_in_everyday_words() -> None:
    assert families("韓国で度なしのカラコンを売りたい") == ["medical_devices"]
    assert families("家庭用の低周波マッサージ器をドイツで売りたい") == ["medical_devices"]


def test_a_stated_value_is_no_pricing_question_a_safe_deal_is_credit() -> None:
    stated = understand(
        "試作品の椅子をEMSで送ります。値段は30万円くらい。税関に何か出す？", COVERED
    )
    assert not stated.advice
    assert understand("この商品の値段はどう決めればいい？", COVERED).advice
    assert understand("台湾の会社と取引して大丈夫？", COVERED).advice


def test_requests_in_plain_words_reach_their_tools() -> None:
    packing = "Packing list please: 40 cartons of frozen scallops, buyer Harbor Fresh Ltd, CFR"
    assert understand(packing, COVERED).intent == "documents"
    assert understand("What must a packing list show?", COVERED).intent != "documents"
    buyers = "Any UK importers who might stock Japanese fountain pens?"
    assert understand(buyers, COVERED).intent == "buyers"


def test_export_control_in_everyday_words_is_japan_side() -> None:
    q = understand("中国の工場に精密ボールベアリングを出したい。輸出規制に引っかかる？", COVERED)
    assert q.japan_side and q.destinations == ["CN"]
    en = understand(
        "The goods are not on the control list. Is there still a licence risk?", COVERED
    )
    assert en.japan_side


def test_ports_and_states_name_their_market() -> None:
    assert understand("Scallops go to an importer in Le Havre.", COVERED).destinations == ["FR"]
    assert understand("カリフォルニアに木の椅子を売る", COVERED).destinations == ["US"]


def test_who_issues_a_certificate_of_origin_is_japan_side() -> None:
    q = understand(
        "マレーシアのお客さんに工具を出す。原産地の証明はどこで出してもらえる？", COVERED
    )
    assert q.japan_side


def test_pet_treats_in_other_words_are_pet_products() -> None:
    assert families("can we ship dried sardine treats for dogs to a pet shop?") == ["pet_food"]


def test_a_buyer_request_keeps_the_conversations_product_not_the_word_for_there() -> None:
    q = resolve_history(["台湾に手ぬぐいを輸出したい"], "現地の輸入業者を探して", COVERED)
    assert q.intent == "buyers" and q.phrase == "手ぬぐい" and q.destinations == ["TW"]


def test_used_tyres_are_a_family_of_their_own() -> None:
    assert families("中古のタイヤをマレーシアに輸出できますか？") == ["used_tyres"]
    assert families("タイヤ付きの台車をマレーシアに輸出したい") == []


def test_a_statutory_instruments_name_is_a_legal_reference() -> None:
    line = (
        "legal basis: The Waste Batteries and Accumulators Regulations 2009; register as producers"
    )
    assert states_fact("law", line)
    assert states_fact("law", "Regulation (EU) 2023/1542 applies")
    assert not states_fact("law", "Producers register with the environment agency.")


def test_where_in_japan_and_the_widgets_market_are_no_topic() -> None:
    terms = content_terms("京都で和傘を作っている工房です。EUで何か守るルールある？")
    assert "京都" not in terms and "工房" not in terms and "和傘" in terms
    # 福島 is a topic of its own: the import restrictions after the nuclear accident
    assert any("福島" in term for term in content_terms("韓国に福島県産の桃を輸出できますか？"))
    assert content_terms("Wi-Fi対応のモデルだと何か追加でいる？ (PH)") == ["wi-fi"]


def test_selling_to_a_restaurant_is_no_restaurant_licence_question() -> None:
    assert not understand("業務用のかき氷機をアメリカの飲食店に売りたい", COVERED).advice
    assert understand("ドバイで飲食店の営業許可はどう取ればいい？", COVERED).advice


def test_small_states_capitals_name_a_market_the_corpus_lacks() -> None:
    q = understand(
        "A hardware store in Honiara wants our saws. What are the import rules?", COVERED
    )
    assert q.unsupported == ["SB"] and not q.destinations
    assert understand("ブリッジタウンのレストランに日本酒を卸したい", COVERED).unsupported == ["BB"]
