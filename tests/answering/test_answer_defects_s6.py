"""Session-6 answer defects, pure parts: card titles that state their own predicate, lists
of goods across kinds, Japan's export control for a dual-use product, buyer requests told
from disputes and other requests about a known party, and table headers."""

from __future__ import annotations

import pytest

from export_assist.answering.cardpick import japan_controls
from export_assist.answering.compose import card_sentence, compose
from export_assist.answering.goods import kinds, other_kind
from export_assist.answering.textclean import clean_passage
from export_assist.answering.understand import understand
from export_assist.answering.units import units as _units
from export_assist.compliance.library import CardLibrary
from export_assist.domain.citations import Citation, SearchHit
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE GB KR TW SG JP INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def _card(card_id: str):  # type: ignore[no-untyped-def]
    return CARDS.current().by_id()[card_id]


@pytest.mark.parametrize(
    ("card_id", "expected"),
    [
        # a title ending in 必要 gets its copula only, its note after it
        ("jp-cites-export-approval", "CITES輸出許可書が必要です(所管"),
        ("jp-fefta-list-control", "輸出許可が必要です(輸出令別表第1の1~15項)(所管"),
    ],
)
def test_a_title_that_says_necessary_is_not_said_twice(card_id: str, expected: str) -> None:
    q = understand("日本側で輸出前に必要な手続きは？", COVERED)
    text = card_sentence(_card(card_id), q, None)
    assert "が必要が必要" not in text and "必要です(" in text
    assert expected in text, text


def test_a_plain_title_keeps_its_template() -> None:
    q = understand("米国の食品施設登録は必要ですか？", COVERED)
    text = card_sentence(_card("us-fda-food-facility-registration"), q, None)
    assert "(米国代理人の指定、隔年更新)が必要です(" in text


def test_a_list_of_goods_across_kinds_speaks_to_each() -> None:
    ban = (
        "牛肉、まぐろのフィレ、酒類、たばこ、香水、化粧品、宝石などの奢侈品の輸出が禁止されました。"
    )
    assert not other_kind(ban, "", kinds(["cosmetics"]))
    # a list inside one kind still keeps meat rules away from soy sauce
    meat = "乳・乳製品、食肉・水産物、卵粉の海外製造施設はFSSAIへの登録が必要です。"
    assert other_kind(meat, "", kinds(["food"]))


def test_dual_use_product_brings_japans_export_control_for_any_market() -> None:
    q = understand("工作機械（NC旋盤）を韓国に輸出する時に気をつけることは？", COVERED)
    ids = {c.id for c in japan_controls(CARDS.current().cards, q)}
    assert {"jp-fefta-list-control", "jp-fefta-catch-all"} <= ids
    tea = understand("緑茶を韓国に輸出する時に気をつけることは？", COVERED)
    assert japan_controls(CARDS.current().cards, tea) == []
    japan = understand("NC旋盤の輸出許可は日本側で必要ですか？", COVERED)
    assert japan_controls(CARDS.current().cards, japan) == []


@pytest.mark.parametrize(
    "text",
    [
        "台湾の代理店が3か月分の代金を払ってくれません。台湾で訴訟を起こすべきかどうか、"
        "回収できる見込みを教えてください。",
        "Our distributor in Germany has not paid our invoices. Can we sue them?",
        "シンガポールの輸入業者に日本酒を卸します。シンガポールで輸入するときにかかる税金を教えてください。",
        "アディスアベバの取引先に緑茶を送りたいのですが、現地で食品を輸入するための手続きを教えてください。",
    ],
)
def test_requests_about_a_known_party_are_no_buyer_search(text: str) -> None:
    assert understand(text, COVERED).intent != "buyers"


@pytest.mark.parametrize(
    "text",
    [
        "韓国で化粧水を扱っているバイヤーを教えて",
        "台湾で抹茶を扱う輸入業者を探して",
        "台湾の取引先候補を5社教えてください",
        "アメリカで代金を払ってくれる取引先を探しています",
        "I make cotton towels in Imabari. Find me buyers in the UK.",
    ],
)
def test_buyer_requests_still_find_buyers(text: str) -> None:
    assert understand(text, COVERED).intent == "buyers"


def test_table_header_and_its_intro_are_not_sentences() -> None:
    text = (
        "Structure of the first six digits, common worldwide:\n\n"
        "| Level | Digits | Example: green tea in packs of 3 kg or less |\n"
        "|---|---|---|\n"
        "| Heading | 4 | 09.02 Tea |\n"
    )
    cleaned = clean_passage(text)
    assert "Level" not in cleaned and "worldwide" not in cleaned
    assert "Heading: 4: 09.02 Tea" in cleaned


def test_a_label_joined_to_its_sentence_keeps_a_space_in_english() -> None:
    units = _units("The regulation provides:\n\n- Union lists of approved additives in Annex II.")
    assert units == ["The regulation provides: Union lists of approved additives in Annex II."]


def test_a_japanese_quote_may_say_what_only_the_cards_requirement_holds() -> None:
    q = understand("韓国の海外製造業所の登録の有効期間は？", COVERED)
    citation = Citation(doc_id="kr-food", title="kr", url="https://example.org/x", section="登録")
    text = "有効期間:2年。期限前に更新が必要です。\n\n登録はMFDSに申請します。"
    hit = SearchHit(chunk_id="kr-food-1", text=text, citation=citation, score=0.5)
    card = _card("kr-overseas-food-facility-registration")
    # the Japanese card sentence shows its title and, for a question on the period, the
    # requirement's sentence that states it (s8), so the answer says 2年 either way
    assert "2年" in card.requirement_ja and "有効期間は2年" in card_sentence(card, q, None)
    got = compose(q, q.text, [hit], [card], {}, None)
    assert any("2年" in line for line in got.lines), got.lines
    # a question on something else hears the title alone, and a quote may still say 2年
    other = understand("韓国の海外製造業所の登録はどこにする？", COVERED)
    assert "2年" not in card_sentence(card, other, None)
