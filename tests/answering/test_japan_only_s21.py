"""「日本側で何か手続きは必要？」 with a market named asks Japan's side only: its documents are
searched among Japan's and every export's, and a checklist overview lists Japan's side (seen as
a user in sessions 20 and 21: 「ベトナムに中古のフォークリフトを輸出します。日本側で何か手続きは
必要？」 answered Viet Nam's used-machinery decision; 「タイに冷凍のホタテを輸出します。日本側で
必要な手続きは？」 listed Thailand's import rules)."""

from __future__ import annotations

import pytest

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.home_side import asks_japan_only, japan_only
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP PH INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "ベトナムに中古のフォークリフトを輸出します。日本側で何か手続きは必要？",
        "タイに冷凍のホタテを輸出します。日本側で必要な手続きは？",
        "台湾にりんごを送りたい。日本を出す前にどこで何の検査を受けるの？",
        "We are shipping used forklifts to Vietnam. Is there anything to do on the Japanese side?",
    ],
)
def test_japan_side_only_drops_the_market_from_the_search(text: str) -> None:
    q = understand(text, COVERED)
    assert asks_japan_only(q), q
    assert japan_only(q).destinations == [] and q.destinations


@pytest.mark.parametrize(
    "text",
    [
        # the market's side asked too
        "アメリカに日本酒を輸出したい。日本側と向こうで必要な手続きは？",
        "タイに冷凍のホタテを輸出します。日本側と輸出先でそれぞれ何がいる？",
        # a topic finds its own documents (export control)
        "ベトナムに工作機械を輸出します。日本側で該非判定は必要？",
        # no side named
        "タイに冷凍のホタテを輸出します。必要な手続きは？",
    ],
)
def test_both_sides_a_topic_or_no_side_keep_the_market(text: str) -> None:
    q = understand(text, COVERED)
    assert not asks_japan_only(q)
    assert japan_only(q) is q


def test_the_overview_of_japans_side_lists_japans_side(engine: AnswerEngine) -> None:
    found = engine.answer(
        engine.understand("アメリカに冷凍ホタテを輸出します。日本側で必要な手続きは？")
    )
    assert found.kind == "overview", found.text
    assert found.text.startswith(
        "米国向けの冷凍ホタテの輸出で、日本側の手続きはチェックリストの"
    ), found.text
    bullets = [line for line in found.text.splitlines() if line.startswith("・")]
    assert bullets[0].startswith("・税関への輸出申告と輸出許可"), bullets
    assert found.citations and all(c.doc_id.startswith("jp-") for c in found.citations), [
        c.doc_id for c in found.citations
    ]


def test_both_sides_asked_still_lists_the_market(engine: AnswerEngine) -> None:
    found = engine.answer(
        engine.understand("アメリカに冷凍ホタテを輸出します。日本側と向こうで必要な手続きは？")
    )
    assert "輸出先側の主なもの" in found.text, found.text
    assert any(c.doc_id.startswith("us-") for c in found.citations)


def test_english_japan_side_only_cites_japans_side(engine: AnswerEngine) -> None:
    # before: the U.S. importer's FSVP was all the answer quoted
    q = engine.understand(
        "We export frozen scallops to the US. What do we do on the Japanese side?"
    )
    found = engine.answer(q)
    cited = [c.doc_id for c in found.citations]
    assert cited and all(d.startswith(("jp-", "intl-")) for d in cited), (cited, found.text)
    assert "On the Japanese side" in found.text, found.text
