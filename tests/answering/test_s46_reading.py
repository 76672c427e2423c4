"""Session 46 (issue 9): readings found on test42 and escalation_dev40 once they joined tuning.
Each test names the everyday question that showed the defect."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.answering.asked_side import onward
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.hs_phrase import hs_product
from tests.answering.conftest import index_slice

SLICE = [
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-alcohol-export.md",
    "th/customs-origin.md",
    "th/tisi-nbtc.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s46")), SLICE)
    yield built.answer_engine
    built.close()


def test_an_english_hs_request_whose_scene_leads_in_names_the_goods_after_it() -> None:
    # test42 t012 classified radio transmitters: the shipment was read as the goods
    said = (
        "We're an Arita kiln in Saga. For our shipment to a Sydney restaurant, what 6-digit HS "
        "code should go on the invoice for our porcelain dinner plates and rice bowls?"
    )
    assert hs_product(said) == "porcelain dinner plates and rice bowls"
    asked = "A Los Angeles importer has asked for the 6-digit HS code for our dried mushrooms."
    assert hs_product(asked) == "dried mushrooms"


def test_the_party_or_a_pointer_after_the_request_is_no_goods() -> None:
    said = (
        "We make brush pens in Nara, filled with black ink. A stationery chain in California "
        "wants the HS code for the pens themselves."
    )
    assert "pens" in hs_product(said) and "themselves" not in hs_product(said)
    found = hs_product("We make yuzu jam. What HS code applies for our London importer?")
    assert "yuzu jam" in found and "importer" not in found


def test_goods_passed_on_in_everyday_words_go_onward() -> None:
    # test42 t020 and escalation_dev40 d016 told the exporter Russia was not covered
    assert onward("話の途中で『最終的にはモスクワの会社に回す』と言われました。")
    assert onward("そのうち一部をウラジオストクの日本料理店に回すそうです。")
    assert onward("Our buyer in Bangkok says the parts will ultimately go to Moscow.")
    assert not onward("バンコクの商社に部品を出します。タイで使われます。")


def test_a_covered_buyer_passing_goods_on_to_russia_gets_japans_ban(engine: AnswerEngine) -> None:
    said = (
        "長野でデジタルカメラの部品を作っています。バンコクの商社から注文が来ましたが、話の途中で"
        "『最終的にはモスクワの会社に回す』と言われました。タイ向けとして出せば問題ないですか？"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate
    assert "jp-sanctions-export-bans" in {c.doc_id for c in answer.citations}
    assert answer.text.startswith("ロシア側の輸入規制は") and "制裁による輸出禁止" in answer.text
