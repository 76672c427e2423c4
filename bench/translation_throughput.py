"""Translation throughput (segments/s) per backend on the trade test set, side by side.

Backends measured in one process: the term-base-only path (the baseline: splitting,
term recognition, span checks, nothing translated), argos with generated random-weight
packages (tiny, and one of argos' Transformer-base size: 6 layers, d=512), and the LLM
translator against the scripted OpenAI-compatible server (our overhead per segment:
HTTP, prompt, checks; not a model's speed). No real model runs here: see the report.

    python -m bench.translation_throughput [--segments 110]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.support.argos_model import build_argos_package
from tests.support.openai_server import ScriptedOpenAIServer

from bench.common import ROOT, write_result
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.translation import TranslationExample
from export_assist.settings import LLMSettings
from export_assist.translation.argos import ArgosTranslator
from export_assist.translation.base import Translator
from export_assist.translation.llm import LLMTranslator
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase


def _run(
    service: TranslationService, examples: list[TranslationExample], backend: str | None
) -> dict[str, float]:
    started = time.perf_counter()
    for ex in examples:
        service.translate(ex.source, ex.source_lang, ex.target_lang, backend=backend)
    elapsed = time.perf_counter() - started
    return {
        "segments": len(examples),
        "seconds": round(elapsed, 3),
        "segments_per_s": round(len(examples) / elapsed, 2),
    }


def _argos(tmp: Path, name: str, **size: int) -> ArgosTranslator:
    translator = ArgosTranslator(tmp / f"packages-{name}")
    translator.install(build_argos_package(tmp, "ja", "en", name=name, **size))
    return translator


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=110)
    args = parser.parse_args()
    termbase = TermBase.load()
    trade = load_jsonl(ROOT / "eval/datasets/trade_terms.jsonl", TranslationExample)[
        : args.segments
    ]
    ja_en = [e for e in trade if e.source_lang == "ja"]
    rows: dict[str, dict[str, float]] = {}
    rows["term base only (baseline)"] = _run(TranslationService(termbase, []), trade, None)
    with tempfile.TemporaryDirectory() as tmp:
        for name, size in (
            ("tiny", {}),
            ("base", {"layers": 6, "d_model": 512, "ffn": 2048, "heads": 8}),
        ):
            backends: list[Translator] = [_argos(Path(tmp), name, **size)]
            rows[f"argos {name} (random weights) ja→en"] = _run(
                TranslationService(termbase, backends), ja_en, "argos"
            )
    with ScriptedOpenAIServer(responder=lambda r: r.last_user) as server:
        llm = LLMTranslator(LLMSettings(base_url=server.base_url, max_retries=0), concurrency=4)
        rows["llm via scripted server (overhead)"] = _run(
            TranslationService(termbase, [llm], revise=False), trade, "llm"
        )
    base = rows["term base only (baseline)"]["segments_per_s"]
    for row in rows.values():
        row["ratio_to_baseline"] = round(row["segments_per_s"] / base, 4)
    path = write_result("translation_throughput", {"rows": rows})
    print("| backend | segments | segments/s | ratio to baseline |\n|---|---|---|---|")
    for name, row in rows.items():
        print(
            f"| {name} | {row['segments']:.0f} | {row['segments_per_s']} | {row['ratio_to_baseline']} |"
        )
    print(f"\nResults: {path}")


if __name__ == "__main__":
    main()
