"""Commands: cards check; the card check `ingest` runs after indexing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from export_assist.cli.base import container
from export_assist.compliance.cards import card_files, check_evidence, load_cards
from export_assist.compliance.corpus_meta import scan_corpus
from export_assist.container import Container

cards_app = typer.Typer(help="Requirement cards: validate them.", no_args_is_help=True)


def card_problems(c: Container, folder: Path | None = None) -> tuple[int, list[str]]:
    """(valid card count, problems) of the cards folder, evidence checked against the corpus."""
    root = c.settings.corpus_dir
    cards_dir = folder or c.settings.compliance.cards_dir or root / "cards"
    cards = load_cards(card_files(cards_dir))
    docs, doc_problems = scan_corpus(root)
    problems = [*map(str, cards.problems), *doc_problems]
    problems += [str(p) for p in check_evidence(cards, {d.meta.id for d in docs})]
    return len(cards.cards), problems


def report_card_problems(c: Container) -> bool:
    """Validate the cards after an ingest; print problems as file:line; True when clean."""
    cards_dir = c.settings.compliance.cards_dir or c.settings.corpus_dir / "cards"
    if not card_files(cards_dir):
        return True  # a corpus without cards (tests, other collections) has nothing to check
    count, problems = card_problems(c)
    typer.echo(f"Requirement cards: {count} valid, {len(problems)} problem(s).")
    for line in problems:
        typer.secho(f"  card problem: {line}", fg=typer.colors.RED, err=True)
    return not problems


@cards_app.command("check")
def cards_check(
    folder: Annotated[
        Path | None, typer.Argument(help="Cards folder (default regulations/cards)")
    ] = None,
) -> None:
    """Validate every card (schema, duplicate ids, evidence ids); problems as file:line."""
    with container() as c:
        count, problems = card_problems(c, folder)
        typer.echo(f"{count} valid card(s).")
        for line in problems:
            typer.secho(f"  {line}", fg=typer.colors.RED, err=True)
        if problems:
            raise typer.Exit(code=1)
