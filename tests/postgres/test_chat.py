"""Conversations and the agent's memory (the LangGraph checkpointer) on PostgreSQL: the
chat tests collected here again over a real server, and the memory read back by a
checkpointer of its own, as another API worker would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from export_assist.agent import checkpoints
from export_assist.container import Container
from export_assist.settings import Settings
from tests.agent.conftest import Keys, chat, client, final, keys, llm_client, server
from tests.agent.test_chat_nollm import (
    test_conversation_persists_and_follow_up_keeps_the_country,
    test_conversations_are_private,
)
from tests.agent.test_llm_agent import test_answers_in_japanese_and_remembers_the_conversation
from tests.conftest import TEST_DATA
from tests.support.openai_server import Reply, ScriptedOpenAIServer

pytestmark = pytest.mark.postgres
__all__ = [  # the SQLite tests and their fixtures, collected here again over PostgreSQL
    "client",
    "keys",
    "llm_client",
    "server",
    "test_answers_in_japanese_and_remembers_the_conversation",
    "test_conversation_persists_and_follow_up_keeps_the_country",
    "test_conversations_are_private",
]


@pytest.fixture
def container(indexed_container: Container, pg_url: str, tmp_path: Path) -> Iterator[Container]:
    """The shared indexed corpus with a fresh PostgreSQL database."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=indexed_container.settings.data_dir,
        corpus_dir=TEST_DATA / "corpus",
        database={"url": pg_url},
    )
    settings.auth.demo_keys = "off"
    built = Container(settings)
    assert built.engine.dialect.name == "postgresql"
    yield built
    built.engine.dispose()


def test_agent_memory_is_in_postgresql_for_every_worker(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer, pg_url: str
) -> None:
    # a translation request goes through the agent loop, which keeps its memory there
    server.add(Reply.text("Matcha is a Japanese green tea."))
    asked = "Please translate into English: 抹茶は日本の緑茶です。"
    cid = final(chat(llm_client, keys.exporter, message=asked))["conversation_id"]
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        threads = conn.execute(
            sa.text(f"SELECT DISTINCT thread_id FROM {checkpoints.SCHEMA}.checkpoints")
        ).scalars()
        assert list(threads) == [cid]
        # the application's schema holds only Alembic's tables
        assert "checkpoints" not in sa.inspect(conn).get_table_names()
    engine.dispose()
    other_worker = checkpoints._build(pg_url)  # a checkpointer of its own, as in another process
    try:
        saved = other_worker.get_tuple({"configurable": {"thread_id": cid}})
        texts = [m.content for m in saved.checkpoint["channel_values"]["messages"]]
        assert "Matcha is a Japanese green tea." in texts and asked in texts[0]
    finally:
        other_worker.conn.close()


def test_libpq_conninfo_keeps_socket_folder_user_and_password() -> None:
    info = checkpoints.libpq_conninfo("postgresql+psycopg://ea:s3cret@/app?host=/run/pg")
    assert dict(part.split("=", 1) for part in info.split()) == {
        "user": "ea",
        "password": "s3cret",
        "dbname": "app",
        "host": "/run/pg",
    }
    tcp = checkpoints.libpq_conninfo("postgresql://ea@db.internal:5433/app")
    assert "host=db.internal" in tcp and "port=5433" in tcp
