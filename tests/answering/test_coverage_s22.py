"""Words of the scene are no topic the evidence must name (test18, tuning since session 22: three
answers that held the fact were handed off because the evidence did not say 「出荷」, 「毎月」,
「年間」 or the fragment 「回出」 of 「2回出して」). New sentences, not the eval's."""

from __future__ import annotations

import pytest

from export_assist.answering.coverage import content_terms


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a count and its counter are no term, and the counter never joins the next word
        ("韓国の問屋に2回出荷しましたが、まだ届けをしていません。罰則はありますか？", ["回出", "出荷"]),
        ("毎月300箱ずつ送っています。年間で3,600箱の見込みです。ラベルの決まりは？", ["毎月", "年間", "見込"]),
        ("書類は？出荷のたびに要るものはある？", ["書類", "出荷"]),
        ("3年前から5台ずつ輸出しています。今年から何か変わりましたか？", ["年前", "台ず"]),
    ],
)  # fmt: skip
def test_scene_words_and_counts_are_not_content_terms(text: str, absent: list[str]) -> None:
    terms = content_terms(text)
    assert not [t for t in absent if t in terms], terms


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("有機の緑茶を毎月出荷しています。オーガニック表示に認証はいる？", "オーガニック"),
        ("2回目の輸出です。精米の届けは毎回いる？", "精米"),
        ("冷凍ホタテを年間20トン出荷します。HACCPの証明は必要？", "haccp"),
    ],
)
def test_the_topic_stays_a_term(text: str, kept: str) -> None:
    assert kept in content_terms(text)
