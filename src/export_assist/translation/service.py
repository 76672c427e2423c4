"""TranslationService: segments, term base, backend choice, enforcement, back-translation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from export_assist.cancellation import raise_if_cancelled
from export_assist.errors import InvalidInput, ServiceUnavailable
from export_assist.languages import LANGUAGES, UNSPACED, normalize_lang
from export_assist.translation.base import Hints, Reviser, Translator
from export_assist.translation.models import (
    GlossaryHit,
    SegmentResult,
    TranslationResult,
    Violation,
)
from export_assist.translation.protect import Span, missing_spans, protected_spans
from export_assist.translation.segment import split_paragraphs, split_sentences
from export_assist.translation.termbase import TermBase, TermHit


@dataclass
class _Work:
    """A segment waiting for a backend, with what it must contain."""

    result: SegmentResult
    hits: list[TermHit]
    spans: list[Span]
    hints: Hints = field(default_factory=Hints)


class TranslationService:
    """Translate text between our languages with an enforced term base."""

    def __init__(
        self,
        termbase: TermBase,
        backends: Sequence[Translator],
        *,
        revise: bool = True,
        max_chars: int = 20000,
    ) -> None:
        self.termbase = termbase
        self.backends = list(backends)
        self.revise = revise
        self.max_chars = max_chars

    def available(self, source: str, target: str) -> list[str]:
        """Names of the backends that can translate a pair, in order of preference."""
        src, tgt = normalize_lang(source), normalize_lang(target)
        return [b.name for b in self.backends if b.supports(src, tgt)]

    def translate(
        self,
        text: str,
        source: str,
        target: str,
        *,
        backend: str | None = None,
        back_translate: bool = False,
        protected: Sequence[str] = (),
    ) -> TranslationResult:
        """Translate text; violations and untranslated segments are reported, not hidden."""
        src, tgt = normalize_lang(source), normalize_lang(target)
        if src == tgt:
            raise InvalidInput(
                "source and target language are the same",
                message_ja="翻訳元と翻訳先が同じ言語です。別の言語を指定してください。",
            )
        if len(text) > self.max_chars:
            raise InvalidInput(
                f"text is {len(text)} characters; the limit is {self.max_chars}",
                message_ja=f"文章が{len(text)}文字あります。{self.max_chars}文字以内に分けてください。",
            )
        chosen = self._choose(src, tgt, backend)
        work, results = self._prepare(text, src, tgt, protected)
        warnings = self._run(work, chosen, src, tgt)
        for item in work:
            self._check(item, tgt)
        if back_translate:
            self._back_translate(results, src, tgt, backend)
        return self._assemble(results, src, tgt, warnings)

    def _choose(self, src: str, tgt: str, backend: str | None) -> list[Translator]:
        if backend is None:
            return [b for b in self.backends if b.supports(src, tgt)]
        named = [b for b in self.backends if b.name == backend]
        if not named:
            known = ", ".join(b.name for b in self.backends) or "none configured"
            raise InvalidInput(
                f"backend {backend!r} is not configured (configured: {known})",
                message_ja=f"翻訳方式「{backend}」は設定されていません（使えるもの: {known}）。",
            )
        if not named[0].supports(src, tgt):
            raise InvalidInput(f"backend {backend!r} cannot translate {src}→{tgt}")
        return named

    def _prepare(
        self, text: str, src: str, tgt: str, protected: Sequence[str]
    ) -> tuple[list[_Work], list[SegmentResult]]:
        work: list[_Work] = []
        results: list[SegmentResult] = []
        for p_index, paragraph in enumerate(split_paragraphs(text)):
            sentences = split_sentences(paragraph) or [""]
            for sentence in sentences:
                seg = SegmentResult(
                    index=len(results),
                    paragraph=p_index,
                    source=sentence,
                    target="",
                    status="empty",
                )
                results.append(seg)
                if not sentence.strip():
                    continue
                label = self.termbase.exact(sentence, src, tgt)
                if label is not None:
                    seg.target, seg.status, seg.backend = label, "term_base", "term_base"
                    continue
                hits = self.termbase.find(sentence, src)
                seg.glossary = [
                    GlossaryHit(term_id=h.term.id, source=h.surface, target=h.term.get(tgt))
                    for h in hits
                ]
                spans = protected_spans(sentence, protected)
                hints = Hints(
                    glossary=[(h.surface, h.term.get(tgt)) for h in hits],
                    protected=[s.text for s in spans],
                )
                work.append(_Work(seg, hits, spans, hints))
        return work, results

    def _run(self, work: list[_Work], chosen: list[Translator], src: str, tgt: str) -> list[str]:
        warnings: list[str] = []
        pending = list(work)
        for translator in chosen:
            if not pending:
                break
            raise_if_cancelled()  # the client left: no more model calls for it
            try:
                outputs = translator.translate(
                    [w.result.source for w in pending], src, tgt, [w.hints for w in pending]
                )
            except ServiceUnavailable as exc:
                warnings.append(f"{translator.name}: {exc.message}")
                continue
            for item, output in zip(pending, outputs, strict=True):
                item.result.target, item.result.status = output, "translated"
                item.result.backend = translator.name
                if self.revise and isinstance(translator, Reviser):
                    self._revise(item, translator, src, tgt)
            pending = []
        for item in pending:
            self._not_translated(item, src, tgt)
        return warnings

    def _problems(self, item: _Work, tgt: str) -> tuple[list[Span], list[TermHit]]:
        return missing_spans(item.spans, item.result.target), self.termbase.missing(
            item.hits, item.result.target, tgt
        )

    def _revise(self, item: _Work, reviser: Reviser, src: str, tgt: str) -> None:
        spans, terms = self._problems(item, tgt)
        if not spans and not terms:
            return
        problems = [f"'{s.text}' must appear exactly as in the source" for s in spans]
        problems += [f"'{h.surface}' must be translated as '{h.term.get(tgt)}'" for h in terms]
        hints = Hints(item.hints.glossary, item.hints.protected, problems)
        try:
            item.result.target = reviser.revise(
                item.result.source, item.result.target, src, tgt, hints
            )
        except ServiceUnavailable:
            return  # keep the first draft; its violations are reported below

    def _check(self, item: _Work, tgt: str) -> None:
        if item.result.status != "translated":
            return
        spans, terms = self._problems(item, tgt)
        seg = item.result
        seg.violations += [
            Violation(
                kind="protected_span",
                segment=seg.index,
                expected=s.text,
                source=seg.source,
                message=f"{s.kind.replace('_', ' ')} '{s.text}' is missing or changed in the translation",
            )
            for s in spans
        ]
        seg.violations += [
            Violation(
                kind="term",
                segment=seg.index,
                expected=h.term.get(tgt),
                source=h.surface,
                term_id=h.term.id,
                message=f"'{h.surface}' must be translated as '{h.term.get(tgt)}' (term {h.term.id})",
            )
            for h in terms
        ]

    def _not_translated(self, item: _Work, src: str, tgt: str) -> None:
        seg = item.result
        seg.target, seg.status, seg.backend = seg.source, "not_translated", None
        seg.violations.append(
            Violation(
                kind="not_translated",
                segment=seg.index,
                expected=f"a {LANGUAGES[tgt]} translation",
                source=seg.source,
                message=f"not translated: no backend translates {src}→{tgt}; "
                f"kept in {LANGUAGES[src]}",
            )
        )

    def _back_translate(
        self, results: list[SegmentResult], src: str, tgt: str, backend: str | None
    ) -> None:
        done = [r for r in results if r.status in ("translated", "term_base")]
        if not done:
            return
        back = self.translate("\n".join(r.target for r in done), tgt, src, backend=backend)
        by_paragraph: dict[int, list[str]] = {}
        for seg in back.segments:
            by_paragraph.setdefault(seg.paragraph, []).append(seg.target)
        joiner = "" if src in UNSPACED else " "
        for i, result in enumerate(done):
            result.back_translation = joiner.join(by_paragraph.get(i, []))

    def _assemble(
        self, results: list[SegmentResult], src: str, tgt: str, warnings: list[str]
    ) -> TranslationResult:
        paragraphs: dict[int, list[SegmentResult]] = {}
        for seg in results:
            paragraphs.setdefault(seg.paragraph, []).append(seg)
        joiner = "" if tgt in UNSPACED else " "
        text = "\n".join(
            joiner.join(s.target for s in segs if s.target) for segs in paragraphs.values()
        )
        back = None
        if any(s.back_translation is not None for s in results):
            back = "\n".join(
                joiner_of(src).join(s.back_translation or "" for s in segs if s.back_translation)
                for segs in paragraphs.values()
            )
        violations = [v for s in results for v in s.violations]
        return TranslationResult(
            source_lang=src,
            target_lang=tgt,
            text=text,
            backends=sorted({s.backend for s in results if s.backend}),
            segments=results,
            violations=violations,
            not_translated=sum(1 for s in results if s.status == "not_translated"),
            back_translation=back,
            warnings=warnings,
        )


def joiner_of(lang: str) -> str:
    """How sentences of a language are joined: no space in ja/zh/th."""
    return "" if lang in UNSPACED else " "
