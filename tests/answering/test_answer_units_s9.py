"""Session-9 answer text without an index: the card of a condition the question states joins
the lead card, a Japanese card sentence says what its title means, a sentence adding a
figure is no repeat, 「税金」 searches for the import taxes, a follow-up keeps goods the
vocabulary lacks, and no quote leans on a sentence it does not show (「ただし」), points to
other documents, speaks of the document itself, lists sources or states a mistake as a rule."""

from __future__ import annotations

from export_assist.answering.cardpick import fits, pick_cards
from export_assist.answering.catalog import DocProfile
from export_assist.answering.compose import card_sentence
from export_assist.answering.everyday import corpus_words
from export_assist.answering.followup import resolve_history
from export_assist.answering.rerank import DocScore
from export_assist.answering.select import labelled, new_figures, similar
from export_assist.answering.understand import understand
from export_assist.answering.units import units
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB NL CN KR TW HK SG VN AU JP INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def _card(card_id: str):  # type: ignore[no-untyped-def]
    return CARDS.current().by_id()[card_id]


def test_a_card_for_a_condition_the_question_states_joins_the_lead_card() -> None:
    q = understand(
        "ミルクチョコがかかったビスケットをドイツに出したい。乳製品が入ってると国境で検査があるの？",
        COVERED,
    )
    assert "contains_dairy" in q.conditions
    assert fits(_card("eu-composite-dairy"), q)
    assert not fits(_card("de-verpackg-system-participation"), q)
    # retrieval ranked the packaging document first, the composite-products one third
    docs = [
        DocScore(DocProfile(d, d, "DE", "ja", [], []))
        for d in ("de-verpackg-packaging", "de-elektrog-battdg", "eu-composite-products")
    ]
    picked = [c.id for c in pick_cards(CARDS.cards, q, ["DE", "EU", "INTL"], q.text, docs)]
    assert picked[0].startswith("de-verpackg") and picked[1] == "eu-composite-dairy"


def test_a_japanese_card_sentence_says_what_its_title_means() -> None:
    q = understand("台湾の関税はEPAで下がる？", COVERED)
    text = card_sentence(_card("tw-mfn-tariff-no-epa"), q, None)
    # the title says 「一般税率」; the requirement's first sentence names the MFN rate
    assert "日台間にEPAなし" in text and "MFN税率が適用されます。" in text
    assert text.count("MFN税率が適用されます") == 1


def test_a_sentence_adding_a_figure_is_no_repeat() -> None:
    card = "米国では、英語の食品表示(栄養成分表示)が必要です(根拠: 21 CFR Part 101(食品表示))。"
    quote = "栄養成分表示(Nutrition Facts):21 CFR 101.9の書式。"
    assert new_figures(quote, card) == {"101.9"}
    assert not similar(quote, card)
    # the same figures written another way add nothing
    assert new_figures("2〜6週間、1,000円、9 %", "2-6 weeks, 1000 yen, 9%") == set()
    assert similar("英語の食品表示が必要です。", card)


def test_everyday_tax_words_search_for_the_import_taxes() -> None:
    words = corpus_words("向こうで輸入するときに何か税金がかかる？")
    assert "gst" in words and "import vat" in words


def test_a_follow_up_keeps_goods_the_vocabulary_lacks() -> None:
    q = resolve_history(
        ["天然の冷凍ブリをオランダに出したい。何が必要？"], "イギリスに出すならどう違う？", COVERED
    )
    assert q.destinations == ["GB"] and q.phrase == "天然の冷凍ブリ"
    # only the market changed: the earlier question is asked again of GB (s10)
    assert q.asked == "天然の冷凍ブリを英国に出したい。何が必要？"


def test_a_however_is_read_with_the_sentence_it_qualifies_or_not_at_all() -> None:
    text = "香港は自由港で、輸入品に関税はかかりません。ただし、中国本土へ再輸出する場合は書類が必要です。"
    assert units(text) == [text]
    # nothing before it here: no quote
    assert (
        units(
            "ただし、香港経由で中国本土等へ再輸出する場合、原産地の書類が必要になることがあります。"
        )
        == []
    )
    assert units("However, a paper copy is still needed for any buyer who asks.") == []


def test_pointers_and_sentences_about_the_document_are_no_quotes() -> None:
    pointer = (
        "全体像は「外為法のリスト規制」と「キャッチオール規制と経済産業省の外国ユーザーリスト」、"
        "手順は「外為法の該非判定の手順」を参照してください。"
    )
    assert units(pointer) == []
    about = "相手国側の輸入規制は各国の文書で扱い、本書は日本側の手続きだけをまとめます。"
    assert units(f"{about}この文書は、中小企業がつまずきやすい点をまとめます。") == []
    assert units("This document covers the US rules for food.") == []
    # a pointer inside a sentence goes, the sentence stays
    assert units("酒類の証明書は国税庁が別に扱います(「日本の酒類の輸出手続き」参照)。") == [
        "酒類の証明書は国税庁が別に扱います。"
    ]
    assert units(
        "Manufacturer: name and registration number (see us-fda-food-facility-registration)."
    ) == ["Manufacturer: name and registration number."]


def test_a_list_of_sources_is_no_quote() -> None:
    text = (
        "Sources 21 CFR Part 1 Subpart I, eCFR: https://www.ecfr.gov/current/title-21/chapter-I/"
        "subcha pter-A/part-1/subpart-I Prior Notice. Submit prior notice before the food arrives."
    )
    assert units(text) == ["Submit prior notice before the food arrives."]


def test_a_mistake_says_it_is_one() -> None:
    assert labelled("英国輸入者の住所表示がない。", "要点(日本語) > よくある失敗") == (
        "よくある失敗：英国輸入者の住所表示がない。"
    )
    assert labelled("Labels in Japanese only.", "Common pitfalls") == (
        "Common pitfalls: Labels in Japanese only."
    )
    # a section that mixes practice and mistakes keeps its sentences as they are
    assert labelled("輸入者が申告します。", "実務とよくある誤り") == "輸入者が申告します。"


def test_a_sentence_cut_before_its_end_is_no_quote() -> None:
    from export_assist.answering.select import pick_sentences
    from export_assist.domain.citations import Citation, SearchHit

    text = (
        "「食品添加物使用範圍及限量暨規格標準」(食品安全衛生管理法第18条第1項に基づく)により、\n\n"
        "残留農薬は附表の基準に適合しなければなりません。"
    )
    hit = SearchHit(chunk_id="c", text=text, citation=Citation(doc_id="tw", title="t"), score=1.0)
    quotes = pick_sentences([hit], "残留農薬の基準は？", "what", "ja", n=3)
    assert [q.text for q in quotes] == ["残留農薬は附表の基準に適合しなければなりません。"]
