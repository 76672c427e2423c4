"""`export-assist keys publishable ...` and `keys token ...`: publishable keys for public
pages, and widget tokens minted or revoked by hand (what a host site's backend does)."""

from __future__ import annotations

from typing import Annotated

import typer

from export_assist.auth.principal import Principal
from export_assist.cli.base import container

publishable_app = typer.Typer(
    help="Publishable keys: the widget on public pages (anonymous visitors, origin-bound).",
    no_args_is_help=True,
)
token_app = typer.Typer(help="Short-lived widget tokens.", no_args_is_help=True)


@publishable_app.command("create")
def create(
    origin: Annotated[
        list[str], typer.Option(help="A site that may embed it, e.g. https://www.example.co.jp")
    ],
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
    name: Annotated[str, typer.Option(help="A label")] = "",
) -> None:
    """Create a publishable key (not a secret: it goes into the page's embed tag)."""
    with container() as c:
        made = c.publishable_keys.create(tenant, origin, name)
        typer.echo(f"Publishable key {made.id} for {made.tenant}, sites: {', '.join(made.origins)}")
        typer.secho(made.key, bold=True)


@publishable_app.command("list")
def list_keys(tenant: Annotated[str, typer.Option(help="Organisation")] = "default") -> None:
    """List the publishable keys of an organisation."""
    with container() as c:
        rows = c.publishable_keys.list_keys(tenant)
        if not rows:
            typer.echo(f"No publishable keys in {tenant!r}.")
        for k in rows:
            state = "revoked" if k.revoked else "active"
            typer.echo(f"{k.id}  {k.key}  {state}  {', '.join(k.origins)}  {k.name}")


@publishable_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The id (from `keys publishable list`)")],
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
) -> None:
    """Revoke a publishable key: its visitors get no new tokens."""
    with container() as c:
        admin = Principal(key_id="cli", subject="cli", role="admin", tenant=tenant)
        done = c.publishable_keys.revoke(key_id, admin)
        typer.echo(f"Revoked publishable key {done.id}.")


@token_app.command("mint")
def mint(
    subject: Annotated[str, typer.Option(help="The user the token stands for")],
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
    ttl: Annotated[int | None, typer.Option(help="Lifetime in seconds")] = None,
) -> None:
    """Mint a widget token for an exporter (for trying the widget by hand)."""
    with container() as c:
        made = c.widget_tokens.mint(tenant, subject, "exporter", ttl)
        typer.echo(f"Token {made.token_id} for {subject}@{tenant}, expires {made.expires_at}:")
        typer.secho(made.token, bold=True)


@token_app.command("revoke")
def revoke_tokens(
    tenant: Annotated[str, typer.Option(help="Organisation")] = "default",
    token_id: Annotated[str | None, typer.Option(help="One token's id")] = None,
    subject: Annotated[str | None, typer.Option(help="Every token of this user so far")] = None,
) -> None:
    """Revoke one widget token, or all tokens of a user issued until now."""
    with container() as c:
        admin = Principal(key_id="cli", subject="cli", role="admin", tenant=tenant)
        done = c.widget_tokens.revoke(admin, token_id, subject)
        typer.echo(f"Revoked ({done.token_id or 'all tokens of ' + str(done.subject)}).")
