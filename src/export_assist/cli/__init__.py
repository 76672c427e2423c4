"""The `export-assist` command line, assembled in one place.

One way to add a command: a module declares it with a decorator on a `typer.Typer` of
its own (`commands` for top-level commands, `<group>_app` for a group, `eval_commands` /
`models_commands` for commands of a group another module owns); only this module mounts
those Typers. `tests/test_cli_structure.py` checks that every one of them is mounted.
"""

from __future__ import annotations

from export_assist.cli import (
    backup,
    buyers,
    cards,
    compliance,
    compliance_eval,
    compliance_hs,
    compliance_origin,
    core,
    corpus,
    docs,
    duties,
    evaluate,
    evaluate_chat,
    evaluate_matching,
    evaluate_programmes,
    keys,
    llm_models,
    mcp,
    models,
    outcomes,
    programmes,
    settings_cmd,
    translate,
    vectors,
    widget_keys,
)
from export_assist.cli.base import app

for top_level in (
    core.commands,
    compliance.commands,
    compliance_origin.commands,
    buyers.commands,
    translate.commands,
    settings_cmd.commands,
    mcp.commands,
    duties.commands,
    backup.commands,
):
    app.add_typer(top_level)  # unnamed: its commands join the root

for eval_part in (
    compliance_eval.eval_commands,
    evaluate_chat.eval_commands,
    evaluate_matching.eval_commands,
    evaluate_programmes.eval_commands,
    translate.eval_commands,
):
    evaluate.eval_app.add_typer(eval_part)
models.models_app.add_typer(llm_models.models_commands)
keys.keys_app.add_typer(widget_keys.publishable_app, name="publishable")
keys.keys_app.add_typer(widget_keys.token_app, name="token")

GROUPS = {
    "buyers": buyers.buyers_app,
    "cards": cards.cards_app,
    "corpus": corpus.corpus_app,
    "docs": docs.docs_app,
    "eval": evaluate.eval_app,
    "hs": compliance_hs.hs_app,
    "keys": keys.keys_app,
    "models": models.models_app,
    "outcomes": outcomes.outcomes_app,
    "programmes": programmes.programmes_app,
    "vectors": vectors.vectors_app,
}
for name, group in GROUPS.items():
    app.add_typer(group, name=name)

__all__ = ["app"]
