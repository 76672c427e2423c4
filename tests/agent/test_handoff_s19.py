"""Session-19 hand-off (issue 9 item 4) through POST /v1/chat (no LLM) over a slice of the
real corpus, with new sentences (not the eval's): a business judgement asked by its form (a
market's price level, a named party's reliability, what sells, a contract's usual terms)
and an EU member state's retail of alcohol are handed off; a statement that mentions
selling is no market choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.asking import asking_sentence
from export_assist.answering.business import kinds
from export_assist.answering.judged import judged
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand
from export_assist.container import Container
from tests.answering.conftest import app_client, drafted, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

COVERED = frozenset({"EU", "DE", "FR", "CN", "HK", "TW", "TH", "US", "JP", "INTL"})
SLICE = [
    "hk/hk-food-import-cfs.md",
    "jp/jp-cites-export.md",
    "cn/cn-japan-food-import-restrictions.md",
    "eu/eu-alcohol-sake-whisky.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("handoff19"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Is Pusan Harbour Foods Co. reliable enough to give 90 days' credit?", "credit"),
        ("この商社、本当に信用して大丈夫？", "credit"),
        # the party named in the sentence before the one that asks (seen as a user, s19)
        (
            "シドニーのKoala Fine Foodsという輸入業者から、60日後払いにしてほしいと言われた。信用して大丈夫？",
            "credit",
        ),
        (
            "Our new buyer in Manila, Bayside Grocers, wants 120 days to pay. Can we trust them?",
            "credit",
        ),
        ("What wholesale price do Singapore grocers usually pay for 1 kg of matcha?", "pricing"),
        ("台湾のスーパーでは日本の緑茶は店頭価格でいくらくらい？", "pricing"),
        ("Which flavour of our rice crackers sells best with teenagers in Thailand?", "strategy"),
        ("タイで売れやすいパッケージの色は？", "strategy"),
        ("シドニーの輸入業者との販売店契約、期間は3年と5年どちらにすべき？", "contracts"),
        ("How long should an exclusive agency agreement with a Hanoi firm run?", "contracts"),
        # a rule or a tax asked with a price, a statement of a sale: no judgement
        ("What is the excise duty on a 720 ml bottle of shochu in France?", None),
        ("Is a self-declared origin statement reliable enough for customs?", None),
        ("台湾のお店に緑茶を売れることになった。日本側で出す届出はある？", None),
    ],
)
def test_a_judgement_is_read_from_the_asking_sentence(text: str, group: str | None) -> None:
    assert judged(text) == group


def test_the_asking_sentence_is_the_last_question() -> None:
    said = "A buyer called Hanil Trading Co. wrote to us. Can we trust them?"
    assert asking_sentence(said) == "Can we trust them?"


def test_a_sale_stated_before_the_question_is_no_market_choice() -> None:
    text = "台湾やタイのお店に、うちの緑茶を売れることになりそう。日本側で出しておく届出はある？"
    assert "market_choice" not in kinds(understand(text, COVERED))
    compared = "台湾とタイ、緑茶はどっちが売れる？"
    assert "market_choice" in kinds(understand(compared, COVERED))


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("スウェーデンで日本酒の小売をしたい。何が必要？", ["SE"]),
        ("We plan to retail our shochu in Finland ourselves. What is required?", ["FI"]),
        # exporting to a shop there is the EU's import rules
        ("フィンランドの酒屋に日本酒を輸出したい。ラベルの決まりは？", []),
    ],
)
def test_retailing_alcohol_in_a_member_state_is_its_own_rule(text: str, states: list[str]) -> None:
    assert national_gap(understand(text, COVERED), COVERED) == states


@pytest.mark.slow
@pytest.mark.parametrize(
    "message",
    [
        "Our new buyer, Busan Ocean Foods Co., asks for 90-day open account terms. "
        "Is that firm trustworthy enough?",
        "台湾のスーパーでは、日本の緑茶ティーバッグは店頭価格でだいたいいくらくらい？",
        "What kind of packaging design sells best to young shoppers in Thailand?",
        "スウェーデンで日本酒の小売をしたい。何が必要？",
    ],
)
def test_judgements_and_a_states_retail_are_drafted_for_an_advisor(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    assert drafted(done), done["answer"]
