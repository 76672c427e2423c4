"""Fixtures shared by the assistant's test folders: an app client and keys in two tenants."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container


@dataclass
class Keys:
    """Plaintext keys by role, in tenant A (acme) and tenant B (other)."""

    exporter: str
    exporter2: str
    advisor: str
    admin: str
    other_exporter: str
    other_advisor: str
    other_admin: str

    def headers(self, role: str) -> dict[str, str]:
        """The X-API-Key header for a role name of this dataclass."""
        return {"X-API-Key": getattr(self, role)}


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    """A TestClient over a real app with a fresh database (demo keys off)."""
    container.settings.auth.demo_keys = "off"
    with TestClient(create_app(container=container)) as test_client:
        yield test_client


def make_keys(container: Container) -> Keys:
    """Keys for every role in two tenants, in the container's key store."""
    make = container.keys.create
    return Keys(
        exporter=make("exporter", "acme", "alice").key,
        exporter2=make("exporter", "acme", "bob").key,
        advisor=make("advisor", "acme", "carol").key,
        admin=make("admin", "acme", "dave").key,
        other_exporter=make("exporter", "other", "erin").key,
        other_advisor=make("advisor", "other", "frank").key,
        other_admin=make("admin", "other", "grace").key,
    )


@pytest.fixture
def keys(container: Container) -> Keys:
    """Keys for every role in two tenants."""
    return make_keys(container)
