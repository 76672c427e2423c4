"""Text in a document set: labels from the term base, numbers and dates formatted per
language, and the user's own free text through machine translation (or marked)."""

from __future__ import annotations

from dataclasses import dataclass

from export_assist.documents.localfmt import Fmt
from export_assist.documents.view import Bi
from export_assist.translation.models import TranslationResult, Violation
from export_assist.translation.service import TranslationService


@dataclass(frozen=True)
class FreeText:
    """One piece of the user's free text and what translation made of it."""

    lang: str
    source: str
    translation: str
    back_translation: str | None
    backends: tuple[str, ...]
    translated: bool


class Texts:
    """Labels, formatting and translated free text for one target language."""

    def __init__(self, service: TranslationService, lang: str) -> None:
        self.service = service
        self.lang = lang
        self.fmt = Fmt(lang)
        self.fmt_ja = Fmt("ja")
        self.violations: list[Violation] = []
        self.not_translated = 0
        self.warnings: list[str] = []
        self.free_texts: list[FreeText] = []
        self._cache: dict[tuple[str, str], Bi] = {}

    def label(self, term_id: str) -> Bi:
        """A term-base label in Japanese and the target language."""
        return Bi(
            self.service.termbase.label(term_id, "ja"),
            self.service.termbase.label(term_id, self.lang),
        )

    def count(self, value: int, term_id: str) -> Bi:
        """A number of things in Japanese and the target language ("24 カートン", "24 cartons")."""
        term = self.service.termbase.get(term_id)
        return Bi(self.fmt_ja.count(value, term), self.fmt.count(value, term))

    def same(self, text: str) -> Bi:
        """Text printed the same on both sides (names, codes, shipping marks)."""
        return Bi(text, text)

    def free(self, ja: str, *, protected: tuple[str, ...] = ()) -> Bi:
        """The user's Japanese free text with its machine translation (and a
        back-translation for the reviewer); without a backend it is kept and marked."""
        key = ("ja", ja)
        if key not in self._cache:
            back = bool(self.service.available("ja", self.lang))
            result = self.service.translate(
                ja, "ja", self.lang, protected=protected, back_translate=back
            )
            self._record(ja, result)
            note = self.label("note.not_translated") if result.not_translated else None
            self._cache[key] = Bi(ja, result.text, *((note.tgt, note.ja) if note else ()))
        return self._cache[key]

    def english(self, ja: str, en: str) -> Bi:
        """The user's own English where nothing translates into the buyer's language: more
        use to a French or Thai buyer than the Japanese twice; marked, and counted."""
        key = ("en", ja)
        if key not in self._cache:  # counted once, as a translated text is
            self.not_translated += 1
            note = self.label("note.english_kept")
            self._cache[key] = Bi(ja, en, note.tgt, note.ja)
        return self._cache[key]

    def _record(self, source: str, result: TranslationResult) -> None:
        self.violations += result.violations
        self.not_translated += result.not_translated
        self.warnings += [w for w in result.warnings if w not in self.warnings]
        self.free_texts.append(
            FreeText(
                self.lang,
                source,
                result.text,
                result.back_translation,
                tuple(result.backends),
                result.not_translated == 0,
            )
        )
