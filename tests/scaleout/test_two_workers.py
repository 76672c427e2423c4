"""Scale-out for real: PostgreSQL (Debian's binaries), a Chroma server (`chroma run`) and
two `export-assist serve` processes on their own ports and data dirs, sharing only the
database and the vector store. What one worker (or the CLI) writes, the other reads:
ingested documents, review decisions, keys and their revocation, conversations and the
agent's memory; the request limits hold on both."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from export_assist.container import Container
from export_assist.settings import Settings
from tests.agent.conftest import parse_sse
from tests.conftest import TEST_DATA
from tests.support.api_worker import api_workers, cli_env, run_cli
from tests.support.chroma_server import chroma_server
from tests.support.openai_server import RecordedRequest, Reply, ScriptedOpenAIServer
from tests.support.postgres import fresh_database, postgres_server

pytestmark = [pytest.mark.postgres, pytest.mark.chroma_server, pytest.mark.slow]

SITE = "https://shop.example.co.jp"
NEW_DOC = """---
id: test-ca-sfc-licence
title: Canada Safe Food for Canadians licence (test fixture)
country: CA
language: en
topics: [licensing]
categories: [food]
authority: Canadian Food Inspection Agency
legal_basis: [Safe Food for Canadians Regulations (SOR/2018-108)]
sources:
  - title: Safe Food for Canadians Regulations
    url: https://laws-lois.justice.gc.ca/eng/regulations/SOR-2018-108/
    publisher: Justice Laws Website
verified_on: 2026-11-29
review_status: verified
---
# Safe Food for Canadians licence

## Importers

A business that imports food into Canada generally needs a Safe Food for Canadians
licence from the Canadian Food Inspection Agency before the goods arrive.
"""


@dataclass
class World:
    """Two worker URLs, the CLI's environment, the corpus folder, keys and the LLM."""

    a: str
    b: str
    cli: dict[str, str]
    corpus: Path
    keys: dict[str, str]
    llm: ScriptedOpenAIServer
    http: httpx.Client  # a generous timeout: first requests build indexes on a busy machine


def _answer(request: RecordedRequest) -> Reply:
    # the scripted model answers every turn; its reply names the turn it answers
    return Reply.text(f"Answer to: {request.last_user.splitlines()[0]} [1]")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("scaleout")
    corpus = base / "corpus"
    shutil.copytree(TEST_DATA / "corpus", corpus)
    with (
        postgres_server() as pg,
        chroma_server(base / "chroma") as chroma_port,
        ScriptedOpenAIServer(responder=_answer) as llm,
    ):
        shared = {
            "database__url": fresh_database(pg),
            "vector_store__backend": "http",
            "vector_store__port": str(chroma_port),
            "corpus_dir": str(corpus),
            "auth__demo_keys": "off",
            "matching__sample_size": "30",
            "limits__max_body_bytes": "65536",
            "llm__base_url": llm.base_url,
            "llm__max_retries": "0",
            # data dirs of their own: the widget-token secret must be given to both
            "auth__token_secret": "scaleout-test-secret-0123456789abcdef",
            "auth__visitor_request_rate": "3/minute",
        }
        cli = cli_env(base / "cli", **shared)
        (base / "cli").mkdir()
        run_cli(cli, "ingest", str(corpus))
        keys = _keys(shared["database__url"], base / "keys")
        envs = [cli_env(base / name, **shared) for name in ("worker-a", "worker-b")]
        with api_workers(envs) as (a, b), httpx.Client(timeout=120) as http:
            yield World(a, b, cli, corpus, keys, llm, http)


def _keys(database_url: str, data_dir: Path) -> dict[str, str]:
    """Keys made in the shared database, the way `export-assist keys create` does it."""
    settings = Settings(_env_file=None, data_dir=data_dir, database={"url": database_url})  # type: ignore[call-arg]
    container = Container(settings)
    make = container.keys.create
    made = {
        "exporter": make("exporter", "acme", "alice").key,
        "advisor": make("advisor", "acme", "carol").key,
        "admin": make("admin", "acme", "dave").key,
        "other_advisor": make("advisor", "other", "frank").key,
    }
    container.close()
    return made


def _h(world: World, role: str) -> dict[str, str]:
    return {"X-API-Key": world.keys[role]}


