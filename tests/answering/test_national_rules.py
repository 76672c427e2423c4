"""A member state's own rules (excise amounts, stamps, licences) while the sources hold no
document of that state: the EU's rules are quoted and the question goes to an advisor."""

from __future__ import annotations

import pytest

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand

COVERED = frozenset({"EU", "DE", "FR", "US", "JP", "INTL"})
WITH_DOCS = frozenset({"EU", "DE", "FR", "US", "JP", "INTL"})


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("ストックホルムの酒屋に梅酒を出したい。スウェーデンの酒税はいくらかかる？", ["SE"]),
        ("Do we need a Finnish liquor licence to sell sake to restaurants in Helsinki?", ["FI"]),
        ("ウィーンの店に緑茶を卸す。オーストリア独自の表示ルールはある？", ["AT"]),
        ("What excise stamps must go on whisky bottles sold in Poland?", ["PL"]),
        # EU-wide questions about a member state stay answers
        ("イタリアで売るスカーフの表示は英語だけでいい？", []),
        ("オーストリアに緑茶を輸出するには何が必要？", []),
        ("Which EU directive covers a Bluetooth speaker sold in Spain?", []),
        # a member state with documents of its own answers from them
        ("ドイツ独自の包装のルールはある？", []),
    ],
)
def test_a_member_states_own_rule_is_told_apart(text: str, states: list[str]) -> None:
    assert national_gap(understand(text, COVERED), WITH_DOCS) == states


def test_the_answer_quotes_the_eu_and_hands_off(engine: AnswerEngine) -> None:
    q = engine.understand("ヘルシンキのレストランに日本酒を出す。フィンランドの酒税は1本いくら？")
    a = engine.answer(q)
    assert a.escalate and a.text.startswith("フィンランド独自の規則")
    assert "アドバイザー" in a.text
