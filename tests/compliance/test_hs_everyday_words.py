"""Everyday Japanese product words an SME types (found in the s5 user trial): お茶 reached
boneless beef, 日本茶 sake (through the 日本酒 entry) and 柚子胡椒 fresh citrus."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import default_table


@pytest.fixture(scope="module")
def suggester() -> HsSuggester:
    """The suggester over the default table (the server's words-only path)."""
    return HsSuggester(default_table())


@pytest.mark.parametrize("name", ["お茶", "日本茶", "日本茶 100g袋", "ドイツのお茶"])
def test_everyday_tea_words_reach_tea_not_beef_or_sake(suggester: HsSuggester, name: str) -> None:
    found = suggester.suggest(name, 3)
    assert found and found[0].code.startswith("0902"), [s.code for s in found]
    assert not any(s.code.startswith(("0201", "2206")) for s in found)


def test_japanese_tea_is_not_read_as_japanese_sake() -> None:
    assert "sake" not in english_terms("日本茶") and "tea" in english_terms("日本茶")
    assert "sake" in english_terms("日本酒")  # the longer match still wins for sake


@pytest.mark.parametrize("name", ["柚子胡椒", "ゆず胡椒 瓶詰め 80g"])
def test_yuzu_kosho_is_a_condiment_not_fresh_citrus(suggester: HsSuggester, name: str) -> None:
    found = suggester.suggest(name, 3)
    assert found and found[0].code.startswith("2103"), [s.code for s in found]
