"""Fixtures of the matching tests: a migrated directory, a small hand-made directory."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import BuyerCreate
from export_assist.matching.scope import PUBLIC
from tests.auth.fixtures import keys

__all__ = ["keys"]

SCREENING_DATA = Path(__file__).resolve().parents[1] / "data" / "screening"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir for the buyers CLI, with a small sample and the fictitious screening list."""
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXPORT_ASSIST_MATCHING__SAMPLE_SIZE", "60")
    monkeypatch.setenv(
        "EXPORT_ASSIST_MATCHING__SCREENING__LISTS",
        f'["{SCREENING_DATA / "fictitious_end_user_list.csv"}"]',
    )
    return tmp_path


def buyer(name: str, country: str, **fields: object) -> BuyerCreate:
    """A directory entry with defaults for the fields a test does not care about."""
    data: dict[str, object] = {"name": name, "country": country, "buyer_type": "importer"}
    data.update(fields)
    return BuyerCreate.model_validate(data)


SMALL = [
    buyer(
        "Tealeaf Imports Inc.",
        "US",
        city="Seattle",
        product_codes=["0902"],
        interests=["green tea and matcha"],
        languages=["en", "ja"],
    ),
    buyer(
        "Matcha House LLC",
        "US",
        city="Seattle",
        product_codes=["090210"],
        interests=["matcha powder for cafes"],
        certifications_required=["HACCP"],
    ),
    buyer(
        "Leaf & Cup GmbH",
        "DE",
        city="Hamburg",
        product_codes=["0902"],
        interests=["Japanese green tea"],
        order_min_usd=100_000,
        order_max_usd=500_000,
    ),
    buyer(
        "Bearing World Corp.",
        "US",
        city="Chicago",
        product_codes=["8482"],
        interests=["ball bearings"],
    ),
    buyer(
        "Sushi Supply Ltd",
        "GB",
        city="London",
        product_codes=["0307"],
        interests=["frozen scallops"],
    ),
    buyer(
        "Vorstal Precision Machinery",
        "US",
        city="Houston",
        product_codes=["0902"],
        interests=["green tea"],
    ),
]


def run_import(
    client: TestClient,
    headers: dict[str, str],
    content: str | bytes,
    filename: str = "b.csv",
    query: str = "",
    timeout_s: float = 60.0,
) -> dict[str, Any]:
    """Upload a file to POST /v1/buyers/import and poll its job until it ends; the job."""
    r = client.post(
        f"/v1/buyers/import{query}", files={"file": (filename, content)}, headers=headers
    )
    assert r.status_code == 202, r.text
    job = r.json()
    assert r.headers["location"] == f"/v1/buyers/imports/{job['id']}"
    deadline = time.monotonic() + timeout_s
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, f"import still {job['status']} after {timeout_s}s"
        time.sleep(0.05)
        job = client.get(f"/v1/buyers/imports/{job['id']}", headers=headers).json()
    return job


@pytest.fixture
def directory(container: Container) -> BuyerDirectory:
    """A migrated, empty directory."""
    container.settings.matching.seed_sample_directory = False
    container.settings.matching.screening.include_demo_list = False
    container.settings.matching.screening.lists = [SCREENING_DATA / "fictitious_end_user_list.csv"]
    return container.buyer_directory


@pytest.fixture
def small(directory: BuyerDirectory) -> BuyerDirectory:
    """The directory with the six SMALL buyers."""
    directory.upsert_many(SMALL, owner=PUBLIC)
    return directory


@pytest.fixture
def client(container: Container, directory: BuyerDirectory) -> Iterator[TestClient]:
    """A TestClient over a real app whose directory starts empty (no sample seeding)."""
    container.settings.auth.demo_keys = "off"
    with TestClient(create_app(container=container)) as test_client:
        yield test_client
