"""Session-56 readings (issue 9): what tuning test52 showed the engine misread, each checked here
in new words. "From what date …" asks a date; a question about one fruit is answered by that
fruit's sentence, never by the one about another fruit beside it (Viet Nam opened its door to
apples, pears and mandarins on three dates); a variety written onto the goods (「二十世紀梨」) and
the customer named in everyday words (「客先」) set the scene, so they do not hand the question off;
papers kept for five years "from when" is a record-keeping question, not contract advice; orders
exchanged by e-mail are the electronic transaction data kept with the export records; the name
of a database asked beside an export wish is no checklist request; looking a species up by its
scientific name is CITES's Species+, and a species one cannot name may be listed with its whole
order."""

from __future__ import annotations

import pytest

from export_assist.answering.coverage import Evidence, coverage
from export_assist.answering.everyday import rule_terms
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.produce import fruit_bonus, fruits, other_fruit
from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import understand
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.citations import Citation, SearchHit
from export_assist.translation.termbase import TermBase

COVERED = frozenset({"VN", "TW", "TH", "US", "KR", "IN", "FR", "HK", "MY", "CA", "JP"})


@pytest.fixture(scope="module")
def termbase() -> TermBase:
    return TermBase.load()


def _hit(text: str) -> SearchHit:
    citation = Citation(
        doc_id="tw-fruit", title="tw-fruit", source_url="https://example.org/x", section="s"
    )
    return SearchHit(chunk_id="tw-fruit-1", text=text, citation=citation, score=0.5)


@pytest.mark.parametrize(
    "said",
    [
        "We grow peaches in Yamanashi. From what date may Japanese peaches enter Taiwan again?",
        "Since when has Thailand accepted Japanese strawberries?",
        "In which year did Korea lift its ban on our scallops?",
    ],
)
def test_a_date_asked_in_other_words_is_a_when_question(said: str) -> None:
    assert understand(said, COVERED).qtype == "when"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("山形の二十世紀梨を台湾へ", {"pear"}),
        ("りんごとなしは解禁されました", {"apple", "pear"}),
        ("| なし | 2017年1月16日に解禁 |", {"pear"}),
        ("原材料表示なしの商品", set()),  # 「なし」 as "none"
        ("It will appear on the pearl-white label", set()),
        ("Satsuma mandarins and grapes", {"mandarin", "grape"}),
        ("柿の種を輸出したい", set()),  # a snack, not the fruit
        ("鶏もも肉の冷凍品", set()),  # a thigh, not a peach
        ("山梨の桃とすもも", {"peach"}),  # 山梨 is Yamanashi, すもも a plum
    ],
)
def test_the_fruit_a_text_names(text: str, named: set[str]) -> None:
    assert fruits(text) == named


def test_a_question_about_one_fruit_quotes_that_fruits_sentence() -> None:
    passages = [
        _hit(
            "- Japanese peaches may enter Taiwan from 1 May 2019 under a bilateral work plan.\n"
            "- Japanese strawberries entered Taiwan again from 12 March 2021 after a long ban."
        )
    ]
    asked = "We grow strawberries in Tochigi. From what date could they be shipped to Taiwan again?"
    got = pick_sentences(passages, asked, "when", "en", n=2, message=asked)
    assert got and "strawberries" in got[0].text
    assert not any("peaches" in q.text for q in got)
    # a sentence naming the fruit asked scores more; one naming only another is left out
    assert fruit_bonus(asked)("Strawberries need a phytosanitary certificate.") > 0
    assert other_fruit(asked)("Peaches need a phytosanitary certificate.")
    assert not other_fruit(asked)("Fresh fruit needs a phytosanitary certificate.")
    # several fruits asked at once: no fruit is favoured or left out
    both = "Can we ship peaches and strawberries to Taiwan?"
    assert fruit_bonus(both)("Peaches need a permit.") == 0.0
    assert not other_fruit(both)("Peaches need a permit.")


def test_a_variety_written_onto_the_goods_is_part_of_them(termbase: TermBase) -> None:
    rule = Evidence(["台湾向けの梨は、登録園地で生産されたものに限り輸出できます。"])
    found = coverage("幸水梨を台湾に出したい。梨の条件は？", rule, termbase)
    assert "幸水" not in found.missing


@pytest.mark.parametrize("party", ["客先", "取引先", "得意先"])
def test_the_customer_named_in_everyday_words_sets_the_scene(
    party: str, termbase: TermBase
) -> None:
    rule = Evidence(["輸出の帳簿と書類は5年間保存しなければなりません。"])
    found = coverage(f"タイの{party}との書類は何年保存しますか？", rule, termbase)
    assert party not in found.terms


@pytest.mark.parametrize(
    "said",
    [
        "契約書や請求書などの輸出書類は5年残すと聞きました。いつから数えますか？",
        "輸出の契約書は、輸出許可の日から起算して何年ですか？",
    ],
)
def test_how_long_papers_are_kept_is_no_contract_advice(said: str) -> None:
    assert "contracts" not in advice_kinds(understand(said, COVERED))


@pytest.mark.parametrize(
    "said",
    [
        "見積も注文もメールでやり取りしていて紙には印刷していません。これも保存が要りますか？",
        "Our purchase orders are exchanged by email and never printed. Must we keep them?",
    ],
)
def test_orders_kept_only_as_emails_are_electronic_transaction_data(said: str) -> None:
    assert "電子取引データ" in rule_terms(said) or "electronic transaction data" in rule_terms(said)


