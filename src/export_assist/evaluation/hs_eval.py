"""HS suggestion accuracy on HSCodeComp-style JSONL or the hs_rulings set (products written
from CBP rulings, each with its own split): top-1/top-5 at 2, 4 and 6 digits."""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from export_assist.compliance.hs.product import ProductQuery, from_listing
from export_assist.domain.hs import HsSuggestion
from export_assist.errors import InvalidInput

SPLITS = ("tune", "held", "all")
# hs_rulings sets whose held half was run at a session's end and retired into tuning
# (docs/benchmarks.md, "HS on products held apart"): only these may train whole
RETIRED_SETS = (
    "cases.jsonl",
    "cases2.jsonl",
    "cases3.jsonl",
    "cases4.jsonl",
    "cases5.jsonl",
    "cases6.jsonl",
    "cases7.jsonl",
    "cases8.jsonl",
    "cases9.jsonl",
    "cases10.jsonl",
    "cases11.jsonl",
    "cases12.jsonl",
    "cases13.jsonl",
    "cases14.jsonl",
)


class Suggests(Protocol):
    """Anything that suggests HS codes for a description."""

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]: ...


@dataclass(frozen=True)
class HsExample:
    """A product description and its expert code (first 6 digits used)."""

    id: str
    text: str
    code: str
    product: ProductQuery | None = None
    split: str | None = None  # the dataset's own split; None: fixed by a hash of the id


def split_of(example_id: str) -> str:
    """'tune' or 'held' (held apart from all tuning), fixed by a hash of the product id."""
    digest = hashlib.sha256(f"hscodecomp:{example_id}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "held"


def select(examples: Sequence[HsExample], split: str) -> list[HsExample]:
    """The examples of one split ('all' keeps every one)."""
    if split not in SPLITS:
        raise InvalidInput(f"split must be one of {', '.join(SPLITS)}")
    return [e for e in examples if split == "all" or (e.split or split_of(e.id)) == split]


@dataclass
class HsRun:
    """Accuracy figures of one suggester."""

    mode: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0


def example_text(row: dict[str, Any]) -> str:
    """Product name plus the distinct levels of the shop's category path."""
    levels: list[str] = []
    for i in range(1, 6):
        level = str(row.get(f"cate_lv{i}_desc") or "").strip()
        if level and level not in levels:
            levels.append(level)
    return " ".join([str(row.get("product_name", "")), *levels])


def _ruling_case(row: dict[str, Any], where: str) -> HsExample:
    """One hs_rulings case (id, split, product_name, product_attributes, category_path)."""
    split = str(row.get("split", ""))
    if split not in ("tune", "held"):
        raise InvalidInput(f"{where}: split {split!r} is neither tune nor held")
    path = row.get("category_path") or ""
    levels = [str(x) for x in path] if isinstance(path, list) else str(path).split(">")
    listing = {
        "product_name": row.get("product_name", ""),
        "product_attributes": row.get("product_attributes") or {},
        **{f"cate_lv{i}_desc": lv.strip() for i, lv in enumerate(levels[:5], start=1)},
    }
    return HsExample(str(row["id"]), example_text(listing), "", from_listing(listing), split)


def load_examples(path: Path) -> list[HsExample]:
    """Read HSCodeComp JSONL (task_id, product_name, cate_lv*_desc, hs_code) or hs_rulings
    cases (id, split, product_name, product_attributes, category_path, hs_code)."""
    if not path.exists():
        raise InvalidInput(f"dataset not found: {path}")
    out: list[HsExample] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        code = str(row.get("hs_code", "")).strip()
        if not code.isdigit() or ("split" in row and len(code) < 6):
            raise InvalidInput(f"{path}:{n}: hs_code {code!r} is not 6+ digits")
        code = code.zfill(10) if len(code) in (9, 10) else code
        if "split" in row:
            out.append(replace(_ruling_case(row, f"{path}:{n}"), code=code[:6]))
            continue
        ident = str(row.get("task_id", n))
        out.append(HsExample(ident, example_text(row), code[:6], from_listing(row)))
    return out


def _suggest(suggester: Suggests, ex: HsExample) -> list[HsSuggestion]:
    """Suggesters that read a whole listing get it; the others get its text."""
    by_product = getattr(suggester, "suggest_product", None)
    if by_product is not None and ex.product is not None:
        return list(by_product(ex.product, 5))
    return suggester.suggest(ex.text, 5)


def confidence_pairs(run: HsRun) -> tuple[list[float], list[bool]]:
    """(shown confidence, was it the expert's 6-digit code) for every calibrated suggestion."""
    conf: list[float] = []
    hits: list[bool] = []
    for row in run.per_example:
        for code, c in zip(row["top5"], row.get("confidence", []), strict=False):
            if c is not None:
                conf.append(float(c))
                hits.append(code == row["gold"])
    return conf, hits


def evaluate_hs(name: str, suggester: Suggests, examples: Sequence[HsExample]) -> HsRun:
    """Top-1 and top-5 accuracy at 2, 4 and 6 digits."""
    counts = {f"top{k}@{d}": 0 for k in (1, 5) for d in (2, 4, 6)}
    rows: list[dict[str, Any]] = []
    latencies: list[float] = []
    for ex in examples:
        started = time.perf_counter()
        found = _suggest(suggester, ex)
        codes = [s.code for s in found]
        latencies.append((time.perf_counter() - started) * 1000)
        for k in (1, 5):
            for d in (2, 4, 6):
                counts[f"top{k}@{d}"] += any(c[:d] == ex.code[:d] for c in codes[:k])
        conf = [s.confidence for s in found]
        rows.append({"id": ex.id, "gold": ex.code, "top5": codes, "confidence": conf})
    n = len(examples)
    return HsRun(
        mode=name,
        n=n,
        metrics={key: round(v / n, 4) if n else 0.0 for key, v in counts.items()},
        per_example=rows,
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else 0.0,
    )


def run_name(dataset: Path, split: str) -> str:
    """The results' file stem: hs-<set>-<split> (hs-hs_rulings-cases2-tune for a second
    rulings file beside cases.jsonl)."""
    if dataset.stem == "cases":
        return f"hs-{dataset.parent.name}-{split}"
    if dataset.parent.name == "hs_rulings":
        return f"hs-hs_rulings-{dataset.stem}-{split}"
    return f"hs-{dataset.stem}-{split}"


def training_examples(
    dataset: Path, rulings_sets: Sequence[Path] = (), retired: Sequence[Path] = ()
) -> list[tuple[str, HsExample]]:
    """(source name, product) of everything that may train or tune the HS ranker: the tune
    half of `dataset`, the tune products of each rulings set and every product of a
    retired set (one whose held half was run and retired into tuning)."""
    overlap = {p.resolve() for p in rulings_sets} & {p.resolve() for p in retired}
    if overlap:
        raise InvalidInput(f"a set is both held in part and retired: {sorted(map(str, overlap))}")
    unretired = [str(p) for p in retired if p.name not in RETIRED_SETS]
    if unretired:
        raise InvalidInput(
            f"{unretired}: its held half was never retired (retired: {', '.join(RETIRED_SETS)}); "
            "pass it with --rulings-set so only its tune rows train"
        )
    out = [(dataset.stem, e) for e in select(load_examples(dataset), "tune")]
    for path in rulings_sets:
        out += [(path.stem, e) for e in select(load_examples(path), "tune")]
    for path in retired:
        out += [(path.stem, e) for e in load_examples(path)]
    return out
