"""The start-up warm-up (`serve`'s default): built in the background, reported by /healthz,
stores nothing, and a failed warm-up never stops the server."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from export_assist.agent.conversations import ConversationRow
from export_assist.api import warmup
from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings

TEST_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _container(data_dir: Path, warm_up: bool) -> Container:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=data_dir, corpus_dir=TEST_CORPUS, api={"warm_up": warm_up}
    )
    built = Container(settings)
    assert built.ingestor.ingest([TEST_CORPUS], progress=False).ok
    return built


def test_warm_up_builds_the_assistant_in_the_background_and_health_says_when(
    tmp_path: Path,
) -> None:
    container = _container(tmp_path / "data", warm_up=True)
    try:
        with TestClient(create_app(container=container)) as client:
            started = client.app.state.warm_up  # type: ignore[attr-defined]
            assert started.wait(600), "the warm-up did not finish in 10 minutes"
            assert started.error is None
            assert started.seconds is not None and started.seconds > 0
            # the parts the first question needs are built: it does not pay for them
            built = {"answer_engine", "chat", "hs_suggester", "checklists", "shortlists"}
            assert built <= set(vars(container))
            assert container.checklists.profiles.exemplars_ready  # the first checklist's build
            body = client.get("/healthz").json()
            assert body["status"] == "ok" and body["warm"] is True
            # the sample questions went to the engine, not into a conversation
            with container.sessions() as session:
                stored = session.scalar(select(func.count()).select_from(ConversationRow))
            assert stored == 0
    finally:
        container.close()


def test_without_warm_up_nothing_is_built_before_the_first_question(tmp_path: Path) -> None:
    container = _container(tmp_path / "data", warm_up=False)
    try:
        with TestClient(create_app(container=container)) as client:
            body = client.get("/healthz").json()
            assert body["status"] == "ok" and "warm" not in body
            assert "answer_engine" not in vars(container)
    finally:
        container.close()


def test_a_failed_warm_up_is_logged_and_the_server_still_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(container: Container) -> None:
        raise RuntimeError("model file missing")

    monkeypatch.setattr(warmup, "warm", broken)
    container = _container(tmp_path / "data", warm_up=True)
    try:
        with TestClient(create_app(container=container)) as client:
            started = client.app.state.warm_up  # type: ignore[attr-defined]
            assert started.wait(60)
            assert started.error == "RuntimeError: model file missing"
            assert client.get("/healthz").json()["warm"] is True  # done, if not warm
            assert "warm-up failed" in caplog.text
    finally:
        container.close()
