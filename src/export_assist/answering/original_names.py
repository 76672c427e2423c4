"""The name a foreign law or authority goes by, beside our Japanese name, when a Japanese
reader asks which law or who (「2016年原産国食品表示情報基準(原文: Country of Origin Food
Labelling Information Standard 2016)」): it is the name the official text and the office are
found by (issue 9 item 3)."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.asking import asked_sentences
from export_assist.answering.labels import t
from export_assist.answering.understand import Question, has_any
from export_assist.domain.cardtext import legal_basis_in
from export_assist.domain.compliance import RequirementCard
from export_assist.retrieval.normalize import nfkc


def authority_named(card: RequirementCard, q: Question, shown: str) -> str:
    """The authority in the reader's language; asked who it is (qtype who), a Japanese reader
    also gets the name the authority goes by when our Japanese name holds none of it
    (「カナダ保健省」 is Health Canada, test22 t027): it is the name to contact and search."""
    if q.language != "ja" or not _asks(q, "who") or re.search(r"[A-Za-z]", shown):
        return shown
    return t("ja", "original_name", shown=shown, original=card.authority)


def _asks(q: Question, qtype: str) -> bool:
    """The question asks this type, first or beside another (「どこに、いつまでに報告？」 asks
    who as well as when)."""
    if q.qtype == qtype:
        return True
    words = dict(vocab.QUESTION_TYPES)[qtype]
    return any(has_any(nfkc(s).lower(), words) for s in asked_sentences(q.asked or q.text))


def legal_basis_named(card: RequirementCard, q: Question) -> str:
    """The legal basis in the reader's language; asked which law it is (qtype law), a
    Japanese reader also gets the law's own name, which is what the official text is found
    by (「2016年原産国食品表示情報基準」 is our translation of "Country of Origin Food Labelling
    Information Standard 2016", test22 t018)."""
    shown = legal_basis_in(card, q.language)
    if q.language != "ja" or not _asks(q, "law") or shown == card.legal_basis:
        return shown
    return t("ja", "original_name", shown=shown, original=card.legal_basis)
