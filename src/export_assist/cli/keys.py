"""`export-assist keys ...`: create, list and revoke API keys."""

from __future__ import annotations

from typing import Annotated

import typer

from export_assist.auth.principal import Principal
from export_assist.cli.base import container

keys_app = typer.Typer(
    help="Manage API keys (roles: exporter, advisor, admin).", no_args_is_help=True
)


@keys_app.command("create")
def create(
    role: Annotated[str, typer.Option(help="exporter, advisor or admin")],
    tenant: Annotated[str, typer.Option(help="Organisation the key belongs to")] = "default",
    subject: Annotated[str | None, typer.Option(help="Who uses it (default: the role)")] = None,
    name: Annotated[str, typer.Option(help="A label for the key")] = "",
) -> None:
    """Create a key and print it once (only its hash is stored)."""
    with container() as c:
        created = c.keys.create(role, tenant, subject or role, name)
        typer.echo(
            f"Created {created.role} key {created.id} for {created.subject}@{created.tenant}."
        )
        typer.echo("Store it now; it cannot be shown again:")
        typer.secho(created.key, bold=True)


@keys_app.command("list")
def list_keys(
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
) -> None:
    """List the keys of an organisation (prefix, role, subject; never the key)."""
    with container() as c:
        rows = c.keys.list_keys(tenant)
        if not rows:
            typer.echo(f"No keys in {tenant!r}.")
        for k in rows:
            state = "revoked" if k.revoked else "active"
            typer.echo(f"{k.id}  {k.prefix}…  {k.role:<8} {k.subject:<20} {state}  {k.name}")


@keys_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key id (from `keys list`)")],
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
) -> None:
    """Revoke a key."""
    with container() as c:
        admin = Principal(key_id="cli", subject="cli", role="admin", tenant=tenant)
        done = c.keys.revoke(key_id, admin)
        typer.echo(f"Revoked {done.id} ({done.role} {done.subject}).")
