"""s7 trial T20: an escalation draft showed the advisor raw Markdown from the chunk
(「**EPA/FTAはありません**」, 「- 日本と香港の間には…」) cut mid-sentence at 500 characters."""

from __future__ import annotations

from export_assist.agent.excerpt import excerpt

HONG_KONG = """## 香港

- **EPA/FTAはありません**。日本と香港の間には経済連携協定がないため、原産地証明は不要です。
- 酒類の輸入には[許可](https://www.customs.gov.hk/)が要ります。

## Sources
- https://www.customs.gov.hk/en/
"""
LABELS = """### Food labelling

Prepacked food must show the **name** of the food. The U.S. rule differs. See 21 CFR 101.5."""


def test_markdown_and_sources_are_gone_and_the_heading_introduces_the_text() -> None:
    text = excerpt(HONG_KONG)
    assert text == (
        "香港：EPA/FTAはありません。日本と香港の間には経済連携協定がないため、"
        "原産地証明は不要です。酒類の輸入には許可が要ります。"
    )


def test_whole_sentences_up_to_the_limit_then_an_ellipsis() -> None:
    assert excerpt(LABELS, limit=90) == (
        "Food labelling: Prepacked food must show the name of the food. The U.S. rule differs. …"
    )
    assert excerpt(HONG_KONG, limit=40) == "香港：EPA/FTAはありません。…"


def test_a_heading_alone_never_stands_for_the_passage() -> None:
    text = excerpt(LABELS, limit=40)
    assert text.startswith("Food labelling: Prepacked food") and text.endswith("…")
    assert len(text) <= 40


def test_one_long_sentence_is_shortened_not_dropped() -> None:
    text = excerpt("x" * 900, limit=500)
    assert len(text) == 500 and text.endswith("…")
