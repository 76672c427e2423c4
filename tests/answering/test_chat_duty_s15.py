"""Duty questions the tariff tool has no rate for (issue 9, session 15), through POST
/v1/chat (no LLM) over a slice of the real corpus: 「香港に化粧品を輸出すると関税はかかりますか」
showed only a lookup link although the corpus says Hong Kong is a free port; sake to the EU
showed only the TARIC link; ハンドクリーム was asked about milk fat (HS 0401)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

HK_DOC = "hk-free-port-customs-dutiable"
SLICE = [
    "hk/hk-free-port-customs-dutiable.md",
    "eu/eu-japan-epa-tariffs.md",
    "eu/eu-alcohol-sake-whisky.md",
    "eu/eu-customs-import.md",
    "intl/intl-hs-classification.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("duty15"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _cited(done: dict[str, object]) -> list[str]:
    return [c["doc_id"] for c in done["citations"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "message",
    [
        "香港に化粧品を輸出すると関税はかかりますか",
        "ハンドクリームを香港に輸出すると関税はかかりますか",
    ],
)
def test_a_free_port_is_said_with_its_source_and_no_guessed_code(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    answer = done["answer"]
    assert "自由港" in answer and "関税はかかりません" in answer, answer
    assert "酒類" in answer and "たばこ" in answer  # the four dutiable commodities
    assert HK_DOC in _cited(done), _cited(done)
    assert "0401" not in answer and "ミルク" not in answer  # no question from a wrong guess
    assert "HSコード" in answer  # the rate of one product still needs its code
    assert not done["escalated"]


def test_sake_to_the_eu_says_what_the_corpus_says_beside_the_link(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "日本酒をEUに輸出すると関税はかかりますか")
    answer = done["answer"]
    assert "TARIC" in answer, answer  # the official lookup is still given
    assert any(w in answer for w in ("撤廃", "無税", "0%")), answer
    assert set(_cited(done)) & {"eu-japan-epa-tariffs", "eu-alcohol-sake-whisky"}, _cited(done)


def test_an_english_duty_question_quotes_the_english_text(client: TestClient, keys: Keys) -> None:
    # test45 t031 (session 49): an English question quoted the Japanese half of the document,
    # "in Japanese", although the document says the same in English
    done = ask(client, keys, "Is there any customs duty on cosmetics imported into Hong Kong?")
    answer = done["answer"]
    assert "free port" in answer and "in Japanese" not in answer, answer
    quoted = [line for line in answer.splitlines() if line.startswith("・")]
    assert quoted and not any("\u3041" <= ch <= "\u30fa" for line in quoted for ch in line)
    assert HK_DOC in _cited(done), _cited(done)
