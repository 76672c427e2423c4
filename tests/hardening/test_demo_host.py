"""Defect 8: demo keys were embedded in / and /console whatever the Host header said."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.auth.demo import ensure_demo_keys, is_loopback_host
from export_assist.container import Container


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1:8000", True),
        ("localhost", True),
        ("LOCALHOST:80", True),
        ("[::1]:8000", True),
        ("127.0.0.2", True),
        ("evil.example", False),
        ("evil.example:8000", False),
        ("127.0.0.1.evil.example", False),
        ("localhost.evil.example", False),
        ("10.0.0.5:8000", False),
        ("", False),
    ],
)
def test_defect_8_loopback_host_names(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_defect_8_demo_keys_only_for_a_loopback_host_header(container: Container) -> None:
    container.settings.auth.demo_keys = "on"
    demo = ensure_demo_keys(container.keys, container.settings)  # what `keys demo` does
    secrets = (demo.exporter, demo.advisor, demo.admin, demo.server)
    with TestClient(create_app(container=container)) as client:
        local = client.get("/console", headers={"Host": "127.0.0.1:8000"})
        assert local.status_code == 200 and 'data-token-url="/demo/console-token"' in local.text
        for path in ("/", "/console", "/console/outcomes"):
            for host in ("127.0.0.1:8000", "rebind.evil.example:8000"):
                page = client.get(path, headers={"Host": host})
                assert page.status_code == 200
                assert not any(secret in page.text for secret in secrets)  # defect 21 too
            assert (
                "/demo/console-token" not in client.get(path, headers={"Host": "evil.example"}).text
            )
        for endpoint in ("/demo/widget-token", "/demo/console-token"):
            assert client.post(endpoint, headers={"Host": "rebind.evil.example"}).status_code == 404
        made = client.post("/demo/console-token", headers={"Host": "localhost:8000"}).json()
        me = client.get("/v1/me", headers={"Authorization": f"Bearer {made['token']}"}).json()
        assert (me["role"], me["subject"]) == ("advisor", "demo-advisor")
