"""Session-12 Japan-side questions through POST /v1/chat (no LLM) over a slice of the real
corpus: a procedure Japan's law sets whatever the market (CITES export approval, the liquor
export wholesale licence, technology sent abroad, the ATA carnet) is answered from Japan's
documents even where the question names a market (issue 9). New sentences of the kinds the
tuning sets hold, never their own text."""

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

SLICE = [
    "jp/jp-cites-export.md",
    "jp/jp-alcohol-export.md",
    "jp/jp-fefta-practice.md",
    "jp/jp-fefta-list-control.md",
    "jp/jp-export-control-classification.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "jp/jp-export-procedure-overview.md",
    "uk/uk-customs-import.md",
    "sg/food-labelling.md",
    "tw/customs-tariff-alcohol.md",
    "kr/food-labelling.md",
    "eu/eu-customs-import.md",
    "eu/eu-japan-epa-origin.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("japanside12"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _docs(done: dict[str, object]) -> set[str]:
    return {c["doc_id"] for c in done["citations"]}  # type: ignore[attr-defined, index]


def test_goods_of_a_cites_species_to_a_market_are_japans_export_approval(
    client: TestClient, keys: Keys
) -> None:
    # the market's own rules do not answer: METI's approval is needed before the goods leave
    done = ask(client, keys, "鼈甲の帯留めをイギリスの骨董商に売りたい。発送できる？")
    assert "jp-cites-export" in _docs(done), done["citations"]
    # (still escalated on this slice: 帯留・骨董商 are not in its documents; left for s13)
    assert "ワシントン条約" in done["answer"]


def test_a_trader_selling_liquor_on_abroad_hears_of_the_export_wholesale_licence(
    client: TestClient, keys: Keys
) -> None:
    question = (
        "食品の輸出商社です。酒蔵から焼酎を仕入れて台湾の飲食店に卸す予定。どんな免許が必要？"
    )
    done = ask(client, keys, question)
    assert "輸出酒類卸売業免許" in done["answer"], done["answer"]
    assert "jp-alcohol-export" in _docs(done)


def test_design_data_sent_abroad_is_technology_under_fefta_not_canadian_dollars(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client, keys, "韓国の協力工場からCADデータを送ってと頼まれた。メールで送っても問題ない？"
    )
    assert "技術" in done["answer"] and "外国為替" in done["answer"], done["answer"]


def test_samples_taken_to_a_fair_and_brought_back_are_the_carnets_not_a_duty_lookup(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "We will take demo machines to a trade show in Germany and bring them back to Japan "
        "afterwards. How do we avoid paying German import duty on them?",
    )
    assert "ATA" in done["answer"], done["answer"]
    assert "jp-ata-carnet-temporary-export" in _docs(done)
