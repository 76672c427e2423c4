"""`export-assist keys ...`: create, list and revoke API keys."""

from __future__ import annotations

from typing import Annotated

import typer

from export_assist.auth.principal import Principal
from export_assist.cli.base import container

keys_app = typer.Typer(
    help="Manage API keys (roles: exporter, advisor, admin, server), publishable keys and "
    "widget tokens.",
    no_args_is_help=True,
)


@keys_app.command("create")
def create(
    role: Annotated[str, typer.Option(help="exporter, advisor, admin or server")],
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


@keys_app.command("demo")
def demo() -> None:
    """Make (or reuse) the local demo keys and print them; `make run` calls this.

    Only for a loopback run (auth.demo_keys 'auto' with api.host on loopback, or 'on')."""
    from export_assist.auth.demo import demo_enabled, ensure_demo_keys

    with container() as c:
        if not demo_enabled(c.settings):  # not an error: `make run` on another address
            typer.echo(
                f"No demo keys: they are for a local run only (api.host is "
                f"{c.settings.api.host!r}, auth.demo_keys {c.settings.auth.demo_keys!r})."
            )
            return
        keys = ensure_demo_keys(c.keys, c.settings)
        typer.echo(
            "export-assist LOCAL DEMO MODE (loopback only) — demo API keys "
            f"(kept in {c.settings.data_dir / 'demo_keys.json'}):\n"
            f"  exporter: {keys.exporter}\n  advisor:  {keys.advisor}\n"
            f"  admin:    {keys.admin}\n  server:   {keys.server}  (mints widget tokens)\n"
            "  demo page: /   advisor console: /console   API docs: /docs"
        )
