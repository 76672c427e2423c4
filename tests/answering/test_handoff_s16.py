"""Session-16 hand-off (issue 9, item 4): a member state's own retail monopoly, sale hours,
online-sale limits, deposit scheme or packaging licence (a city naming the state) go to an
advisor with what the EU's rules say; a buyer's request for a lower price or whether a
buyer will pay is advice, handed off with what the service can do; a card of the
question's own topic keeps an answer that misses a few of its words. Every sentence here
is new (none is an evaluation case)."""

from __future__ import annotations

import pytest

from export_assist.answering.compose import Composed
from export_assist.answering.confidence import off_topic, on_topic
from export_assist.answering.coverage import Coverage
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand
from export_assist.container import Container

COVERED = frozenset({"EU", "DE", "FR", "GB", "US", "AU", "JP", "INTL"})


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a city names the state
        ("ストックホルムで焼酎を売りたい。国営の酒の小売店に扱ってもらうには？", ["SE"]),
        ("Can we sell umeshu online to customers in Riga?", ["LV"]),
        ("May our sake be sold online to shoppers in Vienna?", ["AT"]),
        ("ダブリンの酒屋で日本酒を売る。夜は何時まで販売できる？", ["IE"]),
        (
            "アムステルダムのスーパーで缶チューハイを売る。空き缶の回収のデポジットはどうなる？",
            ["NL"],
        ),
        (
            "What does the alcohol monopoly in Oslo's neighbour Sweden ask of a new supplier?",
            ["SE"],
        ),
        ("マドリードの雑貨店に食器を卸す。スペインの包装のライセンス契約は誰が結ぶ？", ["ES"]),
        ("リスボンのワインショップでネット販売もしたい。ポルトガルの規制は？", ["PT"]),
        # online or opening hours without alcohol, or an EU-wide rule: answered
        ("ヘルシンキのネットショップで日本茶を売りたい。表示は何語？", []),
        ("ミラノで日本酒を売る。ラベルのアルコール度数の表示は？", []),
        # a member state with documents of its own answers from them
        ("パリで日本酒をネット販売したい。フランスの規制は？", []),
    ],
)
def test_a_member_states_own_measures_are_read(text: str, states: list[str]) -> None:
    assert national_gap(understand(text, COVERED), COVERED) == states


def test_a_retail_monopoly_is_handed_off_with_the_eu_rules(engine: AnswerEngine) -> None:
    q = engine.understand(
        "コペンハーゲンではなくストックホルムで梅酒を売りたい。酒類の専売の店に並べる方法は？"
    )
    a = engine.answer(q)
    assert a.escalate and a.kind == "handoff"
    assert a.text.startswith("スウェーデン独自の規則")
    assert "小売の独占" in a.text and "アドバイザー" in a.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("パリの百貨店から、卸値を1割下げてほしいと言われた。応じるべき？", "contracts"),
        ("シドニーの輸入者に値引きを求められた。どこまで応じればいい？", "contracts"),
        ("A buyer in Toronto asked for a discount of 12%. How far should we go?", "contracts"),
        ("Our new importer in Manila: how do we know they will pay on time?", "credit"),
        ("台北の新しい取引先、期日通りに払ってくれるか心配。どう確かめる？", "credit"),
    ],
)
def test_price_and_payment_questions_are_advice(text: str, kind: str) -> None:
    q = understand(text, COVERED)
    assert q.advice and kind in advice_kinds(q)


def test_a_tax_no_document_names_is_advice() -> None:
    q = understand(
        "グアドループの輸入者に、せんべいにオクトロワ・ド・メールがかかると言われた。何％？",
        COVERED,
    )
    assert "tax" in advice_kinds(q)


def test_advice_is_handed_off_politely_in_japanese(engine: AnswerEngine) -> None:
    a = engine.answer(
        engine.understand("ベルリンのバイヤーに卸値を2割下げてほしいと言われた。どうすべき？")
    )
    assert a.escalate and a.kind == "handoff" and not a.citations
    assert "契約・交渉" in a.text and "このサービスでお手伝いできるのは" in a.text
    assert "バイヤー候補" in a.text and "アドバイザー" in a.text
    assert not any(w in a.text for w in ("EORI", "HMRC", "CE"))


def test_a_card_of_the_questions_topic_lowers_the_coverage_bar() -> None:
    found = Coverage(share=0.33, terms=list("abcdef"), missing=["a", "b", "c", "d"])
    assert off_topic(found) and not off_topic(found, carded=True)
    # far too little of the question is still another topic, card or not
    thin = Coverage(share=0.2, terms=list("abcde"), missing=["a", "b", "c", "d"])
    assert off_topic(thin, carded=True)
    # a named company or a year no line states is not forgiven by a card
    company = Coverage(share=0.5, terms=list("ab"), missing=["a"], company=True)
    assert off_topic(company, carded=True)


def test_on_topic_reads_the_cards_shown(corpus_container: Container) -> None:
    cards = corpus_container.card_library.cards
    card = next(c for c in cards if c.id == "jp-end-user-screening")
    text = "マレーシアの研究機関に汎用の測定装置を売る。経産省の外国ユーザーリストに載っていたら？"
    q = understand(text, COVERED)
    assert card.topic in q.topics
    assert on_topic(q, Composed(cards=[card]))
    assert not on_topic(q, Composed())
    label = next(c for c in cards if c.topic not in q.topics)
    assert not on_topic(q, Composed(cards=[label]))
