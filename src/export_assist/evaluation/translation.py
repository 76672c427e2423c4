"""Translation evaluation: chrF and BLEU (sacrebleu) against references, and term accuracy
(share of required term-base terms the translation uses) on our trade test set."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from export_assist.evaluation.metrics import Score
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase, TermHit


class TranslationExample(BaseModel):
    """One segment with its reference and the term-base terms it must contain."""

    id: str
    source_lang: str
    target_lang: str
    source: str
    reference: str
    terms: list[str] = []


class TermAccuracy:
    """Share of required terms present in any accepted form (pure scorer)."""

    name = "term_accuracy"

    def __init__(self, termbase: TermBase) -> None:
        self.termbase = termbase

    def score(self, hypothesis: str, example: TranslationExample) -> Score:
        """1.0 when every required term is there; the reason names the missing ones."""
        if not example.terms:
            return Score(1.0, "no terms required")
        missing = [
            t for t in example.terms if not self._accepted(t, hypothesis, example.target_lang)
        ]
        value = 1 - len(missing) / len(example.terms)
        return Score(value, "all terms used" if not missing else f"missing: {', '.join(missing)}")

    def _accepted(self, term_id: str, text: str, lang: str) -> bool:
        hit = TermHit(self.termbase.get(term_id), 0, 0, "")
        return not self.termbase.missing([hit], text, lang)


@dataclass
class TranslationRun:
    """Aggregates of one backend on one dataset and direction (the report's row)."""

    mode: str
    n: int
    metrics: dict[str, float]
    latency_ms_p50: float
    failures: list[dict[str, Any]] = field(default_factory=list)


def load_wmt(folder: Path, direction: str, limit: int | None = None) -> list[TranslationExample]:
    """WMT20 ja-en test files (vat_newstest2020-<dir>-src/ref.*.txt) as examples."""
    src, tgt = direction.split("-")
    pair = f"{src}{tgt}"
    sources = (
        (folder / f"vat_newstest2020-{pair}-src.{src}.txt").read_text(encoding="utf-8").splitlines()
    )
    refs = (
        (folder / f"vat_newstest2020-{pair}-ref.{tgt}.txt").read_text(encoding="utf-8").splitlines()
    )
    rows = list(zip(sources, refs, strict=True))[:limit]
    return [TranslationExample(id=f"wmt20-{pair}-{i}", source_lang=src, target_lang=tgt, source=s, reference=r) for i, (s, r) in enumerate(rows)]  # fmt: skip


def corpus_scores(
    hypotheses: Sequence[str], references: Sequence[str], target: str
) -> dict[str, float]:
    """chrF and BLEU; BLEU on Japanese uses character tokens (no MeCab on this machine)."""
    import sacrebleu

    tokenize = "char" if target in ("ja", "zh-Hans", "th") else "13a"
    bleu = sacrebleu.corpus_bleu(list(hypotheses), [list(references)], tokenize=tokenize)
    chrf = sacrebleu.corpus_chrf(list(hypotheses), [list(references)])
    return {"chrf": round(chrf.score, 2), "bleu": round(bleu.score, 2)}


def evaluate_translation(
    service: TranslationService,
    examples: Sequence[TranslationExample],
    *,
    backend: str | None,
    label: str,
) -> TranslationRun:
    """Translate every example with one backend and score the outputs."""
    metric = TermAccuracy(service.termbase)
    hyps, latencies, term_scores, failures, violations, untranslated = [], [], [], [], 0, 0
    started = time.perf_counter()
    for ex in examples:
        t0 = time.perf_counter()
        result = service.translate(ex.source, ex.source_lang, ex.target_lang, backend=backend)
        latencies.append((time.perf_counter() - t0) * 1000)
        hyps.append(result.text)
        violations += sum(1 for v in result.violations if v.kind != "not_translated")
        untranslated += result.not_translated
        score = metric.score(result.text, ex)
        term_scores.append(score.value)
        if score.value < 1:
            failures.append({"id": ex.id, "reason": score.reason, "output": result.text})
    elapsed = time.perf_counter() - started
    metrics = corpus_scores(hyps, [e.reference for e in examples], examples[0].target_lang)
    metrics |= {
        "term_accuracy": round(statistics.fmean(term_scores), 4),
        "violations_per_segment": round(violations / len(examples), 4),
        "not_translated": float(untranslated),
        "segments_per_s": round(len(examples) / elapsed, 2),
    }
    return TranslationRun(
        label, len(examples), metrics, round(statistics.median(latencies), 2), failures[:20]
    )
