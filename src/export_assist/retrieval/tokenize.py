"""A CJK-aware tokenizer for BM25: Latin words and numbers as words, runs of
Japanese/Chinese/Korean characters as character bigrams (no spaces to split on)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from export_assist.retrieval.normalize import nfkc

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


# The ranges of normalize.is_cjk as one pattern: a regex scan instead of a Python loop
# per character (indexing the HS nomenclature went from ~25 s to well under 1 s).
_CJK_RUN = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u31f0-\u31ff]+"
)


def _cjk_runs(text: str) -> list[str]:
    return _CJK_RUN.findall(text)


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


def stemmed(text: str) -> list[str]:
    """Tokens with English words reduced to their Snowball stem ("towels" -> "towel")."""
    return [stem_word(t) for t in tokenize(text)]


def stem_word(token: str) -> str:
    """An English word's Snowball stem; other tokens unchanged."""
    return _stem(token) if token.isascii() else token


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    stemmer = _STEMMER.get("en")
    if stemmer is None:
        import Stemmer  # PyStemmer: C Snowball stemmers, imported on first use

        stemmer = _STEMMER["en"] = Stemmer.Stemmer("english")
    return str(stemmer.stemWord(word))


_STEMMER: dict[str, Any] = {}
