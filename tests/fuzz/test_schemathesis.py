"""Fuzzing: requests generated from our own OpenAPI document (schemathesis), for every
role (exporter, advisor, admin, no key), against the real app (real SQLite, real Chroma
over the test corpus). Passes only with no 5xx and no response outside the documented
status codes, content types, headers and schemas."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.failures import FailureGroup

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.conftest import TEST_DATA

ROLES = ("exporter", "advisor", "admin", "anonymous")
EXAMPLES_PER_OPERATION = 6  # x 4 roles x every operation: over 1,000 requests a run
MIN_REQUESTS = 1000
CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.response_headers_conformance,
]


@pytest.fixture(scope="module")
def fuzz_app(
    tmp_path_factory: pytest.TempPathFactory, indexed_container: Container
) -> Iterator[Any]:
    """The app over a fresh database, searching the indexed test corpus."""
    data_dir: Path = tmp_path_factory.mktemp("fuzz")
    settings_ = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=data_dir, corpus_dir=TEST_DATA / "corpus",
        auth={"demo_keys": "off"}, matching={"sample_size": 60},
        compliance={"hs_dense": False},  # embedding the HS table is a benchmark, not a fuzz
    )  # fmt: skip
    container = Container(
        settings_, searcher=indexed_container.searcher, embedder=indexed_container.embedder
    )
    app = create_app(container=container)
    app.state.fuzz_keys = {
        role: container.keys.create(role, "acme", f"fuzz-{role}").key for role in ROLES[:3]
    }
    yield app
    container.close()


def _fuzz_operation(operation: Any, keys: dict[str, str], sent: Counter[str]) -> list[str]:
    failures: list[str] = []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,  # the same requests every run: CI stays reproducible
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        for role in ROLES:  # the same generated request with each key, and with none
            key = keys.get(role)
            sent[role] += 1
            try:
                case.call_and_validate(
                    headers={"X-API-Key": key} if key else {}, checks=CHECKS, timeout=120
                )
            except (FailureGroup, Exception) as exc:  # failed checks, or the transport
                failures.append(f"{operation.label} as {role}: {str(exc)[:800]}")
                return

    run()
    return failures


def test_fuzz_every_operation_for_every_role(fuzz_app: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    sent: Counter[str] = Counter()
    failures: list[str] = []
    for result in schema.get_all_operations():
        failures += _fuzz_operation(result.ok(), fuzz_app.state.fuzz_keys, sent)
    assert not failures, f"{len(failures)} failing operation(s):\n\n" + "\n\n".join(failures)
    assert sum(sent.values()) >= MIN_REQUESTS, sent
    assert set(sent) == set(ROLES)