def _chat(url: str, key: str, **body: Any) -> dict[str, Any]:
    with httpx.stream(
        "POST", f"{url}/v1/chat", json=body, headers={"X-API-Key": key}, timeout=120
    ) as response:
        assert response.status_code == 200, response.read()
        events = parse_sse("".join(response.iter_text()))
    return next(data for name, data in events if name == "final")


def _search(url: str, query: str, country: str, mode: str = "hybrid") -> list[str]:
    params = {"q": query, "country": country, "mode": mode}
    got = httpx.get(f"{url}/v1/regulations/search", params=params, timeout=120)
    assert got.status_code == 200, got.text
    return [hit["citation"]["doc_id"] for hit in got.json()["hits"]]


def test_a_document_ingested_by_the_cli_is_found_by_both_workers(world: World) -> None:
    for url in (world.a, world.b):
        assert "test-eu-radio-equipment" in _search(url, "Bluetooth speaker CE marking", "DE")
        assert "test-ca-sfc-licence" not in _search(url, "food import licence", "CA")
    (world.corpus / "ca").mkdir()
    (world.corpus / "ca" / "sfc-licence.md").write_text(NEW_DOC, encoding="utf-8")
    run_cli(world.cli, "ingest", str(world.corpus))
    for url in (world.a, world.b):
        assert _search(url, "food import licence", "CA")[0] == "test-ca-sfc-licence"
    # an edit that keeps the chunk count: each worker's in-memory BM25 index must notice it
    # (the index version lives in the Chroma server, not in one machine's data dir)
    edited = NEW_DOC.replace("arrive.", "arrive. (Test fixture edit: kiwifruit.)")
    (world.corpus / "ca" / "sfc-licence.md").write_text(edited, encoding="utf-8")
    run_cli(world.cli, "ingest", str(world.corpus))
    for url in (world.a, world.b):
        assert _search(url, "kiwifruit", "CA", mode="lexical")[:1] == ["test-ca-sfc-licence"]


def test_a_review_decided_on_one_worker_is_seen_on_the_other(world: World) -> None:
    claim = {"text": "Register the facility with FDA.", "citations": []}
    body = {"kind": "answer", "title": "Tea to the US", "claims": [claim]}
    made = world.http.post(f"{world.a}/v1/drafts", json=body, headers=_h(world, "exporter"))
    assert made.status_code == 201, made.text
    draft = made.json()
    decide = f"{world.b}/v1/drafts/{draft['id']}/claims/{draft['claims'][0]['id']}/decision"
    decided = world.http.post(decide, json={"action": "approve"}, headers=_h(world, "advisor"))
    assert decided.status_code == 200, decided.text
    seen = world.http.get(
        f"{world.a}/v1/drafts/{draft['id']}", headers=_h(world, "exporter")
    ).json()
    assert (seen["status"], seen["reviewed"], seen["version"]) == ("approved", True, 2)
    assert seen["claims"][0]["decided_by"] == "carol"
    again = world.http.post(
        decide, json={"action": "reject", "comment": "no"}, headers=_h(world, "advisor")
    )
    assert again.status_code == 409  # decided on B: A's view and B's agree
    other = world.http.get(f"{world.a}/v1/drafts/{draft['id']}", headers=_h(world, "other_advisor"))
    assert other.status_code == 404
    log = world.http.get(
        f"{world.a}/v1/audit", params={"draft_id": draft["id"]}, headers=_h(world, "advisor")
    )
    assert [e["action"] for e in log.json()] == ["claim.approved", "draft.created"]


def test_keys_and_limits_hold_on_both_workers(world: World) -> None:
    made = world.http.post(
        f"{world.a}/v1/keys",
        json={"role": "exporter", "subject": "eve"},
        headers=_h(world, "admin"),
    )
    assert made.status_code == 201, made.text
    new = {"X-API-Key": made.json()["key"]}
    for url in (world.a, world.b):
        assert world.http.get(f"{url}/v1/me", headers=new).json()["subject"] == "eve"
    revoked = world.http.delete(
        f"{world.b}/v1/keys/{made.json()['id']}", headers=_h(world, "admin")
    )
    assert revoked.status_code == 200, revoked.text
    big = {"message": "x" * 70_000}
    for url in (world.a, world.b):
        assert world.http.get(f"{url}/v1/me", headers=new).status_code == 401
        assert world.http.get(f"{url}/v1/me").status_code == 401
        assert world.http.get(f"{url}/v1/keys", headers=_h(world, "advisor")).status_code == 403
        too_big = world.http.post(f"{url}/v1/chat", json=big, headers=_h(world, "exporter"))
        assert too_big.status_code == 413, too_big.text


