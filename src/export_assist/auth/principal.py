"""Who is calling: the role and tenant an API key stands for (pure, no I/O)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Role = Literal["exporter", "advisor", "admin"]
ROLES: tuple[Role, ...] = ("exporter", "advisor", "admin")


class Principal(BaseModel):
    """The caller behind a valid API key."""

    key_id: str
    subject: str
    role: Role
    tenant: str

    @property
    def is_staff(self) -> bool:
        """Advisors and admins see every draft of their tenant; exporters only their own."""
        return self.role in ("advisor", "admin")

    def can_see(self, tenant: str, owner: str) -> bool:
        """Tenant isolation and ownership in one rule, used by every service."""
        if tenant != self.tenant:
            return False
        return self.is_staff or owner == self.subject
