"""Issue 14, defect 1: two chats at the same moment after start broke chat for good
(the intent detector's first-call setup ran twice at once). Eight chats at once, over
real HTTP against a fresh app, then one more: none may fail."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from export_assist.agent.intent import IntentDetector
from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.errors import ServiceUnavailable
from export_assist.retrieval.embeddings import Embedder, Vectors
from tests.agent.conftest import final, parse_sse
from tests.auth.fixtures import Keys
from tests.support.live_server import serve

# Messages no routing rule catches, so every one reaches the embedding fallback.
MESSAGES = [
    "FDAへの食品施設登録は必要ですか?",
    "Which particulars must an EU food label show?",
    "Do I need to register my facility in the US?",
    "この製品の表示ルールは?",
    "What does the regulation say about prior notice?",
    "食品の輸入届出について教えてください",
    "Is an export licence needed for this machine?",
    "EUの食品表示で必要な項目は?",
]


@pytest.fixture
def server_url(container: Container) -> Iterator[str]:
    """A uvicorn server over a fresh app (no chat turn has run yet), on a free port."""
    with serve(create_app(container=container)) as port:
        yield f"http://127.0.0.1:{port}"


def _chat(url: str, key: str, message: str) -> tuple[int, list[tuple[str, dict[str, object]]]]:
    response = httpx.post(
        f"{url}/v1/chat", json={"message": message}, headers={"X-API-Key": key}, timeout=120
    )
    events = parse_sse(response.text) if response.status_code == 200 else []
    return response.status_code, events


def test_concurrent_cold_start_chats_all_succeed(server_url: str, keys: Keys) -> None:
    barrier = threading.Barrier(len(MESSAGES))

    def one(message: str) -> tuple[int, list[tuple[str, dict[str, object]]]]:
        barrier.wait()
        return _chat(server_url, keys.exporter, message)

    with ThreadPoolExecutor(len(MESSAGES)) as pool:
        results = list(pool.map(one, MESSAGES))
    statuses = [status for status, _ in results]
    errors = [e for _, events in results for e in events if e[0] == "error"]
    assert statuses == [200] * len(MESSAGES) and errors == []
    assert all(final(events)["answer"] for _, events in results)
    # and chat still works afterwards
    status, events = _chat(server_url, keys.exporter, MESSAGES[0])
    assert status == 200 and final(events)["citations"][0]["doc_id"] == "test-us-fda-registration"


class _SlowFlakyEmbedder:
    """A real embedder behind a delay (so first calls overlap) that can fail once."""

    def __init__(self, inner: Embedder, fail_first: bool = False) -> None:
        self._inner = inner
        self._fail = fail_first
        self.model_id = inner.model_id

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> Vectors:
        time.sleep(0.002)
        if self._fail:
            self._fail = False
            raise ServiceUnavailable("embedding endpoint down")
        return self._inner.embed_query(text)


def test_concurrent_cold_start_detector_builds_its_exemplars_once(
    indexed_container: Container,
) -> None:
    detector = IntentDetector(_SlowFlakyEmbedder(indexed_container.embedder))
    with ThreadPoolExecutor(8) as pool:
        intents = list(pool.map(detector.detect, MESSAGES))
    assert intents == [detector.detect(m) for m in MESSAGES]
    assert set(intents) <= {"search", "checklist"}


def test_concurrent_cold_start_failed_build_does_not_poison_later_calls(
    indexed_container: Container,
) -> None:
    detector = IntentDetector(_SlowFlakyEmbedder(indexed_container.embedder, fail_first=True))
    with pytest.raises(ServiceUnavailable):
        detector.detect(MESSAGES[0])
    assert detector.detect(MESSAGES[0]) == "search"
