"""Session-6 trial defects left open, replayed through POST /v1/chat (no LLM) over a slice of
the real corpus: the sentence that answers the product or the term asked about opens the
answer (beef in China A14, Fukushima peaches in Taiwan A6, CPC A2), no sentence cut inside
brackets (A4), no machine-tool or radio rule for a kettle or a microwave (A4, A15), no list
head glued to its first item (A18), no subject-less 'related' sentence (A17), and no North
Korea sentence in a Russia answer."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "sg/safety-mark-imda-radio.md",
    "us/us-fcc-equipment-authorization.md",
    "us/us-nrtl-electrical-safety.md",
    "us/us-consumer-product-safety.md",
    "us/us-textile-labelling-origin-marking.md",
    "tw/food-import-inspection-labelling.md",
    "tw/japan-food-import-measures.md",
    "cn/cn-japan-food-import-restrictions.md",
    "cn/cn-overseas-food-manufacturer-registration.md",
    "eu/eu-food-labelling.md",
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-cites-export.md",
    "intl/intl-trade-documents.md",
]
_MARKER = re.compile(r"\s*\[\d+\]")


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("defects7"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _lines(text: str) -> list[str]:
    return [_MARKER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def test_the_beef_sentence_opens_a_china_beef_answer(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "中国に冷凍の牛肉を輸出できますか？")["answer"]
    assert "牛肉" in _lines(text)[0], text


def test_the_fukushima_rule_opens_a_taiwan_peach_answer_without_meat(
    client: TestClient, keys: Keys
) -> None:
    text = ask(client, keys, "台湾に福島県産の桃を輸出できますか？")["answer"]
    assert "福島" in _lines(text)[0], text
    assert "食肉" not in text  # a peach question hears no meat rule


def test_a_what_is_follow_up_opens_with_the_term(client: TestClient, keys: Keys) -> None:
    text = ask(
        client,
        keys,
        "ぬいぐるみ（ポリエステル製、3歳以上向け）をアメリカのAmazonで売りたい。必要な安全基準は？",
        "CPCって何ですか？",
    )["answer"]
    assert "CPC" in _lines(text)[0], text


def test_no_sentence_cut_in_brackets_and_no_radio_rule_for_a_kettle(
    client: TestClient, keys: Keys
) -> None:
    text = ask(
        client, keys, "電気ケトル（1.0L、100V）をシンガポールに輸出したい。安全認証は必要？"
    )["answer"]
    for line in _lines(text):
        assert line.count("(") == line.count(")"), line
    assert "IMDA" not in text and "無線機器" not in text


def test_no_machine_tool_sentence_for_a_microwave(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "電子レンジをアメリカに輸出したい。FCCの認証は必要ですか？")["answer"]
    assert "FCC" in text
    assert "工作機械" not in text


def test_a_list_head_is_not_glued_to_its_first_item(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "What do I need to export matcha to Germany?", "And the labelling?")[
        "answer"
    ]
    assert not any(line.endswith(";") for line in _lines(text)), text
    assert "must show:the" not in text


def test_a_russia_answer_quotes_no_north_korea_sentence(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "ロシアに化粧品を輸出できますか？")["answer"]
    assert "北朝鮮向け" not in text
    assert "奢侈品" in text  # Russia's own luxury-goods ban names cosmetics


def test_a_freight_rate_hand_off_quotes_no_subjectless_sentence(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "来月の上海までの海上運賃はいくらくらい？")
    assert done["escalated"]
    assert not any(line.startswith(("同日", "・同日")) for line in _lines(done["answer"]))
