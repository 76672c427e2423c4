"""Session-25 reading of questions (issue 9 item 1), in new words (not test21's): who the
exporter is, said first, is no product; everyday goods by their own names (fish, sweets,
pantry foods, cosmetics, household goods) have categories; an HS question's "for the
invoice" names no goods; how long papers are kept is a record-keeping question, not the
document form; a statement before a question sets its scene; a passage cut mid-sentence
gives no quote."""

from __future__ import annotations

import pytest

from export_assist.answering.asks import intent_of
from export_assist.answering.followup import resolve_history
from export_assist.answering.glossary import related
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.phrase import product_phrase
from export_assist.answering.understand import understand
from export_assist.answering.units import unfinished
from export_assist.answering.words import asked_topics
from export_assist.compliance.profile import ProfileBuilder
from export_assist.retrieval.normalize import nfkc

COVERED = frozenset({"US", "HK", "TW", "SG", "CA", "AU", "FR", "DE", "GB", "EU", "KR", "CN", "JP"})


def test_the_exporters_introduction_is_no_product_when_the_goods_follow() -> None:
    q = understand("焼津の水産加工会社です。香港の和食店に冷凍のサバを出します。", COVERED)
    assert q.product == "サバ" and "水産加工会社" not in q.phrase, q
    assert "seafood" in q.categories and "contains_fish" in q.conditions
    sweets = understand("京都の和菓子屋です。ロンドンの百貨店にどら焼きを卸します。", COVERED)
    assert sweets.phrase == "どら焼き", sweets


def test_the_introduction_stays_when_it_is_all_there_is_or_names_what_is_made() -> None:
    # a shop named by its goods (雑貨店) is the buyer: the maker's goods are the product
    q = understand("南部鉄器の鉄瓶メーカーです。台北の雑貨店に送ります。", COVERED)
    assert "鉄瓶" in q.phrase, q
    # goods the exporter makes, said as an object, are the goods
    made = understand("輪島で漆の椀を作っている工房です。パリの雑貨店に汁椀を出します。", COVERED)
    assert "漆の椀" in made.phrase, made


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("冷凍ホッケの開き", "seafood"),
        ("明太子", "seafood"),
        ("frozen squid rings", "seafood"),
        ("栗羊羹", "food"),
        ("蕎麦", "food"),
        ("わさび漬け", "food"),
        ("リップクリーム", "cosmetics"),
        ("歯磨き粉", "cosmetics"),
        ("和傘", "household"),
        ("剪定ばさみ", "household"),
        ("洗濯機", "electronics"),
    ],
)
def test_everyday_goods_have_their_kind(text: str, category: str) -> None:
    q = understand(f"{text}をアメリカに輸出したいです。", COVERED)
    assert category in q.categories, (text, q.categories)


def test_words_inside_other_words_name_no_goods() -> None:
    # エビデンス is evidence, ブリッジ a bridge, プリンター a printer, ティーバッグ a tea bag
    for text in (
        "エビデンスの書類は要りますか",
        "ブリッジ回路の基板",
        "プリンターのインク",
        "緑茶のティーバッグ",
    ):
        profile = ProfileBuilder(embedder=None).build(nfkc(text).lower(), None)
        assert "seafood" not in profile.categories, text
        assert "household" not in profile.categories or "ティーバッグ" not in text, text


def test_where_the_hs_code_is_written_is_no_product() -> None:
    assert (
        hs_product("京都の扇子をアメリカに送ります。インボイスに書くHSコードは何ですか？")
        == "京都の扇子"
    )
    assert hs_product("竹の箸です。HSコードは？") == "竹の箸"
    # a long description of the goods names none: the conversation's product is used
    said = "漆塗りの重箱を送ります。蓋と三段の箱がそろった完成品です。申告書に記入するHSコードは？"
    assert hs_product(said) == ""


def test_a_dish_named_in_kana_after_the_fish_is_part_of_the_goods() -> None:
    text = "冷凍イワシつみれ 500g袋 x 200袋、単価700円"
    assert product_phrase(text, understand(text, COVERED).product).startswith("冷凍イワシつみれ")


def test_how_long_papers_are_kept_is_record_keeping_not_the_document_form() -> None:
    assert "record_keeping" in asked_topics("輸出許可書とインボイスは何年保存すればいいですか？")
    assert "trade_documents" not in asked_topics("インボイスの保存期間を教えてください")
    english = "How long must we keep the invoices and packing lists of our exports?"
    assert intent_of(nfkc(english).lower(), asked_topics(english)) == "regulation"
    # keeping food cool is no record keeping
    assert "record_keeping" not in asked_topics("常温で保存できるお菓子です。")


def test_japanese_rules_named_in_english_ask_japans_side() -> None:
    q = understand("Under Japanese law, who must keep the export records of our sake?", COVERED)
    assert q.japan_side, q


def test_a_statement_before_the_question_sets_its_scene() -> None:
    q = resolve_history(
        ["ボストンのお客さんに、かりんとうを国際郵便で送ることになりました。"],
        "FDAへの届けは必要ですか？",
        COVERED,
    )
    assert "scene" in q.inherited and "国際郵便" in q.context, q


def test_a_buyer_who_will_buy_is_no_buyer_search() -> None:
    text = "香港の古着屋がまとめて買ってくれるそうです。日本から送るのに書類は要りますか？"
    assert intent_of(nfkc(text).lower(), asked_topics(text)) != "buyers"


def test_crocodile_leather_is_said_in_the_corpus_as_cites_goods() -> None:
    assert "cites" in related("クロコダイルの財布")


def test_a_passage_cut_in_the_middle_of_a_sentence_gives_no_quote() -> None:
    assert unfinished("とともに、輸出許可の日の翌日から5年間保存しなければなりません。")
    assert unfinished("を記載した帳簿を備え付けます。")
    assert not unfinished("はじめに、輸出者が申告します。")
    assert not unfinished("ただし、輸出の許可は搬入の後に出ます。")


def test_samples_for_a_fair_are_said_in_the_corpus_words() -> None:
    from export_assist.answering.everyday import corpus_words, rule_terms

    said = "商談会に試食用のせんべいを持っていきます。展示会用の分も検査がいりますか？"
    assert "見本品" in rule_terms(said) and "見本品" in corpus_words(said)
