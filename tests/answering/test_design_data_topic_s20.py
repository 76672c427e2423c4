"""Design data sent abroad is a technology transfer under FEFTA (Japan's export control):
a question naming CAD data or drawings reads the export-control topic, so the card lead is
Japan's control list, not the destination's food rules (seen as a user in session 20:
「韓国の協力工場からCADデータを…」 led with Korea's MFDS food registration)."""

from __future__ import annotations

import pytest

from export_assist.answering.understand import understand
from export_assist.answering.words import asked_topics

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "台湾の取引先が金型のCADデータを欲しがっている。クラウドで共有していい？",
        "タイの工場に設計図をPDFで送る予定です。何か許可はいる？",
        "A customer in Thailand wants the design data of our pump by e-mail. Any problem?",
        # s21 trial: 回路図 led the hand-off's "what is known" with Korea's cosmetics labels
        "韓国の取引先から、日本の展示会で見た試作品の回路図を送ってと言われた。送っていい？",
        "Our Thai partner wants the circuit diagram of our sensor board by email. Is that OK?",
    ],
)
def test_design_data_is_an_export_control_question(text: str) -> None:
    assert "export_control" in asked_topics(text)
    q = understand(text, COVERED)
    assert q.japan_side and "export_control" in q.topics


def test_a_food_question_stays_a_food_question() -> None:
    assert "export_control" not in asked_topics("タイに抹茶のお菓子を送ります。表示は何がいる？")