def test_a_chat_on_one_worker_continues_on_the_other(world: World) -> None:
    # translation requests go through the LLM agent loop, whose memory is the checkpointer
    asked = "Please translate into English: 抹茶は日本の緑茶です。"
    first = _chat(world.a, world.keys["exporter"], message=asked)
    cid = first["conversation_id"]
    assert first["mode"] == "llm" and first["answer"].startswith("Answer to: Please translate")
    again = "Please translate this too: 煎茶も緑茶です。"
    second = _chat(world.b, world.keys["exporter"], message=again, conversation_id=cid)
    assert second["conversation_id"] == cid and second["mode"] == "llm"
    # the agent's memory (LangGraph checkpointer on PostgreSQL) carried the first turn to B
    last = world.llm.requests[-1].messages
    history = [m["content"] for m in last if m["role"] in ("user", "assistant")]
    assert any(asked in text for text in history[:-1])
    assert first["answer"] in history
    for url in (world.b, world.a):
        conv = world.http.get(f"{url}/v1/conversations/{cid}", headers=_h(world, "exporter")).json()
        assert [m["role"] for m in conv["messages"]] == ["user", "assistant"] * 2
        assert conv["messages"][3]["content"] == second["answer"]
    hidden = world.http.get(f"{world.b}/v1/conversations/{cid}", headers=_h(world, "other_advisor"))
    assert hidden.status_code == 404


def test_widget_tokens_and_visitor_limits_hold_on_both_workers(world: World) -> None:
    admin = _h(world, "admin")
    minted = world.http.post(
        f"{world.a}/v1/widget/tokens", json={"subject": "alice"}, headers=admin
    )
    assert minted.status_code == 201, minted.text
    bearer = {"Authorization": f"Bearer {minted.json()['token']}"}
    for url in (world.a, world.b):
        assert world.http.get(f"{url}/v1/me", headers=bearer).json()["subject"] == "alice"
    revocation = {"token_id": minted.json()["token_id"]}
    revoked = world.http.post(f"{world.b}/v1/widget/revocations", json=revocation, headers=admin)
    assert revoked.status_code == 201, revoked.text
    for url in (world.a, world.b):
        assert world.http.get(f"{url}/v1/me", headers=bearer).status_code == 401
    made = world.http.post(
        f"{world.a}/v1/keys/publishable", json={"origins": [SITE]}, headers=admin
    )
    assert made.status_code == 201, made.text
    body = {"publishable_key": made.json()["key"], "visitor": "v" * 20}
    visitor = world.http.post(
        f"{world.b}/v1/widget/visitor-tokens", json=body, headers={"Origin": SITE}
    )
    assert visitor.status_code == 201, visitor.text
    h = {"Authorization": f"Bearer {visitor.json()['token']}", "Origin": SITE}
    # 3 requests a minute per visitor, counted by each worker in its own memory
    # (docs/operations.md): each worker refuses the fourth
    for url in (world.a, world.b):
        codes = [world.http.get(f"{url}/v1/conversations", headers=h).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429], url


def test_a_buyer_added_on_one_worker_is_shortlisted_on_the_other(world: World) -> None:
    query = {
        "product": {"code": "090210", "description": "matcha green tea powder"},
        "markets": ["US"],
        "limit": 50,
    }

    def shortlisted(url: str) -> list[str]:
        got = world.http.post(f"{url}/v1/shortlists", json=query, headers=_h(world, "exporter"))
        assert got.status_code == 200, got.text
        return [c["buyer"]["name"] for c in got.json()["candidates"]]

    assert "Scaleout Matcha Importer" not in shortlisted(world.b)  # B's index is built now
    buyer = {
        "name": "Scaleout Matcha Importer",
        "country": "US",
        "city": "Seattle",
        "product_codes": ["0902"],
        "interests": ["matcha green tea powder"],
    }
    added = world.http.post(f"{world.a}/v1/buyers", json=buyer, headers=_h(world, "advisor"))
    assert added.status_code == 201, added.text
    assert "Scaleout Matcha Importer" in shortlisted(world.b)  # B rebuilt it from the database
    other = world.http.get(
        f"{world.b}/v1/buyers/{added.json()['buyer']['id']}", headers=_h(world, "other_advisor")
    )
    assert other.status_code == 404  # private to tenant acme on every worker
