"""Session-26 reading of questions and choice of what to quote (issue 9 items 1 and 3), in new
words (not test22's): where raw materials were bought is no market, an HS question about a
paper is no document request, an excise duty is no tariff question, the asked sentence (not
the scene before it) says the question type and weighs more in the sentences quoted, a law
question names the law as it is officially called, business questions about a marketplace's
fees or a sales agent are hand-offs, and everyday time and quantity words are no topic."""

from __future__ import annotations

from functools import cache

import pytest

from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.asked_words import asked_weights, overlap
from export_assist.answering.compose import card_sentence
from export_assist.answering.coverage import content_terms
from export_assist.answering.repeats import similar
from export_assist.answering.retrieve import readable
from export_assist.answering.understand import understand
from export_assist.compliance.card_japanese import numbers
from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import packaged_table
from export_assist.compliance.library import CardLibrary
from export_assist.retrieval.tokenize import stemmed
from tests.conftest import REPO_ROOT

COVERED = frozenset({"US", "HK", "TW", "SG", "CA", "AU", "FR", "DE", "GB", "EU", "KR", "IN", "JP"})
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def test_countries_raw_materials_were_bought_from_are_no_markets() -> None:
    q = understand(
        "エチオピアとケニアから茶葉を仕入れて、宇治でブレンドした紅茶を香港のカフェに出します。",
        COVERED,
    )
    assert q.destinations == ["HK"] and not q.unsupported, q
    # an importer who comes from a market still names it
    order = understand("シンガポールから注文が来ました。梅酒を送りたい。", COVERED)
    assert order.destinations == ["SG"], order


def test_an_hs_question_about_the_invoice_is_no_document_request() -> None:
    q = understand("We make lacquered chopsticks. Which HS code should go on the invoice?", COVERED)
    assert q.intent == "hs", q
    asked = understand("Please make a commercial invoice for 200 sets of chopsticks.", COVERED)
    assert asked.intent == "documents", asked


def test_an_excise_duty_is_no_customs_tariff_question() -> None:
    assert not asks_duty("How is beer duty on our craft lager calculated in the UK?")
    assert asks_duty("What is the import duty on green tea in the UK?")


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        # the scene names a certificate; the question asks yes or no
        ("取引先に衛生証明書を頼まれました。うちの名前で申請していいですか？", "yes_no"),
        # a question word makes 「いいですか」 ask what
        ("台湾に送るとき、税関に何を見せればいいですか？", "what"),
        ("何か特別な届出は必要ですか？", "yes_no"),
        # the law's name or number, asked in everyday words
        ("シンガポールで食品の表示を決めている法律は何という法律ですか？", "law"),
        ("What law sets the labelling rules for honey in Canada?", "law"),
    ],
)
def test_the_asked_sentence_gives_the_question_type(text: str, qtype: str) -> None:
    assert understand(text, COVERED).qtype == qtype


def test_the_asked_sentences_words_weigh_when_a_scene_comes_first() -> None:
    message = "静岡の茶農家です。緑茶をシドニーに出します。検査の回数はいつ減りますか？"
    pool = [set(stemmed(s)) for s in ("検査の回数は5回合格すると減ります。", "緑茶の輸入です。")]
    weights = asked_weights(message, pool)
    assert weights and overlap("検査の回数は5回合格すると減ります。", weights) > 0
    assert overlap("緑茶の輸入です。", weights) == 0  # the scene's words are not the question
    assert asked_weights("検査の回数はいつ減りますか？", pool) == {}  # no scene: no extra weight


def test_a_law_question_shows_the_laws_own_name_to_a_japanese_reader() -> None:
    card = CARDS.current().by_id()["au-food-labelling"]
    asked = understand("オーストラリアで食品の原産国表示を決めている基準は何ですか？", COVERED)
    assert asked.qtype == "law"
    assert "Country of Origin Food Labelling Information Standard 2016" in card_sentence(
        card, asked, None
    )
    plain = understand("オーストラリアで食品の表示に何が必要ですか？", COVERED)
    assert "Information Standard" not in card_sentence(card, plain, None)


@pytest.mark.parametrize(
    "text",
    [
        "アメリカのAmazonで南部鉄器を売りたいです。出品手数料はいくらですか？",
        "Can you recommend a sales agent in Sydney for our green tea?",
    ],
)
def test_a_marketplaces_fees_or_a_sales_agent_is_business_advice(text: str) -> None:
    assert understand(text, COVERED).advice


def test_everyday_time_and_quantity_words_are_no_topic() -> None:
    terms = content_terms("先週の出荷分だけ原産地証明の申請を忘れました。余分に何か要りますか？")
    assert not {"先週", "出荷分", "余分"} & set(terms), terms
    assert "besides" not in content_terms("Besides the label, what does the importer file?")


def test_an_indian_city_in_katakana_names_india() -> None:
    assert understand("ベンガルールの雑貨店に漆器を出します。", COVERED).destinations == ["IN"]


def test_the_number_lint_reads_amounts_and_month_words_as_people_write_them() -> None:
    assert numbers("JPY 200,000 or KRW 30 million") == numbers("20万円または3,000万ウォン")
    assert "5" not in numbers("The importer may apply online.")
    assert "5" in numbers("in force since 1 May 2025")


@cache
def _suggester() -> RankedHsSuggester:
    return RankedHsSuggester(packaged_table(), None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0.7 mm mechanical pencils", "960840"),
        ("gel nail polish", "330430"),
        ("cotton tea towel", "630260"),
        ("white miso", "210390"),
    ],
)
def test_everyday_english_goods_words_reach_their_subheading(text: str, code: str) -> None:
    assert _suggester().suggest(text, 3)[0].code == code


def test_a_who_question_shows_the_authoritys_own_name_to_a_japanese_reader() -> None:
    card = CARDS.current().by_id()["ca-ccpsa-records-incident-reporting"]
    asked = understand("カナダで子ども用の木のおもちゃの事故は誰に報告しますか？", COVERED)
    assert asked.qtype == "who"
    assert "Health Canada" in card_sentence(card, asked, None)
    plain = understand("カナダで木のおもちゃに必要なことは？", COVERED)
    assert "Health Canada" not in card_sentence(card, plain, None)


def test_english_text_repeats_by_word_pairs_not_letter_pairs() -> None:
    card = (
        "Plants whose importing country requires a phytosanitary certificate may only be "
        "exported after the Plant Protection Station's export inspection."
    )
    new = "Plants carried in hand luggage can be inspected at any station on the day of departure."
    assert not similar(new, card)
    assert similar(
        "The importer must register with FDA before the first shipment.",
        card + (" Before the first shipment, the importer must register with FDA."),
    )


def test_the_english_key_points_are_passages_for_english_readers_only() -> None:
    points = {"section": "Key points (English) > Preferential routes"}
    assert readable(points, "en") and not readable(points, "ja")
    assert readable({"section": "特恵ルート"}, "ja")
