"""Product names the s8 and s9 user trials got wrong, replayed through the shipped ranker
over the full imported nomenclature (issue 15): a forklift was table forks (the katakana
フォーク inside フォークリフト), squid and yellowtail were asked their kind of product
(their coverage counted the Japanese name's own tokens), テープのり was seaweed."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import HsTable, default_table, merge_japanese, parse_file
from export_assist.compliance.profile import ProfileBuilder
from tests.conftest import shared_data

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ranker() -> RankedHsSuggester:
    """The words-only ranker over the full UN table, imported as `hs import` does."""
    source = shared_data("harmonized-system") / "harmonized-system.csv"
    return RankedHsSuggester(HsTable(merge_japanese(parse_file(source), default_table())), None)


@pytest.mark.parametrize(
    ("name", "first", "not_in_five"),
    [
        ("フォークリフト", "8427", "8215"),  # s8 U17/U33: not cutlery
        ("中古のフォークリフト", "8427", "8215"),
        ("冷凍のイカ", "030743", None),  # s8 U7
        ("テープのり", "3506", "1212"),  # glue, not laver
        ("お香 スティック 香り付き", "3307", "0101"),  # incense, not live horses
        ("盆栽鋏", "8213", "0602"),  # the tool, not the tree
        # s11 trial X3: the kinds of sake were ethyl alcohol of 80 % vol or more (2207)
        ("アルコール度数15度の純米酒", "2206", None),
        ("純米吟醸酒 720ml", "2206", "2207"),
    ],
)
def test_trial_names_reach_their_heading(
    ranker: RankedHsSuggester, name: str, first: str, not_in_five: str | None
) -> None:
    codes = [s.code for s in ranker.suggest(name, 5)]
    assert codes[0].startswith(first), codes
    assert not_in_five is None or not any(c.startswith(not_in_five) for c in codes), codes


def test_enamelled_pots_are_among_the_candidates(ranker: RankedHsSuggester) -> None:
    codes = [s.code for s in ranker.suggest("ホーロー鍋", 5)]
    assert "732394" in codes, codes  # ホーロー is enamel, not "hollow"


@pytest.mark.parametrize("name", ["冷凍のイカ", "冷凍ブリ", "うなぎの蒲焼", "中古のフォークリフト"])
def test_a_japanese_name_its_english_words_explain_is_not_asked_its_kind(
    ranker: RankedHsSuggester, name: str
) -> None:
    profile = ProfileBuilder(hs_guesser=ranker).build(name, None)
    assert profile.categories and profile.uncertain == [], profile
    top = ranker.suggest(name, 1)[0]
    assert top.coverage > 0.5  # the English reading explains the code (s8 U7, U40)


def test_coverage_reads_an_english_name_as_before(ranker: RankedHsSuggester) -> None:
    top = ranker.suggest_product(from_text("frozen squid"), 1)[0]
    assert top.code == "030743" and top.coverage == 1.0
