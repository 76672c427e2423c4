"""Questions from test19 (tuning since session 23), asked again in new words.

- 「向こうが輸入するには、何か番号の登録が要る？」 for India: the importer's code (IEC) is the
  answer; before, no card named it and the answer led with the Legal Metrology registration.
- 「業務用の包丁研ぎ機」 is a knife-sharpening machine: the product phrase stopped at 「包丁研」.
- "the plant export inspection" is Japan's procedure: an English question naming it was answered
  with the EU organic rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice
from tests.compliance.shipped_cards import applicable, profile_builder, shipped_library

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP PH IN INTL".split())
IEC_CARD = "in-import-iec-itc-hs-policy"
SLICE = [
    "in/in-import-policy-itc-hs.md",
    "in/in-market-entry.md",
    "in/in-food-labelling-legal-metrology.md",
    "jp/jp-plant-export-inspection.md",
    "jp/jp-food-export-certificates.md",
    "jp/jp-non-preferential-certificate-of-origin.md",
    "eu/eu-organic-import-japan.md",
    "tw/tw-japan-food-import-measures.md",
]


@pytest.mark.parametrize(
    "text",
    [
        "輸入するには何か番号が必要ですか？",
        "相手の会社はコードの登録が要りますか？",
        "Does the buyer need an importer number?",
    ],
)
def test_a_number_the_importer_needs_brings_the_corpus_words_for_importer_codes(
    text: str,
) -> None:
    assert {"輸出入業者コード", "importer code"} <= set(corpus_words(text))


@pytest.mark.parametrize("name", ["ボールペン", "業務用の包丁研ぎ機", "緑茶"])
def test_every_good_for_india_gets_the_importer_code_card(name: str) -> None:
    assert IEC_CARD in applicable(profile_builder(), shipped_library(), name, "IN")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("業務用の包丁研ぎ機をインドに輸出します。", "業務用の包丁研ぎ機"),
        ("餅つき機をタイに輸出したい", "餅つき機"),
        ("泡立て器を台湾で売りたい", "泡立て器"),
    ],
)
def test_a_machine_named_by_a_verb_and_ki_keeps_its_whole_name(text: str, phrase: str) -> None:
    assert understand(text, COVERED).phrase == phrase


def test_naming_the_plant_export_inspection_asks_japans_side() -> None:
    q = understand(
        "We grow pears in Shimane. Who carries out the plant export inspection, "
        "and can a private body do it?",
        COVERED,
    )
    assert q.japan_side, q


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(tmp_path_factory.mktemp("s23"), SLICE)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


@pytest.mark.slow
def test_the_indian_importers_number_is_answered_with_the_iec(engine: AnswerEngine) -> None:
    q = engine.understand(
        "ムンバイの商社に業務用の製麺機を売る予定です。先方が輸入するとき、番号の登録は必要ですか？"
    )
    answer = engine.answer(q)
    first = answer.text.split("\n")[0]
    assert "IEC" in first and "DGFT" in first, answer.text
    assert "in-import-policy-itc-hs" in {c.doc_id for c in answer.citations}


@pytest.mark.slow
def test_an_english_plant_export_inspection_question_gets_japans_inspection(
    engine: AnswerEngine,
) -> None:
    q = engine.understand(
        "We ship persimmons from Nara. Who carries out the plant export inspection, "
        "and can a private body do it?"
    )
    answer = engine.answer(q)
    first = answer.text.split("\n")[0]
    assert "Plant Protection Station" in first, answer.text
    assert "registered inspection bodies" in answer.text
    assert "organic" not in answer.text.lower()
