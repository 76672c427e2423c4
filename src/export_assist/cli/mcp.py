"""`export-assist mcp`: the MCP server over stdio (for a desktop client) or HTTP."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from export_assist.cli.base import container, fail

if TYPE_CHECKING:
    from export_assist.settings import Settings

commands = typer.Typer()


def _folders_missing(settings: Settings) -> list[str]:
    """The folders the tools read that are not there. An MCP client starts this command in
    a folder of its own: relative defaults then point nowhere, and every checklist came
    back with no item and every programme match empty, with only a warning in a log."""
    folders = (
        ("the data dir (run `export-assist ingest` first)", settings.data_dir, "DATA_DIR"),
        ("the regulation corpus", settings.corpus_dir, "CORPUS_DIR"),
        ("the programme catalogue", settings.programmes_dir, "PROGRAMMES_DIR"),
    )
    return [
        f"{what}: {Path(path).resolve()} (EXPORT_ASSIST_{env})"
        for what, path, env in folders
        if not Path(path).is_dir()
    ]


@commands.command()
def mcp(
    transport: Annotated[
        Literal["stdio", "http"], typer.Option(help="stdio for a local client; http to serve")
    ] = "stdio",
    host: Annotated[str, typer.Option(help="HTTP bind address")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="HTTP port (the endpoint is /mcp)")] = 8765,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="EXPORT_ASSIST_MCP_API_KEY",
            help="stdio: the key every call acts with (shortlists, documents need one). "
            "HTTP takes each request's X-API-Key or bearer token instead.",
        ),
    ] = None,
) -> None:
    """Serve the tools to MCP clients, with the API's validation, roles and tenants.

    The tools: search, checklist, HS, origin, export control, programmes, shortlist,
    documents."""
    from export_assist.compute_threads import pin_for_serving
    from export_assist.settings import Settings

    settings = Settings()
    if missing := _folders_missing(settings):
        fail(
            "not found: " + "; ".join(missing) + ". Give absolute paths in the MCP client's "
            "env (or its cwd: the project folder). / 見つからないフォルダがあります。MCPクライアントの"
            "設定の env に絶対パスを指定するか、cwd をプロジェクトのフォルダにしてください。"
        )
    pin_for_serving(settings.api.compute_threads)  # before anything loads OpenMP
    from export_assist.api.lifespan import start
    from export_assist.mcp_server.server import build_server

    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    with container() as c:
        start(c)  # the schema at head, the sample directory seeded, as the API does
        if transport == "http" and api_key:
            fail("--api-key is for stdio; over HTTP each request sends its own key")
        if api_key:
            c.keys.authenticate(api_key)  # a bad key fails now, not at the first call
        server = build_server(c, api_key if transport == "stdio" else None)
        if transport == "stdio":
            server.run("stdio")
        else:
            server.run("streamable-http", host=host, port=port)
