"""The chat's material question (answering/hs.py): asked only when the shown candidates split
by material or heading, with their own materials as the examples; never when the message
says the material, and never a textile list for goods that are no textile."""

from __future__ import annotations

from export_assist.answering.hs import hs_answer
from export_assist.answering.understand import understand
from export_assist.domain.hs import HsSuggestion


def _s(code: str, description: str, score: float) -> HsSuggestion:
    return HsSuggestion(code=code, description=description, score=score, reason="words matched")


BLADES = [
    _s("821192", "Knives having fixed blades, other", 0.9),
    _s("821193", "Knives having other than fixed blades", 0.8),
]
BOXES = [
    _s("392410", "Tableware and kitchenware, of plastics", 0.9),
    _s("441990", "Tableware and kitchenware, of wood", 0.85),
]


def test_a_household_knife_whose_candidates_share_a_heading_is_not_asked() -> None:
    q = understand("刺身包丁のHSコードは？", frozenset())
    text, asks = hs_answer(q, BLADES)
    assert not asks and "8211.92" in text.splitlines()[0]
    assert "綿" not in text


def test_candidates_split_by_material_are_asked_with_their_own_materials() -> None:
    q = understand("弁当箱のHSコードは？", frozenset())
    text, asks = hs_answer(q, BOXES)
    assert asks and "(例: プラスチック、木)" in text.splitlines()[0]
    assert "綿" not in text


def test_a_material_the_message_says_is_not_asked_again() -> None:
    q = understand("What is the HS code of a cast-iron kettle?", frozenset())
    _text, asks = hs_answer(q, BOXES)
    assert not asks
