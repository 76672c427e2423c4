"""Protected spans and the offline sentence splitter."""

from __future__ import annotations

from export_assist.translation.protect import missing_spans, protected_spans
from export_assist.translation.segment import RuleSentencizer, split_sentences


def test_spans_found_by_kind() -> None:
    text = "2025-03-01付で型番XK-200を100個、単価USD 1,234.50、HSコード8471.30、HS 847130。3月1日出荷。"
    spans = {(s.kind, s.text) for s in protected_spans(text, ["Yamada Trading Co., Ltd."])}
    assert {("date", "2025-03-01"), ("model", "XK-200"), ("number", "100"), ("amount", "1,234.50"),
            ("hs_code", "8471.30"), ("hs_code", "847130")} <= spans  # fmt: skip
    assert not any(s[1] in ("3", "1") for s in spans), (
        "date parts like 3月1日 are reformatted, not protected"
    )


def test_full_width_digits_and_changed_numbers() -> None:
    spans = protected_spans("合計１２３,４５６円、Nordtee Import GmbH宛")
    assert {s.text for s in spans} == {"123,456", "Nordtee Import GmbH"}
    assert missing_spans(spans, "Total 123,456 yen to Nordtee Import GmbH") == []
    changed = missing_spans(spans, "Total 123.456 yen to Nordtee Import")
    assert {s.text for s in changed} == {"123,456", "Nordtee Import GmbH"}
    assert [s.text for s in missing_spans(protected_spans("100 pcs"), "1000 pcs")] == ["100"]


def test_segments_are_the_one_splitter_per_line() -> None:
    """The cases live in tests/test_sentences.py; here only the translation adapter."""
    text = "Invoice No. 5 totals USD 1,234.50. Smith Co., Ltd. ships it!"
    assert RuleSentencizer("en").split_sentences(text) == split_sentences(text) == [
        "Invoice No. 5 totals USD 1,234.50.", "Smith Co., Ltd. ships it!",
    ]  # fmt: skip
    assert split_sentences("確認してください。数量は100個です！") == [
        "確認してください。",
        "数量は100個です！",
    ]
    assert split_sentences("   ") == []
