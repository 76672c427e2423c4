"""Session-16 chat defects (issue 9 items 3 and 5) through POST /v1/chat (no LLM) over a
slice of the real corpus: a document request's goods said as 「AのB」 (「アクリルのニット帽」 was
read as 品名 アクリル, the material)."""

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
    "intl/intl-trade-documents.md",
    "intl/intl-hs-classification.md",
    "hk/hk-free-port-customs-dutiable.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns16"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _field(answer: str, label: str) -> str:
    found = re.search(rf"・{label}: ([^\n]*)", answer)
    assert found, answer
    return found.group(1).strip()


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        (
            "コマーシャルインボイスを作って：アクリルのニット帽 1,200個、単価850円、"
            "買主 Hanbit Trading Co., Ltd.（韓国）、FOB大阪。",
            "アクリルのニット帽",
        ),
        (
            "パッキングリストをお願い：革の財布 300個、買主 Hanbit Trading Co., Ltd.（韓国）。",
            "革の財布",
        ),
        (
            "インボイスを作って：ウールのマフラー 500枚、単価1,200円、買主 Hanbit Trading Co., Ltd.（韓国）。",
            "ウールのマフラー",
        ),
        (
            "インボイスを作って：国産の緑茶 100袋、買主 Hanbit Trading Co., Ltd.（韓国）。",
            "国産の緑茶",
        ),
    ],
)
def test_goods_said_as_a_of_b_keep_the_whole_noun_phrase(
    client: TestClient, keys: Keys, message: str, goods: str
) -> None:
    done = ask(client, keys, message)
    assert _field(done["answer"], "品名") == goods
    assert not done["escalated"]
