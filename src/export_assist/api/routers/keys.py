"""API keys: who am I (any key), and key management for admins of a tenant."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from export_assist.auth.deps import AdminDep, CallerDep, KeyServiceDep
from export_assist.auth.principal import Principal, Role
from export_assist.auth.service import ApiKeyCreated, ApiKeyPublic

router = APIRouter(prefix="/v1", tags=["keys"])


class KeyCreate(BaseModel):
    """A new key for someone in the admin's organisation."""

    role: Role
    subject: str = Field(min_length=1, max_length=100, description="Who uses the key")
    name: str = Field(default="", max_length=200, description="A label, e.g. 'laptop'")


@router.get("/me", response_model=Principal)
def me(principal: CallerDep) -> Principal:
    """The role, tenant and subject of the calling key or widget token."""
    return principal


@router.get("/keys", response_model=list[ApiKeyPublic])
def list_keys(admin: AdminDep, keys: KeyServiceDep) -> list[ApiKeyPublic]:
    """The keys of the admin's organisation (never the keys themselves)."""
    return keys.list_keys(admin.tenant)


@router.post("/keys", response_model=ApiKeyCreated, status_code=201)
def create_key(body: KeyCreate, admin: AdminDep, keys: KeyServiceDep) -> ApiKeyCreated:
    """Create a key in the admin's organisation; the response shows it once."""
    return keys.create(body.role, admin.tenant, body.subject, body.name)


@router.delete("/keys/{key_id}", response_model=ApiKeyPublic)
def revoke_key(key_id: str, admin: AdminDep, keys: KeyServiceDep) -> ApiKeyPublic:
    """Revoke a key of the admin's organisation."""
    return keys.revoke(key_id, admin)
