"""A CJK-aware tokenizer for BM25: Latin words and numbers as words, runs of
Japanese/Chinese/Korean characters as character bigrams (no spaces to split on)."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import is_cjk, nfkc

_WORD = re.compile(r"[a-z0-9]+(?:[./-][a-z0-9]+)*")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "must",
        "not",
        "of",
        "on",
        "or",
        "our",
        "shall",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "this",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)


def _cjk_runs(text: str) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    for ch in text:
        if is_cjk(ch):
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def tokenize(text: str) -> list[str]:
    """Tokens for lexical search: lower-cased words (stopwords dropped) + CJK bigrams."""
    text = nfkc(text).lower()
    tokens = [w for w in _WORD.findall(text) if w not in _STOP]
    # Compound words such as "2011/65/eu" or "iso-22000" also match by their parts.
    tokens += [p for w in tokens if ("/" in w or "-" in w) for p in re.split(r"[./-]", w) if p]
    for run in _cjk_runs(text):
        if len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tokens