def test_a_name_asked_beside_an_export_wish_is_no_checklist_request() -> None:
    said = (
        "香港に漆器を輸出したいのですが、材料の木がワシントン条約の対象か調べる公的な"
        "サイトがあるそうです。何というサイトですか？"
    )
    assert understand(said, COVERED).intent != "checklist"
    # the wish alone is still one
    assert understand("香港に漆器を輸出したいです。", COVERED).intent == "checklist"


@pytest.mark.parametrize(
    ("said", "term"),
    [
        ("象牙の代わりの骨材を使う根付です。学名で調べられる公的なデータベースは？", "species+"),
        ("We want to look up the species of our wood by its scientific name.", "species+"),
        ("トカゲ革の細かい種名が分からないのですが、対象になりますか？", "上位の分類群"),
        ("The exact species of our python leather is unknown. Is it still covered?", "higher taxa"),
    ],
)
def test_cites_look_up_words_name_the_sentence_that_answers(said: str, term: str) -> None:
    assert term in [t.lower() for t in rule_terms(said)]


@pytest.mark.parametrize(
    ("said", "group"),
    [
        (
            "ソウルの展示会のブースで日本酒を試飲販売したい。試飲販売の許可は誰が取る？",
            "local_business",
        ),
        (
            "Do we need a premises licence to sell our umeshu at a Manchester fair?",
            "local_business",
        ),
        ("インドネシアでネットワーク販売をしたいのですが、届出は要りますか？", "strategy"),
        (
            "Our partner wants to sell our supplements in Thailand by multi-level marketing.",
            "strategy",
        ),
        ("買主の購買約款と当社の販売条件、フランスではどちらの約款が優先？", "contracts"),
        (
            "Their order says their conditions of purchase apply. Whose terms govern in Italy?",
            "contracts",
        ),
        (
            "フランスのネットショップで、100gあたりの価格も表示しないといけませんか？",
            "price_control",
        ),
        (
            "Must our German web shop show the price per kilogram? We heard of the Grundpreis.",
            "price_control",
        ),
        (
            "Our web shop for Korean customers does not work with a screen reader. Is that illegal?",
            "online",
        ),
        ("アメリカ向けの通販サイトのアクセシビリティについて基準はありますか？", "online"),
    ],
)
def test_business_questions_no_document_answers_are_handed_off(said: str, group: str) -> None:
    assert group in advice_kinds(understand(said, COVERED))


@pytest.mark.parametrize(
    "said",
    [
        # an invoice's unit price and an alcohol import licence are the corpus's
        "Please make a commercial invoice: 200 bottles of sake, unit price JPY 1,500, FOB Osaka.",
        "Does the UK need a licence to import our sake, or only the importer's approval?",
        # a sale made straight to consumers online is a cross-border e-commerce question
        "Can we sell cosmetics directly to Chinese consumers through cross-border e-commerce?",
    ],
)
def test_trade_questions_near_those_words_are_not_handed_off(said: str) -> None:
    assert not advice_kinds(understand(said, COVERED))


def test_a_list_of_other_fruits_stays_for_a_fruit_it_leaves_out() -> None:
    # "only apples and pears are admitted" answers a question on peaches
    asked = "Can we ship our peaches to Viet Nam?"
    assert not other_fruit(asked)("Only apples and pears from Japan are on the permitted list.")
    assert other_fruit(asked)("Apples from Japan were admitted on 17 September 2015.")


def test_a_number_printed_in_the_general_terms_of_sale_is_no_contract_question() -> None:
    said = (
        "Our importer in Lyon says a recycling number must be printed in our general terms of "
        "sale. What is that number called?"
    )
    assert "contracts" not in advice_kinds(understand(said, COVERED))


def test_a_fruit_named_as_the_exception_stays() -> None:
    asked = "青森のりんごをマレーシアに出します。日本側で登録は要りますか？"
    rule = "日本産の青果物は、かんきつ類（温州みかん）を除き、植物検疫証明書なしで輸出できます。"
    assert not other_fruit(asked)(rule)


def test_a_sales_papers_in_everyday_words_are_the_contracts_and_invoices(
    termbase: TermBase,
) -> None:
    records = Evidence(
        ["契約書、仕入書などの書類や電子取引データとともに、5年間保存しなければなりません。"]
    )
    found = coverage(
        "注文書も請求書もメールとPDFでやり取りしています。保存は必要？", records, termbase
    )
    assert not {"注文書", "pdf", "メール"} & set(found.missing)


@pytest.mark.parametrize("name", ["健康茶", "野草茶"])
def test_a_health_tea_is_a_beverage(name: str) -> None:
    categories = ProfileBuilder(embedder=None).build(name, None).categories
    assert "food" in categories and "cosmetics" not in categories


def test_a_word_written_onto_other_goods_stays_a_topic_word(termbase: TermBase) -> None:
    rule = Evidence(["韓国に輸入する機械は、UNI-PASSで輸入申告をします。"])
    found = coverage("製造機械を韓国に出しました。付加価値税は還付されますか？", rule, termbase)
    assert "製造" in found.missing
