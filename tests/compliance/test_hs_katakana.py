"""Katakana loanwords of Japanese product names read through the nomenclature's own words
(session 9, issue 15): カーディガン was no word of the curated map, フォークリフト was read
as table forks (trial s8 U17/U33)."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.ja_terms import english_terms, head_candidates
from export_assist.compliance.hs.katakana import key, readings, words_of


def test_the_table_holds_the_nomenclatures_goods_words_in_katakana() -> None:
    table = readings()
    assert len(table) > 5000
    assert "cardigans" in table[key("カーディガン")] and "pianos" in table[key("ピアノ")]
    # words that say how goods look or are sold are no goods
    assert table[key("セット")] == "" and table[key("ホワイト")] == ""


def test_spellings_differ_in_long_vowel_marks() -> None:
    assert key("ネックレス") == key("ネックレース") and words_of("ネックレス")


def test_a_run_is_one_word_or_a_few_that_make_it_up_wholly() -> None:
    assert words_of("カーディガン") == [readings()[key("カーディガン")]]
    assert words_of("ロングカーディガン") == words_of("カーディガン")  # ロング names no goods
    assert len(words_of("マッサージクッション")) == 2
    assert words_of("ゲフンゲフン") == []  # no reading: nothing rather than a guess


@pytest.mark.parametrize(
    ("name", "word", "not_word"),
    [
        ("フォークリフト", "fork-lift", "forks"),  # the whole run, not the フォーク inside it
        ("ハンドリフトトラック", "lift", "forks"),
        ("レディース ロングカーディガン 前開き", "cardigans", None),  # the part no term covers
        ("アップライトピアノ", "pianos", None),
    ],
)
def test_japanese_names_reach_the_english_goods_words(
    name: str, word: str, not_word: str | None
) -> None:
    terms = english_terms(name).split()
    assert word in terms and (not_word is None or not_word not in terms), terms


def test_the_last_loanword_is_the_head_unless_it_qualifies_what_follows() -> None:
    assert head_candidates("レディース ロングカーディガン")[0] == "cardigans"
    assert "cardigans" not in head_candidates("カーディガン付き ワンピース")[:1]


def test_a_curated_term_reaching_past_the_run_keeps_its_reading() -> None:
    assert "glues" in english_terms("テープのり").split()  # not テープ (tape) alone
    assert "beans" in english_terms("コーヒー豆 200g").split()
