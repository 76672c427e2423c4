"""Defect 21 (issue 14) on the pages: no secret in the demo page, the console pages or the
widget's files; the demo pages get short-lived tokens from their own backend; demo keys are
made by `export-assist keys demo` (as `make run` does), never by create_app."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.api.routers.pages import STATIC
from export_assist.auth.demo import read_demo_keys
from export_assist.container import Container

LOCAL = {"Host": "127.0.0.1:8000"}
KEYLIKE = re.compile(r"\bea_[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\.")


def test_create_app_makes_no_demo_keys(container: Container) -> None:
    container.settings.auth.demo_keys = "on"
    with TestClient(create_app(container=container)) as client:
        assert client.get("/healthz").status_code == 200
    assert read_demo_keys(container.settings) is None
    assert container.keys.list_keys(container.settings.auth.demo_tenant) == []


def test_defect_21_demo_page_and_widget_files_hold_no_secret(container: Container) -> None:
    from export_assist.auth.demo import ensure_demo_keys

    container.settings.auth.demo_keys = "on"
    demo = ensure_demo_keys(container.keys, container.settings)
    with TestClient(create_app(container=container)) as client:
        page = client.get("/", headers=LOCAL)
        assert page.status_code == 200
        served = [page.text]
        served += [
            client.get(path, headers=LOCAL).text for path in ("/console", "/console/outcomes")
        ]
        served += [client.get(f"/static/{p.relative_to(STATIC)}").text for p in _widget_files()]
    for text in served:
        for secret in (demo.exporter, demo.advisor, demo.admin, demo.server):
            assert secret not in text
        assert not KEYLIKE.search(text), KEYLIKE.search(text)
    tag = re.search(r"<script[^>]*widget\.js[^>]*>", served[0])
    assert tag is not None
    assert 'data-token-url="/demo/widget-token"' in tag.group(0)
    assert "data-api-key" not in tag.group(0)


def _widget_files() -> list:  # type: ignore[type-arg]
    pages = [STATIC / "widget.js", STATIC / "widget.css", *sorted((STATIC / "widget").glob("*.js"))]
    advisor = [STATIC / "advisor-i18n.js", STATIC / "outcomes-i18n.js", STATIC / "outcomes.js"]
    return pages + sorted(STATIC.glob("console*.js")) + advisor


def test_demo_page_backend_mints_short_lived_tokens_on_loopback_only(
    container: Container,
) -> None:
    container.settings.auth.demo_keys = "on"
    with TestClient(create_app(container=container)) as client:
        made = client.post("/demo/widget-token", headers=LOCAL)
        assert made.status_code == 200, made.text
        body = made.json()
        assert body["subject"] == "demo-exporter" and body["expires_in"] <= 900
        me = client.get("/v1/me", headers={"Authorization": f"Bearer {body['token']}"}).json()
        assert me["tenant"] == container.settings.auth.demo_tenant
        assert client.post("/demo/widget-token", headers={"Host": "x.example"}).status_code == 404
    container.settings.auth.demo_keys = "off"
    with TestClient(create_app(container=container)) as client:
        assert client.post("/demo/widget-token", headers=LOCAL).status_code == 404


def test_keys_demo_command_makes_and_reuses_the_demo_keys(
    container: Container, monkeypatch: object
) -> None:
    from export_assist.cli import app

    data_dir = container.settings.data_dir
    env = {"EXPORT_ASSIST_DATA_DIR": str(data_dir), "EXPORT_ASSIST_API__HOST": "127.0.0.1"}
    first = CliRunner().invoke(app, ["keys", "demo"], env=env)
    assert first.exit_code == 0, first.output
    keys = read_demo_keys(container.settings)
    assert keys is not None and keys.server in first.output and keys.exporter in first.output
    second = CliRunner().invoke(app, ["keys", "demo"], env=env)
    assert keys.exporter in second.output  # reused, not made again
    remote = CliRunner().invoke(
        app, ["keys", "demo"], env={**env, "EXPORT_ASSIST_API__HOST": "0.0.0.0"}
    )
    assert remote.exit_code == 0 and "No demo keys" in remote.output
