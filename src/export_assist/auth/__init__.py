"""API keys with roles (exporter, advisor, admin) and the FastAPI dependencies that check them."""

from export_assist.auth.principal import ROLES, Principal, Role

__all__ = ["ROLES", "Principal", "Role"]
