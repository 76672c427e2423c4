"""Session-27 reading of questions (issue 9 items 1, 3 and 4), in new words (not test23's):
a US state or a city of a covered market names that market (a state is no namesake
country), a bare "FDA" beside the Philippines is the Philippine FDA, a 'which law' question
the quoted lines do not answer names the legal basis the read document gives, a card that
names the asked topic word leads over one filed under the topic, a value a market applies
is no scope question, an HS question's "when" clause is no product, and a question with no
market, topic or goods is not answered from one market's rules; a company the goods go to is
no goods, nor is what a certificate is about, and a market's lifted nuclear-accident measures
and the postal customs declaration are quoted to the questions that ask for them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from export_assist.answering import goods, vocab
from export_assist.answering.applies import ASKS_VALUE
from export_assist.answering.doc_goods import for_goods
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.followup import resolve_history
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.phrase import product_phrase
from export_assist.answering.select import on_topic
from export_assist.answering.subquestions import parts
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit
from tests.answering.conftest import index_slice

COVERED = frozenset({"US", "HK", "TW", "SG", "CN", "KR", "PH", "TH", "ID", "GB", "EU", "JP"})
SLICE = [
    "ph/ph-food-import-fda-documents-trans-fat.md",
    "ph/ph-market-entry.md",
    "jp/jp-alcohol-export.md",
    "kr/japan-food-radioactivity-measures.md",
    "kr/pesticide-pls-food-additives.md",
    "jp/jp-food-nuclear-related-restrictions.md",
    "uk/uk-electrical-radio-batteries.md",
    "us/us-cbp-entry-isf-bond.md",
    "jp/jp-export-procedure-overview.md",
    "intl/intl-trade-documents.md",
    "uk/uk-food-import-sps.md",
    "jp/jp-rice-export-notification.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(tmp_path_factory.mktemp("s27reading"), SLICE)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


@pytest.mark.parametrize(
    ("text", "markets"),
    [
        ("Our distributor in New Jersey asked for dried shiitake.", ["US"]),
        ("A deli in Boston wants our yuzu juice.", ["US"]),
        ("杭州の問屋に急須を卸すことになりました。", ["CN"]),
        ("チカランの工場に部品を送ります。", ["ID"]),
        ("A tea shop in Makati asked us for matcha. The FDA wants a licence first?", ["PH"]),
        # a place named beside an "FDA" of its own keeps the US when the US is named too
        ("Do I need FDA registration for Thailand and the US?", ["TH", "US"]),
        # a padlock named after Nanjing is no market
        ("南京錠を海外に売りたい", []),
    ],
)
def test_a_state_or_city_of_a_covered_market_names_it(text: str, markets: list[str]) -> None:
    q = understand(text, COVERED)
    assert q.destinations == markets and not q.unsupported, q


def test_a_law_question_the_quotes_do_not_answer_names_the_documents_legal_basis(
    engine: AnswerEngine,
) -> None:
    answer = engine.answer(
        engine.understand(
            "We are opening a small wine and spirits import business in Quezon City. The FDA "
            "told us we need a License to Operate. What law requires that licence?"
        )
    )
    assert not answer.escalate, answer.text
    assert "Republic Act No. 3720" in answer.text.splitlines()[0], answer.text


def test_a_card_naming_the_asked_topic_word_leads_over_one_only_filed_under_it(
    engine: AnswerEngine,
) -> None:
    answer = engine.answer(
        engine.understand("What radioactive caesium limit applies in Korea to Japanese scallops?")
    )
    first = answer.text.splitlines()[0]
    assert "radioactiv" in first.lower() and "Positive List" not in first, answer.text
    assert "100 Bq/kg" in answer.text, answer.text


def test_a_value_a_market_applies_is_no_question_whether_a_rule_applies() -> None:
    assert ASKS_VALUE.search("What caesium limit does Taiwan apply to tea?")
    assert ASKS_VALUE.search("Which duty rate applies to our sake?")
    assert not ASKS_VALUE.search("Does the labelling rule apply to samples?")
    assert not ASKS_VALUE.search("Which products does the ban apply to?")


def test_a_when_clause_before_an_hs_request_is_no_product() -> None:
    text = (
        "岐阜で陶器の箸置きを作っています。シアトルの雑貨店に卸すとき、インボイスに書くHSコードは？"
    )
    assert hs_product(text) == "陶器の箸置き"


def test_a_question_with_no_market_topic_or_goods_is_not_answered_from_one_markets_rules(
    engine: AnswerEngine,
) -> None:
    answer = engine.answer(
        engine.understand(
            "海外のクラウドファンディングで新商品を先行販売したいです。"
            "プラットフォームの手数料は売上の何％くらいですか？"
        )
    )
    assert answer.escalate, answer.text


def test_a_company_the_goods_go_to_is_no_goods_and_industrial_use_keeps_its_first_kanji() -> None:
    q = understand("産業用のモーターを作っています。広州の家電メーカーに納めます。", COVERED)
    assert q.product == "モーター" and "electronics" in q.categories, q
    assert (
        product_phrase("産業用の小型モーターを作っています。", "モーター") == "産業用の小型モーター"
    )


def test_what_a_certificate_is_about_is_no_goods_so_the_follow_up_keeps_the_product() -> None:
    first = "乳業メーカーです。バンコクの製菓会社から脱脂粉乳を買いたいと言われています。"
    follow = "向こうの求める放射能の証明を付けなかったら、タイの港でどうなりますか？"
    q = resolve_history([first], follow, COVERED)
    assert q.product == "脱脂粉乳" and "contains_dairy" in q.conditions, q


def test_a_lifted_nuclear_accident_measure_speaks_to_a_radioactivity_question() -> None:
    q = understand("福島産の桃をシンガポールに送るとき、放射能の検査は要りますか？", COVERED)
    assert "food_safety" in q.topics, q
    lifted = "シンガポールは2021年5月28日に、東京電力福島第一原発事故に伴う日本産食品の輸入規制を撤廃しました。"
    assert on_topic(lifted, "日本産食品の特別措置", vocab.topic_words(q.topics))


def test_the_postal_customs_declaration_is_quoted_to_an_ems_question(engine: AnswerEngine) -> None:
    answer = engine.answer(
        engine.understand(
            "手作りの陶器を台湾の個人のお客さんにEMSで送ります。1回3万円くらいです。"
            "郵便局で税関に出す書類はありますか？"
        )
    )
    assert "税関告知書" in answer.text, answer.text


def test_a_message_asking_two_things_is_split_into_its_questions() -> None:
    assert parts("Which accounts does IPAFFS need, and how many days ahead can we notify?") == [
        "Which accounts does IPAFFS need",
        "how many days ahead can we notify?",
    ]
    assert (
        len(parts("精米は届出がいると聞きました。玄米も要りますか？出さないとどうなりますか？"))
        == 2
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "We import frozen eel from Japan into London. Which accounts does IPAFFS need, "
            "and how many days ahead can the notification go in?",
            "Government Gateway",
        ),
        (
            "秋田の農家です。ロサンゼルスのスーパーに、あきたこまちの精米と、その米で作った米粉を出します。"
            "米粉にも届出が要りますか？届出を忘れたらどうなりますか？",
            "米粉など",
        ),
    ],
)
def test_each_question_of_a_two_question_message_gets_its_sentence(
    engine: AnswerEngine, question: str, fact: str
) -> None:
    answer = engine.answer(engine.understand(question))
    assert fact in answer.text, answer.text


def test_a_document_kept_to_other_goods_gives_no_quote() -> None:
    @dataclass
    class Doc:
        categories: list[str]

    docs = {"cosmetics": Doc(["cosmetics"]), "food": Doc(["food", "alcohol"]), "any": Doc([])}
    hits = [
        SearchHit(chunk_id=d, text="…", citation=Citation(doc_id=d, title=d), score=1.0)
        for d in ("cosmetics", "food", "any")
    ]
    wanted = goods.wanted(["alcohol", "beverages"], "焼酎", [])
    kept = [h.citation.doc_id for h in for_goods(hits, docs, wanted)]
    assert kept == ["food", "any"]
    assert len(for_goods(hits, docs, frozenset())) == 3  # no goods asked: all kept
    # a consumer-products document lists household goods: a kettle's question keeps it
    ccpsa = {"ccpsa": Doc(["household", "toys", "textiles", "electronics"])}
    hit = [SearchHit(chunk_id="c", text="…", citation=Citation(doc_id="ccpsa", title="c"), score=1)]
    kettle = goods.wanted(["household", "food_contact"], "kettle", ["food_contact"])
    assert for_goods(hit, ccpsa, kettle, ["household", "food_contact"]) == hit
