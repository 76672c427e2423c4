"""The `export-assist` command line. Each command group lives in its own module."""

from __future__ import annotations

from export_assist.cli import core, evaluate, keys
from export_assist.cli.base import app

core.register(app)
evaluate.register(app)
keys.register(app)

__all__ = ["app"]
