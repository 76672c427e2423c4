"""Who is calling: the role and tenant an API key or a widget token stands for (pure, no I/O)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Role = Literal["exporter", "advisor", "admin", "server", "visitor"]
ROLES: tuple[Role, ...] = ("exporter", "advisor", "admin")
# Roles an API key may have: 'server' keys only mint widget tokens (a host site's backend).
KEY_ROLES: tuple[Role, ...] = ("exporter", "advisor", "admin", "server")
# Roles that act as a person in the product (chat, conversations, their own drafts).
PERSON_ROLES: tuple[Role, ...] = ("exporter", "advisor", "admin", "visitor")


class Principal(BaseModel):
    """The caller behind a valid API key or widget token."""

    key_id: str
    subject: str
    role: Role
    tenant: str
    origin: str | None = None  # a visitor token is bound to the site it was issued for

    @property
    def is_staff(self) -> bool:
        """Advisors and admins see every draft of their tenant; exporters only their own."""
        return self.role in ("advisor", "admin")

    @property
    def via_token(self) -> bool:
        """Whether the caller holds a widget token (not an API key)."""
        return self.key_id.startswith("token:")

    @property
    def reads_private(self) -> bool:
        """Whether the caller may see its tenant's private data (a visitor: never)."""
        return self.role in ROLES

    def can_see(self, tenant: str, owner: str) -> bool:
        """Tenant isolation and ownership in one rule, used by every service."""
        if tenant != self.tenant:
            return False
        return self.is_staff or owner == self.subject
