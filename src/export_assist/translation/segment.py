"""Translation segments: paragraphs are lines, sentences come from the one splitter
(export_assist.sentences; argos' default splitter downloads a model)."""

from __future__ import annotations

from export_assist.sentences import split_line


def split_paragraphs(text: str) -> list[str]:
    """Lines of the text (line breaks are kept as paragraph boundaries)."""
    return text.split("\n")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph (one line); never an empty string, never a network call."""
    return list(split_line(paragraph.replace("\n", " "))) if paragraph.strip() else []


class RuleSentencizer:
    """Drop-in for argos' ISentenceBoundaryDetectionModel (split_sentences(text))."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def split_sentences(self, text: str) -> list[str]:
        """Split like split_sentences(), for argos' packaged-translation path."""
        return split_sentences(text)

    def __str__(self) -> str:
        return f"RuleSentencizer({self.lang})"
