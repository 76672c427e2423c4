"""A numbered list and the bullets after it are two lists, and a list of whole sentences too
long to quote whole is read sentence by sentence, never cut to the phrase before its first
comma (test18 t028 quoted 「…一部の国・品目では、国別・品目別の条件は、輸出相手国の輸入許可書は。」)."""

from __future__ import annotations

from export_assist.answering.units import LIST_CHARS, units

PASSAGE = """植物防疫所によると、各国の条件はおおむね次のような形です。

1. 輸入を禁止するもの
2. 輸入許可により輸入を認めるもの
3. 消毒措置が必要なもの

- 相手国が栽培地での検査を求めている植物は、あらかじめ栽培地で検査に合格した後でなければ、輸出検査を受けられません。
- 国別・品目別の条件は、植物防疫所の輸出条件早見表で確認できます。
"""


def test_numbered_items_and_the_bullets_after_them_are_two_lists() -> None:
    got = units(PASSAGE)
    listed = [u for u in got if "輸入を禁止するもの" in u]
    assert len(listed) == 1 and "栽培地" not in listed[0], got
    assert any(u.startswith("相手国が栽培地での検査を求めている植物は、あらかじめ") for u in got), (
        got
    )
    assert not any(u.endswith("は。") for u in got), got


def test_a_long_list_of_whole_sentences_is_not_cut_to_fragments() -> None:
    sentence = (
        "輸出者は、輸出の前に必要な書類をそろえ、所管の機関に申請し、その結果を記録しておきます。"
    )
    items = "\n".join(f"- 第{n}の場合、{sentence}" for n in range(1, 8))
    text = f"主な手続きは次のとおりです：\n\n{items}\n"
    assert len(text) > LIST_CHARS
    got = units(text)
    assert not any(u.endswith(("場合。", "場合、。")) for u in got), got
    assert sum(sentence in u for u in got) >= 2, got


def test_a_long_list_of_phrases_is_still_shortened_under_its_head() -> None:
    items = "\n".join(
        f"{n}. the particular number {n} (with a long explanation of what it covers and why);"
        for n in range(1, 12)
    )
    got = units(f"Prepacked food must show:\n\n{items}\n")
    assert got[0].startswith("Prepacked food must show: the particular number 1; "), got
