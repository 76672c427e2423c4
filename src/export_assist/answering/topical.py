"""Which of a passage's units speak to the question's topic: a sentence (or its section
heading) holding a topic word, every sentence of a document about the topic, and a sentence
that goes on from one that does in the same line of the source."""

from __future__ import annotations

from export_assist.answering.units import units as passage_units
from export_assist.answering.words import has_any
from export_assist.domain.citations import SearchHit
from export_assist.retrieval.normalize import nfkc
from export_assist.sentences import CJK


def topical_units(hit: SearchHit, topical: frozenset[str], words: tuple[str, ...]) -> list[str]:
    """The passage's units that speak to the topic (all of a topical document's), and a
    Japanese unit that goes on from one that does in the same line (「…PCRCも取得します。HSコード2936
    では特に求められていません。」: escalation_dev22 d015, the second names no permit)."""
    units = passage_units(hit.text)
    if hit.citation.doc_id in topical or not words:
        return units
    said = [on_topic(u, hit.citation.section, words) for u in units]
    return [
        u
        for i, u in enumerate(units)
        if said[i]
        or (i > 0 and said[i - 1] and elliptical(u) and same_line(hit.text, units[i - 1], u))
    ]


def elliptical(unit: str) -> bool:
    """A Japanese sentence, which leaves out the subject the one before named; an English one
    names its own (and "Still, confirm on the TFDA site…" is no answer: test16 t018)."""
    return bool(CJK.search(unit))


def on_topic(unit: str, heading: str, words: tuple[str, ...]) -> bool:
    """True when the sentence or its section heading has a word of the question's topics
    (no topic: any sentence); an origin sentence does not answer a label question."""
    if not words:
        return True
    return has_any(nfkc(f"{unit} {heading}").lower(), words)


def same_line(text: str, first: str, then: str) -> bool:
    """Whether `then` follows `first` in one line of the passage (one bullet, one paragraph)."""
    flat = nfkc(text).replace("*", "")
    a, b = flat.find(nfkc(first)[:12]), flat.find(nfkc(then)[:12])
    return 0 <= a < b and "\n" not in flat[a:b]
