"""The evidence an answer shows, ready for look-ups of a question's terms in both languages
(coverage.py): its words' stems, its Japanese character pairs, and the kinds of goods the
rules it shows are for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, tokenize

_KANJI = re.compile(r"[\u3400-\u9fff々]")
# The kind a word names when it names goods of no kind the rules single out ("pens").
GOODS = "goods"


class Evidence:
    """The evidence text, ready for look-ups in both languages, and the kinds of goods the
    rules it shows are for (an empty set: a rule for all goods)."""

    def __init__(self, texts: Iterable[str], scopes: Iterable[frozenset[str]] = ()) -> None:
        self.text = nfkc(" ".join(texts)).lower()
        self.stems = {stem_word(t) for t in tokenize(self.text)}
        self.pairs = {t for t in tokenize(self.text) if not t.isascii()}
        self.scopes = list(scopes)

    def rules_for(self, kinds: Iterable[str]) -> bool:
        """Whether a rule shown applies to goods of these kinds: one for all goods (labels
        in Vietnamese, GST on imports) or one for that kind."""
        wanted = set(kinds) - {GOODS}
        return any(not scope or scope & wanted for scope in self.scopes)

    def covers(self, term: str, forms: set[str]) -> float:
        """1 when the term or one of its forms is in the evidence; for a Japanese compound,
        the share of its character pairs that are."""
        for form in forms:
            if form.isascii():
                words = [stem_word(w) for w in tokenize(form)]
                if words and all(w in self.stems for w in words):
                    return 1.0
            elif form in self.text:
                return 1.0
        if term.isascii():  # "packaged-goods": its words ("pre-packed": a prefix is none)
            parts = [stem_word(w) for w in term.split("-") if len(w) > 3]
            return 1.0 if "-" in term and parts and self.stems.issuperset(parts) else 0.0
        if not _KANJI.search(term):
            return 0.0  # a katakana word is one word: 「トランス」 is not 「ライセンス」's pairs
        pairs = [term[i : i + 2] for i in range(len(term) - 1)]
        return sum(p in self.pairs for p in pairs) / len(pairs) if len(term) > 2 else 0.0
