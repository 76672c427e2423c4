"""Session-10 hand-off: the question's topic and its goods are judged apart. Where the
goods are sold, a prefecture in Latin letters and the words describing covered goods are
no missing topic (false hand-offs on test7/test6); a capital names its market, and
medicines, tobacco and trade-remedy duties are families the corpus must hold for the
market (missed hand-offs)."""

from __future__ import annotations

import pytest

from export_assist.answering.coverage import content_terms, coverage
from export_assist.answering.evidence_text import Evidence
from export_assist.answering.places import find_places
from export_assist.answering.qtypes import _qtype
from export_assist.answering.understand import families, understand
from export_assist.translation.termbase import TermBase

COVERED = frozenset({"AU", "CN", "DE", "JP", "US", "VN"})


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return TermBase.load()


def test_the_shop_the_goods_are_sold_through_is_no_topic() -> None:
    assert content_terms("ヒノキのまな板をドイツの通販会社に出す。") == ["まな板", "ヒノキ"]
    assert "ドラッグストア" not in content_terms("市販の湿布薬をタイのドラッグストアで売りたい")
    assert "ネットショップ" not in content_terms("ランドセルをアメリカのネットショップで売りたい")
    assert "pharmacy" not in content_terms("It goes to an Australian pharmacy chain.")
    # a shop asked about is the topic; a shop named by its goods is those goods
    assert "飲食店" in content_terms("飲食店の営業許可はどう取ればいいですか？")
    assert content_terms("文具店に卸す") == ["文具"]


def test_a_prefecture_in_latin_letters_is_no_topic_but_fukushima_is() -> None:
    terms = content_terms("Frozen Hokkaido scallops are going to an importer in Le Havre.")
    assert "hokkaido" not in terms and "scallops" in terms
    assert "fukushima" in content_terms("Is food from Fukushima banned in Korea?")
    assert "saga" in content_terms("The saga of our labels")  # a word, not 佐賀


def test_covered_goods_cover_the_words_that_describe_them(termbase: TermBase) -> None:
    rules = Evidence(["Primary sunscreens are therapeutic goods entered in the ARTG."])
    kinds = {"sunscreen": ["cosmetics"], "milk": ["food"]}
    question = "Is our SPF50 sunscreen milk treated as a cosmetic?"
    found = coverage(question, rules, termbase, lambda w: kinds.get(w, []))
    assert "milk" not in found.missing and "sunscreen" not in found.missing
    # ... but never the topic: an uncovered topic word stays missing
    duty = "Is our sunscreen milk under an anti-dumping duty?"
    found = coverage(duty, rules, termbase, lambda w: kinds.get(w, []))
    assert "anti-dumping" in found.missing


def test_medicines_tobacco_and_trade_remedies_are_families() -> None:
    assert families("市販の湿布薬をタイのドラッグストアで売りたい") == ["medicines"]
    assert families("オーストラリアで電子たばこ用のリキッドを売りたい") == ["tobacco"]
    assert families("a home-use laser cap for hair regrowth") == ["medical_devices"]
    assert families("ベトナムが日本製の鉄鋼製品にかけているアンチダンピング税") == [
        "trade_remedies"
    ]
    assert families("タイで日本のブランドの商標を勝手に登録されてた") == ["intellectual_property"]
    # s10 trial W6: the Philippines' ban on used clothing is no routine checklist
    assert families("フィリピンに中古の衣料品を輸出したい") == ["used_clothing"]
    # a furniture fire test names no tobacco
    assert "tobacco" not in families("does the sofa pass the cigarette test for fire safety")


def test_a_capital_names_its_market_and_nail_polish_no_market() -> None:
    assert [m.code for m in find_places("サンサルバドルのスーパーから醤油の引き合い")] == ["SV"]
    assert [m.code for m in find_places("a buyer in Islamabad")] == ["PK"]
    assert [m.code for m in find_places("nail polish for a US distributor")] == ["US"]
    assert [m.code for m in find_places("our Polish distributor")] == ["PL"]


def test_when_asks_a_date_only_as_a_question() -> None:
    assert _qtype("where are they checked when they land?") != "when"
    assert _qtype("when must the label be applied?") == "when"
    assert _qtype("the rule applies from when?") == "when"


def test_checking_a_foreign_buyer_is_japans_export_control() -> None:
    # s9 trial V25: opened with China's import declaration
    q = understand(
        "中国の会社から工作機械を買いたいと言われた。相手の会社が大丈夫か調べたい", COVERED
    )
    assert "export_control" in q.topics and q.japan_side


def test_a_freezer_is_an_electrical_appliance(termbase: TermBase) -> None:
    # s7 trial T12: handed off for 「冷凍庫」 under the EESS card
    rules = Evidence(["Level 3 electrical equipment needs a certificate of conformity."])
    rules.scopes = [frozenset({"electronics"})]
    question = "業務用の冷凍庫をオーストラリアに輸出したい。必要な認証は？"
    assert "冷凍庫" not in coverage(question, rules, termbase).missing
