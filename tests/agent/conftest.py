"""Agent test fixtures: an indexed app client, keys, and SSE parsing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.auth.fixtures import Keys, keys
from tests.conftest import TEST_DATA
from tests.support.openai_server import ScriptedOpenAIServer

__all__ = ["keys"]


@pytest.fixture
def container(indexed_container: Container, tmp_path: Any) -> Iterator[Container]:
    """A fresh database over the shared indexed corpus (one index build per session)."""
    base = indexed_container.settings
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=base.data_dir,
        corpus_dir=TEST_DATA / "corpus",
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"},
    )
    settings.auth.demo_keys = "off"
    built = Container(settings)
    yield built
    built.engine.dispose()


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    """A TestClient over the app."""
    with TestClient(create_app(container=container)) as test_client:
        yield test_client


@pytest.fixture
def server() -> Iterator[ScriptedOpenAIServer]:
    """A scripted OpenAI-compatible server (real HTTP) on a random port."""
    with ScriptedOpenAIServer() as scripted:
        yield scripted


@pytest.fixture
def llm_client(container: Container, server: ScriptedOpenAIServer) -> Iterator[TestClient]:
    """The app with its LLM endpoint on the scripted server (no retries, short timeout)."""
    container.settings.llm.base_url = server.base_url
    container.settings.llm.max_retries = 0
    container.settings.llm.timeout_s = 2.0
    with TestClient(create_app(container=container)) as test_client:
        yield test_client


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    """(event, data) pairs of a text/event-stream body."""
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def chat(client: TestClient, key: str, **body: Any) -> list[tuple[str, dict[str, Any]]]:
    """POST /v1/chat and return the parsed events."""
    with client.stream("POST", "/v1/chat", json=body, headers={"X-API-Key": key}) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        return parse_sse("".join(response.iter_text()))


def final(events: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The data of the final event."""
    finals = [d for n, d in events if n == "final"]
    assert len(finals) == 1, events
    return finals[0]


__all__ += ["Keys", "chat", "final", "parse_sse"]
