"""A checklist summary in the chat lists what applies for sure before what applies only in
some cases (escalation_dev8: frozen scallops for the US led with the FCE filing of low-acid
canned foods, and FDA prior notice was not among the five shown)."""

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
    "us/us-seafood-haccp.md",
    "us/us-lacf-acidified-foods.md",
    "us/us-fda-food-facility-registration.md",
    "us/us-fda-prior-notice.pdf",
    "us/us-fda-prior-notice.pdf.yaml",
    "us/us-fsvp-importer.md",
    "us/us-food-labelling.md",
    "jp/jp-export-procedure-overview.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    yield from slice_chat_container(tmp_path_factory.mktemp("sure_first"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    yield from app_client(container)


def test_frozen_seafood_list_leads_with_what_applies_for_sure(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "冷凍の帆立貝柱を米国に輸出します。チェックリストをください")
    bullets = [line for line in done["answer"].splitlines() if line.startswith("・")]
    assert bullets, done["answer"]
    assert not any("FCE" in line or "低酸性" in line for line in bullets), bullets
    assert any("事前通知" in line for line in bullets), bullets
