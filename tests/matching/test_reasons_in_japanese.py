"""A Japanese user reads a buyer's interest in Japanese: the sample catalogue's Japanese
phrase for an English interest, else the English words said to be the directory's."""

from __future__ import annotations

from export_assist.matching.reasons import SENTENCES


def _semantic(phrase: str, lang: str) -> str:
    render = SENTENCES["semantic"][lang != "ja"]
    return render({"phrase": phrase, "pct": 61}, lang)


def test_a_catalogue_interest_reads_in_japanese() -> None:
    text = _semantic("Udon, soba and ramen noodles", "ja")
    assert text == "関心品目『うどん・そば・ラーメン』と意味が61%近い"


def test_an_interest_outside_the_catalogue_is_named_as_english() -> None:
    assert _semantic("frozen takoyaki", "ja").startswith(
        "英語で登録された関心品目『frozen takoyaki』"
    )


def test_a_japanese_interest_and_english_mode_are_left_alone() -> None:
    assert _semantic("冷凍たこ焼き", "ja").startswith("関心品目『冷凍たこ焼き』")
    assert _semantic("udon, soba and ramen noodles", "en").startswith(
        "interest 'udon, soba and ramen noodles'"
    )
