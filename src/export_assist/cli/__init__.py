"""The `export-assist` command line. Each command group lives in its own module."""

from __future__ import annotations

from export_assist.cli import buyers as buyers_cli
from export_assist.cli import compliance as compliance_cli
from export_assist.cli import core, corpus, evaluate, evaluate_chat, keys, llm_models, settings_cmd
from export_assist.cli import docs as docs_cli
from export_assist.cli import mcp as mcp_cli
from export_assist.cli import models as models_cli
from export_assist.cli import outcomes as outcomes_cli
from export_assist.cli import programmes as programmes_cli
from export_assist.cli import translate as translate_cli
from export_assist.cli import vectors as vectors_cli
from export_assist.cli.base import app

core.register(app)
evaluate.register(app)
compliance_cli.register(app)
keys.register(app)
buyers_cli.register(app)
translate_cli.register(app)
docs_cli.register(app)
models_cli.register(app)
llm_models.register(app)
evaluate_chat.register(app)
programmes_cli.register(app)
outcomes_cli.register(app)
corpus.register(app)
vectors_cli.register(app)
settings_cmd.register(app)
mcp_cli.register(app)

__all__ = ["app"]
