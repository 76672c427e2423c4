"""A sanity guard for any HS model that ships (session 16, issue 15): everyday products of
Japanese SMEs, by their plain Japanese names, keep their accepted code in the top five of
the shipped words-only ranker and their heading first.

Codes checked in the HS 2022 table (../shared/data/harmonized-system). A retrained model
that ranked 「抹茶パウダー」 as nickel powders (7504.00) first shipped once (session 15);
this guard fails such a model before it lands."""

from __future__ import annotations

from functools import cache

import pytest

from export_assist.compliance.hs.ja_terms import english_terms, head_candidates
from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import packaged_table


@cache
def _suggester() -> RankedHsSuggester:
    return RankedHsSuggester(packaged_table(), None)  # the shipped words-only model


# product name -> the accepted 6-digit codes (any of them counts; their heading first)
EVERYDAY = [
    ("抹茶パウダー", {"090210"}),
    ("緑茶", {"090210"}),
    ("緑茶 ティーバッグ", {"090210"}),
    ("煎茶 茶葉 100g", {"090210"}),
    ("ほうじ茶", {"090210"}),
    ("紅茶", {"090230"}),
    ("日本酒 720ml", {"220600"}),
    ("焼酎", {"220890"}),
    ("ウイスキー", {"220830"}),
    ("醤油", {"210310"}),
    ("味噌", {"210390"}),
    ("梅干し", {"200899"}),
    ("乾麺のうどん", {"190219"}),
    ("せんべい（米菓）", {"190590"}),
    ("精米", {"100630"}),
    ("生鮮りんご", {"080810"}),
    ("いちご", {"081010"}),
    ("冷凍ホタテ貝柱", {"030722"}),
    ("冷凍和牛 ロース", {"020230"}),
    ("錦鯉", {"030111"}),
    ("盆栽", {"060290"}),
    ("包丁", {"821191", "821192"}),
    ("有田焼の皿", {"691110", "691200"}),
    ("急須（陶器）", {"691200", "691110"}),
    ("鉄瓶（南部鉄器）", {"732391"}),
    ("竹の箸", {"441912"}),
    ("手すき和紙", {"480210"}),
    ("タオル（綿）", {"630260"}),
    ("綿のタオル", {"630260"}),
    ("釣り竿", {"950710"}),
    ("海釣り用のカーボン製の釣り竿", {"950710"}),
    ("ボードゲーム", {"950490"}),
    ("ジグソーパズル", {"950300"}),
    ("ぬいぐるみ", {"950300"}),
    ("万年筆", {"960830"}),
    ("線香", {"330741"}),
    ("化粧水", {"330499"}),
    ("シャンプー", {"330510"}),
    ("自転車", {"871200"}),
]
# the heading is decided by the material or kind the name leaves open: no first heading
NO_FIRST_HEADING = {"有田焼の皿", "急須（陶器）"}


@pytest.mark.parametrize(("text", "accepted"), EVERYDAY)
def test_an_everyday_product_keeps_its_code_in_the_top_five(text: str, accepted: set[str]) -> None:
    codes = [s.code for s in _suggester().suggest(text, 5)]
    assert accepted & set(codes), (text, codes)
    if text not in NO_FIRST_HEADING:
        assert codes[0][:4] in {c[:4] for c in accepted}, (text, codes)


def test_green_tea_powder_is_green_tea_first_not_a_metal_powder() -> None:
    codes = [s.code for s in _suggester().suggest("抹茶パウダー 100g缶", 5)]
    assert codes[0] == "090210", codes


def test_a_form_written_last_is_not_the_head() -> None:
    # the form (パウダー, ペースト) says how the goods are sold; the goods before it name them
    assert head_candidates("抹茶パウダー 100g缶")[0].startswith("green tea")
    assert head_candidates("ごまペースト")[0].startswith("sesame")
    assert head_candidates("パウダー") == ["powder"]  # alone, the form is all there is


def test_a_question_for_the_code_is_answered_for_the_goods() -> None:
    # 「HSコード」 is what is asked for, not cords (4007)
    assert "cords" not in english_terms("抹茶パウダーのHSコードを教えて")
    assert "cords" in english_terms("電源コード")
    codes = [s.code for s in _suggester().suggest("抹茶パウダーのHSコードを教えて", 5)]
    assert codes[0] == "090210", codes
