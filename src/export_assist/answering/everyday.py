"""Everyday questions in the corpus's words: colloquial Japanese question forms taken out
of the search query (they match formal text by accident, "って" inside "によって"), and
everyday words mapped to the vocabulary the documents use (data/everyday.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from export_assist.answering.vocab import load_data
from export_assist.retrieval.normalize import nfkc

# Spoken question forms and fillers that carry no topic (longest first when joined).
_COLLOQUIAL = (
    "ってどうすればいい",
    "どうすればいい",
    "どうしたらいい",
    "なんですけど",
    "なんですが",
    "なんだけど",
    "んですけど",
    "んですが",
    "んだけど",
    "でしょうか",
    "っていい",
    "っている",
    "ってある",
    "ってない",
    "っていう",
    "ってこと",
    "ってどう",
    "って何",
    "どうすれば",
    "どうしたら",
    "大丈夫",
    "みたいな",
    "ですか",
    "ますか",
    "いいの",
    "これって",
    "それって",
    "あれって",
    "ってる",
    "かな",
    "よね",
    "けど",
    "とか",
    "って",
)
_FORMS = re.compile("|".join(re.escape(f) for f in sorted(_COLLOQUIAL, key=len, reverse=True)))


def plain(text: str) -> str:
    """The text without spoken question forms ("化粧水って…いる？" -> "化粧水 …いる？")."""
    return _FORMS.sub(" ", text)


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    data = load_data("everyday.yaml")
    listed = data["entries"] + data.get("term_entries", [])
    return tuple((tuple(e["words"]), tuple(e["corpus"])) for e in listed)


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    data = load_data("everyday.yaml").get("term_entries", [])
    return tuple((tuple(e["words"]), tuple(e["corpus"])) for e in data)


@lru_cache(maxsize=1)
def entries() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each entry's everyday words and the corpus's words for them, with the entries the
    hand-off's coverage reads alone (they do not widen the search query)."""
    extra = load_data("everyday.yaml").get("coverage_entries", [])
    return _entries() + tuple((tuple(e["words"]), tuple(e["corpus"])) for e in extra)


@lru_cache(maxsize=512)
def _word(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?:s|es)?(?![a-z0-9])")


def corpus_words(text: str) -> list[str]:
    """The corpus's words for every everyday word in the text (each once, in order)."""
    return _found(text, _entries())


def rule_terms(text: str) -> list[str]:
    """The rule terms (term_entries) the text's everyday words imply: 「無料で」 the 無償特例;
    a sentence naming one answers more than one sharing the question's words (select)."""
    return _found(text, _terms())


def _found(text: str, listed: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> list[str]:
    low = nfkc(text).lower()
    out: list[str] = []
    for words, corpus in listed:
        if any((_word(w).search(low) if w.isascii() else w in low) for w in words):
            out += [c for c in corpus if c not in out]
    return out
