"""Bilingual words of export regulation that the term base does not hold (it keeps
document and field vocabulary): each entry joins the Japanese and English forms that
name the same thing, so either side of a question finds both sides of the corpus."""

from __future__ import annotations

import re
from functools import lru_cache

from export_assist.answering.vocab import load_data
from export_assist.retrieval.normalize import nfkc

GLOSSARY: tuple[tuple[str, ...], ...] = tuple(
    tuple(entry) for entry in load_data("glossary.yaml")["entries"]
)


@lru_cache(maxsize=512)
def _word(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?:s|es)?(?![a-z0-9])")


@lru_cache(maxsize=1)
def _index() -> list[tuple[str, tuple[str, ...]]]:
    return [(form, group) for group in GLOSSARY for form in group]


def related(text: str) -> list[str]:
    """Every form of every glossary entry named in the text (the text's own forms too)."""
    low = nfkc(text).lower()
    out: list[str] = []
    for form, group in _index():
        hit = form in low if not form.isascii() else _word(form).search(low) is not None
        if hit:
            out += [g for g in group if g not in out]
    return out
