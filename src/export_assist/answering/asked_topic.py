"""A card filed under another topic that names the asked topic word: "What radioactive
caesium limit does Korea apply?" is a food-safety question by its words, and the card that
answers it (radioactivity testing) is filed under restricted goods, while the pesticide card
is filed under food safety (test23 t027). Only a rare topic word counts: 許可 is named by a
sixth of the cards and says nothing of which one answers (escalation_dev21 d025: a work
permit question was answered with the alcohol importer's licence)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from export_assist.answering import vocab
from export_assist.answering.understand import Question
from export_assist.domain.compliance import RequirementCard
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, tokenize

# A topic word named by more than this share of the cards is too common to single one out.
RARE_SHARE = 0.04


def _fields(card: RequirementCard) -> tuple[str, ...]:
    return (card.title, card.title_ja, card.requirement, *card.documents, card.requirement_ja)


def _text(fields: tuple[str, ...]) -> str:
    return nfkc(" ".join(fields)).lower()


def _names(text: str, stems: set[str], word: str) -> bool:
    return stem_word(word) in stems if word.isascii() else word in text


def _stems(text: str) -> set[str]:
    return {stem_word(w) for w in tokenize(text) if w.isascii()}


def rare_topic_words(cards: Sequence[RequirementCard]) -> frozenset[str]:
    """The topic words (vocab) that at most RARE_SHARE of the cards name: counted once per
    card library (keyed by the cards' texts), not normalised again for every question."""
    return _rare(tuple(_fields(c) for c in cards))


@lru_cache(maxsize=4)
def _rare(cards: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    texts = [_text(c) for c in cards]
    words = {w for ws in vocab.TOPIC_WORDS.values() for w in ws}
    stems = [_stems(t) for t in texts]
    limit = RARE_SHARE * len(texts)
    return frozenset(
        w for w in words if sum(_names(t, s, w) for t, s in zip(texts, stems, strict=True)) <= limit
    )


def names_asked_topic(card: RequirementCard, q: Question, rare: frozenset[str]) -> bool:
    """The card names a rare topic word that the question itself uses."""
    low = nfkc(q.asked or q.text).lower()
    used = [w for w in vocab.topic_words(q.topics) if w in rare and w in low]
    if not used:
        return False
    text = _text(_fields(card))
    stems = _stems(text)
    return any(_names(text, stems, w) for w in used)
