"""Free text in a document set: labels from the term base, the rest through translation."""

from __future__ import annotations

from export_assist.documents.view import Bi
from export_assist.translation.models import TranslationResult, Violation
from export_assist.translation.service import TranslationService


class Texts:
    """Labels and translated free text for one target language, with what went wrong."""

    def __init__(self, service: TranslationService, lang: str) -> None:
        self.service = service
        self.lang = lang
        self.violations: list[Violation] = []
        self.not_translated = 0
        self.warnings: list[str] = []
        self._cache: dict[tuple[str, str], Bi] = {}

    def label(self, term_id: str) -> Bi:
        """A term-base label in Japanese and the target language."""
        return Bi(
            self.service.termbase.label(term_id, "ja"),
            self.service.termbase.label(term_id, self.lang),
        )

    def free(
        self,
        ja: str,
        *,
        source: str | None = None,
        source_lang: str = "ja",
        protected: tuple[str, ...] = (),
    ) -> Bi:
        """Japanese text with its translation; `source` (in source_lang) is what gets translated."""
        text = source if source is not None else ja
        if source_lang == self.lang:
            return Bi(ja, text)
        key = (source_lang, text)
        if key not in self._cache:
            result = self.service.translate(text, source_lang, self.lang, protected=protected)
            self._record(result)
            note = "not translated" if result.not_translated else None
            self._cache[key] = Bi(ja, result.text, note)
        return self._cache[key]

    def _record(self, result: TranslationResult) -> None:
        self.violations += result.violations
        self.not_translated += result.not_translated
        self.warnings += [w for w in result.warnings if w not in self.warnings]
