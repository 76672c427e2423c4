"""Session-7 trial defects left open, replayed through POST /v1/chat (no LLM) over a slice of
the real corpus: no list head without its list (T3: 「次の二つを持っている必要があります。」,
the Toubon law's 「次の情報を…」), no sentence that leans on one not quoted (T14/A3:
「合意がなければ輸出できません。」, T15: 「したがって、…」, T13: 「…はこれに該当し」), the sentence
that names what the question singles out first even with no card (T15: UKCA), and the
period a question asks for stated with the card (Korean registration valid for 2 years)."""

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
    "us/us-alcohol-ttb-cola-import.md",
    "us/us-fda-food-facility-registration.md",
    "fr/fr-language-toubon.md",
    "fr/fr-triman-epr.md",
    "cn/cn-overseas-food-manufacturer-registration.md",
    "cn/cn-japan-food-import-restrictions.md",
    "uk/uk-ukca-ce-marking.md",
    "kr/imported-food-registration-inspection.md",
    "kr/k-reach-chemicals.md",
    "hk/hk-free-port-customs-dutiable.md",
    "intl/intl-trade-documents.md",
]
_MARKER = re.compile(r"\s*\[\d+\]")
# A quote that starts by leaning on a sentence the answer does not show.
_LEANING = re.compile(r"^・?(?:したがって|そのため|このため|これら|これは|合意がなければ)")


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("defects8"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _lines(text: str) -> list[str]:
    return [_MARKER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def _no_dangling(text: str) -> None:
    for line in _lines(text):
        assert not _LEANING.match(line), line
        # a head that announces a list ends with the list, never with the announcement
        assert not re.search(r"次の(?:二つ|情報)[^。：:]*。$", line), line


def test_a_sake_label_answer_reads_the_two_permits_with_their_head(
    client: TestClient, keys: Keys
) -> None:
    text = ask(
        client,
        keys,
        "日本酒（720ml、15度）をアメリカに輸出したい",
        "ラベルには何を書く必要がありますか？",
    )["answer"]
    _no_dangling(text)
    assert "COLA" in text


def test_a_toubon_answer_says_what_must_be_in_french(client: TestClient, keys: Keys) -> None:
    text = ask(client, keys, "ステンレス製の包丁をフランスに輸出します。ラベルに何を書けばいい？")[
        "answer"
    ]
    _no_dangling(text)
    toubon = [line for line in _lines(text) if "トゥーボン法" in line]
    assert toubon and all("取扱説明書" in line for line in toubon), text


def test_china_answers_quote_no_subjectless_sentence(client: TestClient, keys: Keys) -> None:
    for question in (
        "米（コシヒカリ5kg）を中国に輸出できますか？",
        "冷凍ホタテを中国に輸出できますか？",
    ):
        text = ask(client, keys, question)["answer"]
        _no_dangling(text)
        assert not any(
            line.startswith(("冷凍ホタテ、ナマコ", "・冷凍ホタテ、ナマコ")) for line in _lines(text)
        )


def test_a_ukca_answer_opens_with_ukca_and_reads_therefore_with_its_reason(
    client: TestClient, keys: Keys
) -> None:
    text = ask(client, keys, "ぬいぐるみをイギリスに輸出したい。UKCAマークが必要ですか？")["answer"]
    _no_dangling(text)
    assert "UKCA" in _lines(text)[0], text


def test_a_korean_registration_answer_states_how_long_it_is_valid(
    client: TestClient, keys: Keys
) -> None:
    text = ask(client, keys, "How long is a Korean foreign food facility registration valid?")[
        "answer"
    ]
    assert "2 years" in _lines(text)[0], text
