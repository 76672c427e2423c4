"""`export-assist backup` / `restore` (issue 14): drafts, buyers, keys, widget-token
revocations, publishable keys and a Chroma collection survive a round trip through a
wiped data dir, read back through the API. SQLite always; PostgreSQL where the Debian
binaries are present (pg_dump/pg_restore)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli
from export_assist.container import Container
from export_assist.settings import Settings
from tests.conftest import TEST_DATA
from tests.support.postgres import fresh_database, postgres_server

BUYER = {
    "name": "Seattle Matcha Importers",
    "country": "US",
    "city": "Seattle",
    "product_codes": ["0902"],
    "interests": ["matcha"],
    "contact_email": "buyer@seattle-matcha.example",
}


def _settings(data_dir: Path, url: str | None) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        corpus_dir=TEST_DATA / "corpus",
        database={"url": url},
        auth={"demo_keys": "off"},
        matching={"seed_sample_directory": False},
    )


def _env(settings: Settings) -> dict[str, str]:
    env = {"EXPORT_ASSIST_DATA_DIR": str(settings.data_dir)}
    if settings.database.url:
        env["EXPORT_ASSIST_DATABASE__URL"] = settings.database.url
    return env


def _make_state(settings: Settings) -> dict[str, Any]:
    """Keys, a draft, a buyer, a revoked token, a publishable key and Chroma chunks."""
    container = Container(settings)
    state: dict[str, Any] = {
        "exporter": container.keys.create("exporter", "acme", "alice").key,
        "advisor": container.keys.create("advisor", "acme", "carol").key,
        "admin": container.keys.create("admin", "acme", "dave").key,
    }
    with TestClient(create_app(container=container)) as client:
        draft = {"kind": "answer", "title": "Matcha to the US", "claims": [{"text": "FDA"}]}
        r = client.post("/v1/drafts", json=draft, headers={"X-API-Key": state["exporter"]})
        state["draft"] = r.json()["id"]
        r = client.post("/v1/buyers", json=BUYER, headers={"X-API-Key": state["advisor"]})
        assert r.status_code == 201, r.text
        state["buyer"] = r.json()["buyer"]["id"]
    revoked = container.widget_tokens.mint("acme", "alice")
    admin = container.authenticator.authenticate(state["admin"])
    container.widget_tokens.revoke(admin, token_id=revoked.token_id)
    state["revoked_token"] = revoked.token
    state["publishable"] = container.publishable_keys.create("acme", ["https://a.example"]).key
    vectors = np.random.default_rng(0).normal(size=(2, 384)).astype(np.float32)
    store = container.store("backup_probe")
    store.upsert(["p1", "p2"], ["一つ目", "second"], vectors, [{"n": 1}, {"n": 2}])
    container.close()
    return state


def _check_state(settings: Settings, state: dict[str, Any]) -> None:
    """Everything reads back through the API (and Chroma) after the restore."""
    container = Container(settings)
    with TestClient(create_app(container=container)) as client:
        exporter, advisor = {"X-API-Key": state["exporter"]}, {"X-API-Key": state["advisor"]}
        draft = client.get(f"/v1/drafts/{state['draft']}", headers=exporter)
        assert draft.status_code == 200 and draft.json()["title"] == "Matcha to the US"
        buyer = client.get(f"/v1/buyers/{state['buyer']}", headers=advisor)
        assert buyer.status_code == 200, buyer.text
        assert buyer.json()["contact_email"] == BUYER["contact_email"]
        keys = client.get("/v1/keys", headers={"X-API-Key": state["admin"]}).json()
        assert {k["subject"] for k in keys} == {"alice", "carol", "dave"}
        refused = client.get(
            "/v1/me", headers={"Authorization": f"Bearer {state['revoked_token']}"}
        )
        assert refused.json()["error"]["code"] == "token_revoked"  # same secret, same list
        listed = client.get("/v1/keys/publishable", headers={"X-API-Key": state["admin"]})
        assert [k["key"] for k in listed.json()] == [state["publishable"]]
    chunks = container.store("backup_probe").get(["p1", "p2"])
    assert sorted(c.text for c in chunks) == ["second", "一つ目"]
    container.close()


def _round_trip(settings: Settings, tmp_path: Path) -> None:
    state = _make_state(settings)
    runner, env, target = CliRunner(), _env(settings), tmp_path / "backup"
    made = runner.invoke(cli, ["backup", str(target)], env=env)
    assert made.exit_code == 0, made.output
    assert (target / "manifest.json").exists() and "keep it private" in made.output
    shutil.rmtree(settings.data_dir)  # the disk is gone
    if settings.database.url:  # and so is the database server's content
        import sqlalchemy as sa

        engine = sa.create_engine(settings.database.url)
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
    back = runner.invoke(cli, ["restore", str(target), "--yes"], env=env)
    assert back.exit_code == 0, back.output
    _check_state(settings, state)
    again = runner.invoke(cli, ["restore", str(target), "--yes"], env=env)
    assert again.exit_code == 0 and "before-restore" in again.output  # kept, not deleted
    assert list(settings.data_dir.parent.glob("data.before-restore-*"))


def test_backup_restore_round_trip_sqlite(tmp_path: Path) -> None:
    _round_trip(_settings(tmp_path / "data", None), tmp_path)


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server (skips where the binaries are missing)."""
    with postgres_server() as url:
        yield url


@pytest.mark.postgres
def test_backup_restore_round_trip_postgres(tmp_path: Path, pg_server: str) -> None:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore are not on PATH (Debian: postgresql-client)")
    _round_trip(_settings(tmp_path / "data", fresh_database(pg_server)), tmp_path)


def test_a_damaged_backup_is_refused_before_anything_changes(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "data", None)
    state = _make_state(settings)
    env, target = _env(settings), tmp_path / "backup"
    assert CliRunner().invoke(cli, ["backup", str(target)], env=env).exit_code == 0
    database = target / "data" / "export_assist.db"
    database.write_bytes(database.read_bytes()[:-100])
    refused = CliRunner().invoke(cli, ["restore", str(target), "--yes"], env=env)
    assert refused.exit_code == 2 and "damaged" in refused.output
    _check_state(settings, state)  # the live data is untouched
    busy = CliRunner().invoke(cli, ["backup", str(target)], env=env)
    assert busy.exit_code == 2 and "not empty" in busy.output


def test_postgres_without_client_tools_says_so(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump here
    from export_assist.errors import ConfigurationError
    from export_assist.storage import backup

    with pytest.raises(ConfigurationError, match="pg_dump was not found on PATH"):
        backup.backup(tmp_path / "d", "postgresql+psycopg://u:p@db.example/x", tmp_path / "b")
