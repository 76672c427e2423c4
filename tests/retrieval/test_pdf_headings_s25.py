"""A heading line in a Japanese PDF stays apart from the sentence under it when the wrapped
lines are joined (jp-export-declaration-customs read 「所要時間の目安書類に不備がなく…」)."""

from __future__ import annotations

from export_assist.retrieval.loaders.pdf import _CJK_WRAP, _keep_headings

PAGE = (
    "輸出申告の方法は通常はシステムを使った電子申告です。許可もシステム上で通知されま\n"
    "す。\n"
    "所要時間の目安\n"
    "書類に不備がなく簡易審査で済めば、申告から許可まで短時間で終わることが多いです\n"
    "が、書類審査や現物検査になると1日以上かかることがあります。"
)


def test_a_heading_keeps_its_own_line_and_wrapped_lines_are_joined() -> None:
    text = _CJK_WRAP.sub("", _keep_headings(PAGE))
    assert "\n\n所要時間の目安\n\n書類に不備" in text
    assert "通知されます。" in text and "多いですが、" in text  # the wraps are gone


def test_english_and_full_lines_are_left_as_they_are() -> None:
    english = "Prior notice must be filed\nbefore the food arrives in the United States."
    assert _keep_headings(english) == english
    assert _keep_headings("短い行だけ\n次も短い") == "短い行だけ\n次も短い"
