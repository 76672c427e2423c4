"""Defect 12 (a large body read before the key check), 10 (deep JSON, overlong fields) and
11 (a 500 reset the next keep-alive request), against a real uvicorn server."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import BackgroundTasks, FastAPI
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.cancellation import Cancelled, raise_if_cancelled
from export_assist.container import Container
from tests.auth.fixtures import Keys
from tests.support.live_server import serve

MB = 1024 * 1024


SLOW_WORK: list[str] = []
LATER_WORK: list[str] = []


@pytest.fixture
def live(container: Container) -> Iterator[int]:
    """The app on a real server; /boom raises, as an unexpected bug would; /slow works
    for 30 s in a worker thread, checking for cancellation as long loops do."""
    container.settings.auth.demo_keys = "off"
    app: FastAPI = create_app(container=container)

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("a bug")

    @app.get("/slow", include_in_schema=False)
    def slow() -> None:
        SLOW_WORK.clear()
        try:
            for step in range(600):
                SLOW_WORK.append(f"step {step}")
                raise_if_cancelled()
                time.sleep(0.05)
        except Cancelled:
            SLOW_WORK.append("cancelled")
            raise

    @app.get("/later", include_in_schema=False)
    def later(tasks: BackgroundTasks) -> dict[str, str]:
        def work() -> None:
            LATER_WORK.clear()
            for step in range(10):
                raise_if_cancelled()  # the client has its answer: this must not stop
                LATER_WORK.append(f"step {step}")
                time.sleep(0.05)
            LATER_WORK.append("done")

        tasks.add_task(work)
        return {"status": "accepted"}

    with serve(app) as port:
        yield port


def _raw(port: int, head: str, body: bytes = b"", wait_s: float = 10.0) -> tuple[str, float]:
    """Send a request head (and some body), return the status line and how long it took."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as sock:
        started = time.monotonic()
        sock.sendall(head.encode() + b"\r\n" + body)
        reply = sock.recv(65536).decode("latin-1")
        return reply.split("\r\n", 1)[0], time.monotonic() - started


def test_defect_12_no_key_is_refused_before_the_body_is_read(live: int) -> None:
    head = (
        "POST /v1/drafts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {150 * MB}\r\n"
    )
    status, took = _raw(live, head, b'{"kind": ')  # 150 MB announced, 9 bytes sent
    assert status.startswith("HTTP/1.1 401"), status
    assert took < 5  # answered without waiting for the body
    small = head.replace(str(150 * MB), str(MB))  # under the size limit: still no wait
    status, took = _raw(live, small, b"[")
    assert status.startswith("HTTP/1.1 401") and took < 5, status


def test_defect_12_body_over_the_limit_is_refused_unread(live: int, keys: Keys) -> None:
    head = (
        "POST /v1/drafts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"X-API-Key: {keys.exporter}\r\nContent-Length: {150 * MB}\r\n"
    )
    status, took = _raw(live, head, b"[")
    assert status.startswith("HTTP/1.1 413") and took < 5, status
    open_route = "POST /v1/regulations/search HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n"
    assert _raw(live, open_route)[0].startswith("HTTP/1.1 413")
    upload = open_route.replace("99999999", str(60 * MB)) + "Content-Type: text/csv\r\n"
    assert _raw(live, upload)[0].startswith("HTTP/1.1 413")  # over limits.max_upload_bytes


def test_non_json_bodies_stream_through_to_their_endpoint(live: int) -> None:
    with httpx.Client(base_url=f"http://127.0.0.1:{live}", timeout=30) as client:
        csv = client.post(
            "/v1/regulations/search", content=b"a,b\n" * MB, headers={"Content-Type": "text/csv"}
        )
    assert csv.status_code == 422  # 4 MB reached the route, which wants JSON


def test_defect_12_chunked_body_over_the_limit(live: int, keys: Keys) -> None:
    chunk = b"a" * MB
    head = (
        "POST /v1/drafts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"X-API-Key: {keys.exporter}\r\nTransfer-Encoding: chunked\r\n"
    )
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3))
    assert _raw(live, head, body)[0].startswith("HTTP/1.1 413")


def test_defect_11_a_500_says_connection_close_and_the_next_request_works(live: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", live, timeout=10)
    conn.request("GET", "/healthz")
    first = conn.getresponse()
    first.read()
    assert first.status == 200
    conn.request("GET", "/boom")  # same keep-alive connection
    failed = conn.getresponse()
    body = json.loads(failed.read())
    assert failed.status == 500 and body["error"]["code"] == "internal_error"
    assert failed.getheader("connection") == "close" and "Traceback" not in json.dumps(body)
    conn.request("GET", "/healthz")  # http.client reconnects after Connection: close
    again = conn.getresponse()
    again.read()
    assert again.status == 200
    conn.close()


def test_work_that_outlives_its_client_is_cancelled(live: int) -> None:
    sock = socket.create_connection(("127.0.0.1", live), timeout=10)
    sock.sendall(b"GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    deadline = time.monotonic() + 10
    while len(SLOW_WORK) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    sock.close()  # the client gives up
    deadline = time.monotonic() + 5
    while "cancelled" not in SLOW_WORK and time.monotonic() < deadline:
        time.sleep(0.05)
    assert SLOW_WORK[-1] == "cancelled", SLOW_WORK[-3:]
    assert len(SLOW_WORK) < 200  # stopped long before its 600 steps


def test_work_after_the_answer_is_not_cancelled(live: int) -> None:
    with httpx.Client(base_url=f"http://127.0.0.1:{live}") as client:
        assert client.get("/later").status_code == 200
    deadline = time.monotonic() + 10
    while "done" not in LATER_WORK and time.monotonic() < deadline:
        time.sleep(0.05)
    assert LATER_WORK[-1:] == ["done"], LATER_WORK


def _post(client: TestClient, keys: Keys, body: Any, path: str = "/v1/drafts") -> Any:
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post(
        path,
        content=raw,
        headers={**keys.headers("exporter"), "Content-Type": "application/json"},
    )


def test_defect_10_json_nested_100000_deep_is_a_422(client: TestClient, keys: Keys) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for path in ("/v1/drafts", "/v1/regulations/search", "/v1/checklists"):
        response = _post(client, keys, deep, path)
        assert response.status_code == 422, (path, response.text)
        assert "nested" in response.json()["error"]["message"]
    payload: Any = "x"
    for _ in range(200):  # deep, but under Python's recursion limit: once stored, then a 500
        payload = {"a": payload}
    draft = {"kind": "answer", "title": "t", "claims": [{"text": "x"}], "payload": payload}
    assert _post(client, keys, draft).status_code == 422
    no_type = client.post("/v1/drafts", content=deep, headers=keys.headers("exporter"))
    assert no_type.status_code == 422
    brackets_in_strings = {"kind": "answer", "title": "[" * 500, "claims": [{"text": "{" * 900}]}
    assert _post(client, keys, brackets_in_strings).status_code == 422  # title too long only
    assert "title" in _post(client, keys, brackets_in_strings).text


def test_defect_10_fields_over_the_limit_are_a_422_naming_the_field(
    client: TestClient, keys: Keys
) -> None:
    draft = {"kind": "answer", "title": "t", "claims": [{"text": "x"}], "payload": {}}
    draft["payload"] = {"note": "長" * 131_073}
    response = _post(client, keys, draft)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["details"][0]["field"] == "payload.note" and "131,073" in error["message"]
    search = client.post("/v1/regulations/search", json={"query": "q" * 131_073})
    assert search.status_code == 422
