"""Every unit a document line may carry has its label in Japanese and in each buyer language:
goods counted in tubes or trays (the chat reads 「チューブ」, "trays") print as such, not as
pieces (s59 trial: yuzu paste, 800 tubes, showed 800 個)."""

from __future__ import annotations

from typing import get_args

from export_assist.documents.models import Unit
from export_assist.translation.termbase import TermBase

LANGUAGES = ("ja", "en", "zh-Hans", "ko", "vi", "th", "de", "fr", "es")


def test_every_unit_has_a_label_in_every_printed_language() -> None:
    base = TermBase.load()
    for unit in get_args(Unit):
        for lang in LANGUAGES:
            label = base.label(f"unit.{unit}", lang)
            assert label and label != f"unit.{unit}", (unit, lang)


def test_tubes_and_trays_are_units_of_their_own() -> None:
    base = TermBase.load()
    assert {"tube", "tray"} <= set(get_args(Unit))
    assert base.label("unit.tube", "ja") == "チューブ" and base.label("unit.tube", "en") == "tubes"
    assert base.label("unit.tray", "ja") == "トレー" and base.label("unit.tray", "de") == "Schalen"
