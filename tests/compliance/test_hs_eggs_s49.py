"""Hens' eggs (session 49, a random tuning sample: 「鶏の殻付きの生卵（食用）」 reached only 0407.90
and 0407.29): the nomenclature tells eggs apart by hen or not and by incubation, so the Japanese
names carry those words, and eggs not said to be for hatching are eggs to eat."""

from __future__ import annotations

from export_assist.compliance.hs.states import for_incubation, is_incubation
from tests.compliance.hs_words_only import codes


def test_hens_eggs_to_eat_are_0407_21() -> None:
    assert codes("鶏卵（Lサイズ、生）", 1) == ["040721"]
    assert codes("鶏の卵", 1) == ["040721"]


def test_eggs_for_hatching_are_said_to_be() -> None:
    assert codes("鶏の種卵（ふ化用）", 1) == ["040711"]
    assert for_incubation("fertilised eggs for hatching") and not for_incubation("生卵")
    # "not for incubation" is the eggs to eat
    assert not is_incubation("Birds' eggs, in shell; fresh, not for incubation, of fowls")
    assert is_incubation("Birds' eggs, in shell; fresh, fertilised eggs for incubation, of fowls")
