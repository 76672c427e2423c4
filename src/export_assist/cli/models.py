"""`export-assist models ...`: install and list local models (argos packages here; the
local LLM commands in `llm_models.py` join this group where the CLI is assembled)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container, fail

models_app = typer.Typer(help="Install and list local models.", no_args_is_help=True)

FETCH_HELP = (
    "With internet access, official packages can be downloaded once and installed from the "
    "file: `argospm search` / the argospm index lists them, e.g. "
    "translate-ja_en-<version>.argosmodel; copy the file to this machine and run "
    "`export-assist models install-argos FILE`."
)


@models_app.command("install-argos", help=f"Install a local .argosmodel file. {FETCH_HELP}")
def install_argos(
    archive: Annotated[Path, typer.Argument(help="Path to a .argosmodel file")],
) -> None:
    """Install an argos translation package from a local file (works offline)."""
    if not archive.exists():
        fail(f"{archive} does not exist")
    with container() as c:
        pkg = c.argos.install(archive)
        typer.echo(f"installed {pkg.source}→{pkg.target} {pkg.version} into {pkg.path.parent}")


@models_app.command("list-argos")
def list_argos() -> None:
    """Installed argos packages (language pairs)."""
    with container() as c:
        packages = c.argos.packages()
        if not packages:
            typer.echo(f"no argos packages in {c.argos.packages_dir}. {FETCH_HELP}")
        for p in packages:
            typer.echo(f"{p.source}→{p.target}\t{p.version}\t{p.path}")
