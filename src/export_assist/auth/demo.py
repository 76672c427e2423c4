"""Local demo mode: one exporter, advisor, admin and server key, kept in the data dir and
printed by `export-assist keys demo` (which `make run` calls before serving).

Only for a run on the loopback interface ('auto') or when switched on explicitly; the
keys file sits next to the database, which already holds everything they unlock.
"""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path

from pydantic import BaseModel

from export_assist.auth.service import KeyService
from export_assist.errors import Unauthorized
from export_assist.settings import Settings

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class DemoKeys(BaseModel):
    """The plaintext demo keys of this data dir."""

    exporter: str
    advisor: str
    admin: str
    server: str  # mints widget tokens, as a portal's backend would


def demo_enabled(settings: Settings) -> bool:
    """Whether demo keys are in force for these settings."""
    mode = settings.auth.demo_keys
    return mode == "on" or (mode == "auto" and settings.api.host in LOOPBACK)


def is_loopback_host(host_header: str) -> bool:
    """Whether a Host header names the loopback interface ('localhost:8000', '[::1]:80')."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1 : host.find("]")] if "]" in host else ""
    elif host.count(":") == 1:
        host = host.rsplit(":", 1)[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name other than localhost, e.g. a rebinding domain


def _valid(keys: KeyService, demo: DemoKeys) -> bool:
    try:
        for key in (demo.exporter, demo.advisor, demo.admin, demo.server):
            keys.authenticate(key)
    except Unauthorized:
        return False
    return True


def _path(settings: Settings) -> Path:
    return settings.data_dir / "demo_keys.json"


def read_demo_keys(settings: Settings) -> DemoKeys | None:
    """The demo keys file of this data dir, if `keys demo` made one (None otherwise)."""
    try:
        return DemoKeys.model_validate_json(_path(settings).read_text())
    except (OSError, ValueError):
        return None


def ensure_demo_keys(keys: KeyService, settings: Settings) -> DemoKeys:
    """Reuse the demo keys of this data dir, or create them."""
    path = _path(settings)
    demo = read_demo_keys(settings)
    if demo is not None and _valid(keys, demo):
        return demo
    tenant = settings.auth.demo_tenant
    demo = DemoKeys(
        exporter=keys.create("exporter", tenant, "demo-exporter", "demo").key,
        advisor=keys.create("advisor", tenant, "demo-advisor", "demo").key,
        admin=keys.create("admin", tenant, "demo-admin", "demo").key,
        server=keys.create("server", tenant, "demo-portal", "demo").key,
    )
    path.write_text(json.dumps(demo.model_dump(), indent=2))
    path.chmod(0o600)
    return demo
