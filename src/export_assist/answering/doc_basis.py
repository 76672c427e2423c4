"""The law a document names as its legal basis, for a 'which law' question no quoted line
answers (issue 9 item 3): "The FDA says I need a License to Operate. Which law is that
licence based on?" (test23 t019) is answered by the front matter of the document whose
passages were read ("Republic Act No. 3720 (…) - licence to operate for importers and
distributors"), a curated, sourced field, said as what the document names, never the raw
front matter."""

from __future__ import annotations

import re

from export_assist.answering.catalog import DocCatalog
from export_assist.answering.compose import Composed, question_words
from export_assist.answering.confidence import no_fact, states_fact
from export_assist.answering.retrieve import Retrieved
from export_assist.answering.understand import Question
from export_assist.retrieval.tokenize import stem_word, tokenize

# British and American spellings of the same word meet ("License to Operate" / "licence to
# operate"); the legal basis field is written in British English
_SPELLING = re.compile(r"\b(licen)s(e[sd]?|ing)\b|\b(label)l?(ing|ed)\b", re.I)
# words every legal basis shares: they say nothing of what it is the basis for
_COMMON = frozenset(
    stem_word(w)
    for w in "act law regulation regulations article no number order administrative amended".split()
)

TEXT = {
    "en": "The legal basis the source names for this: {basis}",
    "ja": "資料が挙げる根拠法令(原文): {basis}",
}


def _spelled(text: str) -> str:
    return _SPELLING.sub(lambda m: f"{m[1]}c{m[2]}" if m[1] else f"{m[3]}l{m[4]}", text)


def _stems(text: str) -> set[str]:
    return {stem_word(w) for w in tokenize(_spelled(text))} - _COMMON


def add_legal_basis(
    q: Question, composed: Composed, retrieved: Retrieved, catalog: DocCatalog
) -> None:
    """Add one line naming the legal basis a read document gives for what is asked, when the
    question asks which law and no composed line names one (the line is cited to the
    document; nothing changes when no basis entry shares two words with the question)."""
    markets = {*q.destinations, *(("JP",) if q.japan_side else ())}
    if q.qtype != "law" or not no_fact(q, _in_markets(composed, catalog, markets)):
        return
    asked = _stems(question_words(q))
    best: tuple[int, str, str] | None = None
    for hit in retrieved.passages:
        doc = catalog.docs.get(hit.citation.doc_id)
        if doc is None or doc.country not in markets | {"INTL"}:
            continue
        for entry in (e.strip() for e in doc.legal_basis.split(" | ")):
            shared = len(asked & _stems(entry))
            if (
                entry
                and states_fact("law", entry)
                and shared >= 2
                and (not best or shared > best[0])
            ):
                best = (shared, doc.doc_id, entry)
    if best is None:
        return
    _, doc_id, entry = best
    hit = next(h for h in retrieved.passages if h.citation.doc_id == doc_id)
    line = TEXT["ja" if q.language == "ja" else "en"].format(basis=entry)
    # the answer to a 'which law' question comes first
    composed.lines.insert(0, f"{line} {composed.citations.marker(hit.citation)}")


_MARKER = re.compile(r"\[(\d+)\]")


def _in_markets(composed: Composed, catalog: DocCatalog, markets: set[str]) -> Composed:
    """The composed lines that cite a document of the asked markets (Japan's liquor licence
    law answers no question about a Philippine importer's licence)."""
    items = composed.citations.items

    def country(n: str) -> str:
        cited = items[int(n) - 1] if 0 < int(n) <= len(items) else None
        doc = catalog.docs.get(cited.doc_id) if cited else None
        return doc.country if doc else ""

    kept = [
        line
        for line in composed.lines
        if any(country(n) in markets | {"INTL"} for n in _MARKER.findall(line))
    ]
    return Composed(lines=kept)
