"""Answer composition from requirement cards: the direct sentence in ja/en, lead times,
the Japan-side cards, and the hand-off wording (no index needed)."""

from __future__ import annotations

from export_assist.answering.cardpick import applicable, is_japan_side, pick_cards
from export_assist.answering.compose import Citations, Composed, card_sentence
from export_assist.answering.handoff import unsupported
from export_assist.answering.labels import duration_ja
from export_assist.answering.overview import lead_days
from export_assist.answering.understand import understand
from export_assist.compliance.library import CardLibrary
from export_assist.domain.citations import Citation
from export_assist.translation.termbase import TermBase
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def card(card_id: str):  # type: ignore[no-untyped-def]
    return CARDS.current().by_id()[card_id]


def test_direct_sentence_in_japanese_has_japanese_labels() -> None:
    q = understand("米国の食品施設登録は必要ですか？", COVERED)
    text = card_sentence(card("us-fda-food-facility-registration"), q, TermBase.load())
    assert text.startswith("米国では、製造・包装・保管施設のFDA食品施設登録")
    assert (
        "所管: 米国食品医薬品局" in text
        and "根拠: 連邦食品・医薬品・化粧品法(FD&C法)第415条;21 CFR 1.225〜1.235" in text
    )
    # the card's own Japanese lead time (lead_time_ja), not a unit-by-unit rendering
    assert "期限・所要期間: DUNS番号の取得を含めて1〜3週間(目安)" in text and text.endswith("。")


def test_direct_sentence_in_english_states_what_who_law_when_documents() -> None:
    q = understand("Do I need FDA registration for tea in the US?", COVERED)
    text = card_sentence(card("us-fda-food-facility-registration"), q, None)
    assert text.startswith("For the United States: FDA food facility registration")
    for part in (
        "authority: U.S. Food and Drug Administration",
        "legal basis: FD&C Act",
        "lead time: 1-3 weeks",
        "documents: FDA food facility registration number",
    ):
        assert part in text
    assert "U. S." not in text and "1. 225" not in text


def test_lead_time_in_days_and_japanese_units() -> None:
    assert lead_days("1-3 months to prepare (estimate)") == 90
    assert lead_days("Hours before arrival") == -1
    assert lead_days("8 hours before arrival") < 1
    assert duration_ja("2-4 weeks (estimate)") == "2〜4週間(推定)"


def test_japan_side_cards_only_for_japan_side_questions() -> None:
    assert is_japan_side(card("jp-export-declaration"))
    assert not is_japan_side(card("intl-commercial-invoice"))
    q = understand("米国に日本酒を輸出するには？", COVERED)
    ids = {c.id for c in applicable(CARDS.cards, q, ["US", "INTL"])}
    assert "us-fda-food-facility-registration" in ids and "jp-export-declaration" not in ids


def test_best_card_for_a_topic() -> None:
    q = understand("Do I need a CE mark for a rice cooker in Germany?", COVERED)
    best = pick_cards(CARDS.cards, q, ["DE", "EU", "INTL"], q.text + " CE marking", [])
    assert best and best[0].topic == "conformity_marking"


def test_unsupported_market_names_it_lists_covered_and_escalates() -> None:
    q = understand("ブラジルに日本酒を輸出するには？", COVERED)
    japan = Composed(lines=["・税関への輸出申告と輸出許可 [1]"])
    japan.citations = Citations([Citation(doc_id="jp-export-procedure-overview", title="t")])
    text, cites = unsupported(q, ["US", "EU", "CN"], japan)
    assert text.startswith("ブラジル向けの規制は、登録済みの資料にまだ含まれていません。")
    assert "対応している市場: 米国、EU、中国。" in text and "日本側の手続き" in text
    assert "アドバイザー" in text and [c.doc_id for c in cites] == ["jp-export-procedure-overview"]
    assert "JP" not in text.split("日本側")[0]


def test_an_authority_name_with_a_comma_is_not_cut_into_pieces() -> None:
    q = understand("外為法のリスト規制で輸出許可は必要ですか？", COVERED)
    text = card_sentence(card("jp-fefta-list-control"), q, TermBase.load())
    # "Ministry of Economy, Trade and Industry" is one name, not a list of three
    assert "Economy、Trade" not in text and "所管: " in text
