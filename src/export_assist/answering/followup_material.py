"""A follow-up that only answers the material asked for (「綿です」, "It's cotton."): the
previous question again, with the material in the product phrase."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc

# What is left of "綿です" / "It's cotton." once the material words are removed.
_MATERIAL_FILLER = re.compile(
    r"(?i)(です|でできています|でできている|で作られています|製品?|素材は?|材質は?|です|だよ|"
    r"100|%|パーセント|it'?s|it is|they are|they'?re|made|of|from|pure|all|\s|[?？!！。、.,])"
)


def material_answer(text: str) -> str:
    """The material word when the message only names a material ("綿です"), else ''."""
    low = nfkc(text).lower()
    said = ""
    for _name, words in vocab.MATERIALS:
        for word in sorted(words, key=len, reverse=True):
            if word in low:
                said = said or word
                low = low.replace(word, "")
    return said if said and len(_MATERIAL_FILLER.sub("", low)) <= 1 else ""


def with_material(previous: Question, current: Question, word: str) -> Question:
    """The previous question again, now with the material the user answered."""
    phrase = previous.phrase or previous.product
    if word.lower() not in phrase.lower():
        joined = phrase.isascii() or word.isascii()
        phrase = f"{word} {phrase}" if joined else f"{word}{phrase}"
    return previous.with_(
        text=current.text,
        language=current.language,
        material=current.material,
        phrase=phrase,
        asked=previous.asked or previous.text,
        context=previous.asked or previous.text,
        inherited=["product", "question"],
    )
