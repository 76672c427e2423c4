"""The Japanese forms of a card's lead time and legal basis: present, Japanese, and naming
no number the English field does not (lint), and shown by the checklist in Japanese."""

from __future__ import annotations

import re

from export_assist.compliance.card_japanese import japanese_findings, numbers
from export_assist.compliance.cards import load_card_text
from export_assist.compliance.export_labels import kind_of_goods, kinds_line
from export_assist.compliance.review_text import message, split
from export_assist.domain.compliance import CONDITIONS
from export_assist.domain.corpus import CATEGORIES

CARD = (
    "- id: t-ja\n  markets: [DE]\n  topic: registration\n  title: T\n  requirement: R\n"
    "  severity: mandatory\n  legal_basis: Regulation (EU) 2023/1115\n"
    "  legal_basis_ja: {basis}\n  lead_time: {lead}\n  lead_time_ja: {lead_ja}\n"
)


def _card(basis: str = "規則（EU）2023/1115", lead: str = "1-3 working days (estimate)",
          lead_ja: str = "1〜3営業日（目安）"):  # fmt: skip
    cards = load_card_text(CARD.format(basis=basis, lead=lead, lead_ja=lead_ja), "cards/de.yaml")
    assert cards.problems == []
    return cards.cards[0]


def test_a_faithful_card_has_no_finding() -> None:
    card = _card()
    assert (card.lead_time_ja, card.legal_basis_ja) == ("1〜3営業日（目安）", "規則（EU）2023/1115")
    assert japanese_findings(card, fields=("lead_time", "legal_basis")) == []


def test_a_number_the_english_does_not_name_is_a_finding() -> None:
    wrong = _card(basis="規則（EU）2023/1151")
    [finding] = japanese_findings(wrong)
    assert "legal_basis_ja names number(s) 1151" in finding
    assert "1" not in str(japanese_findings(_card(lead="About two weeks", lead_ja="約2週間")))
    months = _card(
        lead="Check before each September-April shipment", lead_ja="9月〜4月の出荷前に確認"
    )
    assert japanese_findings(months) == []
    assert numbers("Ｐａｒｔ １ Subpart H, 21 CFR") == {"1", "21"}
    # a Japanese law's number as e-Gov writes it: the era year is the English field's year
    assert numbers("関税法（昭和29年法律第61号）") == numbers("Customs Act (Act No. 61 of 1954)")
    assert numbers("令和元年法律第57号") == {"2019", "57"}
    french = "Loi n° 94-665 du 4 août 1994"
    assert numbers("1994年8月4日の法律第94-665号") <= numbers(french)


def test_english_only_or_missing_japanese_is_a_finding() -> None:
    card = _card(lead_ja="1-3 days")
    assert any("holds no Japanese" in f for f in japanese_findings(card))
    bare = card.model_copy(update={"lead_time_ja": "", "legal_basis_ja": ""})
    found = japanese_findings(bare, fields=("lead_time", "legal_basis"))
    assert found == [
        "lead_time has no lead_time_ja: write it in Japanese",
        "legal_basis has no legal_basis_ja: write it in Japanese",
    ]


def test_kinds_of_goods_and_review_reasons_read_in_both_languages() -> None:
    assert kinds_line(["tea", "food_contact"], "ja") == "茶、食品接触材（食器・容器など）"
    assert kinds_line(["emits_radio"], "en") == "emits radio waves"
    assert kind_of_goods("unknown_thing", "ja") == "unknown_thing"
    assert kinds_line(["food_contact"], "ja", "condition") == "食品に触れる"
    en, ja = split([message("evidence_missing", docs="de-food"), message("weak_match")])
    assert en == ["evidence not in the index: de-food", "the supporting passage matches weakly"]
    assert ja == ["根拠資料が索引にありません: de-food", "裏付けとなる記述との一致が弱いです"]


def test_every_kind_of_goods_and_condition_has_a_name_in_both_languages() -> None:
    """A new category or condition id is never shown raw (CATEGORIES grows with the corpus)."""
    for kind, ids in (("category", CATEGORIES), ("condition", CONDITIONS)):
        for value in ids:
            ja, en = kind_of_goods(value, "ja", kind), kind_of_goods(value, "en", kind)
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja) and en.isascii(), (kind, value)
