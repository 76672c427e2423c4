"""Retrain the learned buyer ranker on real tenders, tune it on dev, report the later period.

    nice -n 10 python eval/train_buyer_ranker.py            # train + dev, writes the model
    nice -n 10 python eval/train_buyer_ranker.py --later    # also the later period, once

Periods of ../shared/data/buyandsell-tenders/tenders_dev.csv (items dated, see its README):
training queries 2013-09-01..2013-11-30, dev (tuning) 2013-12-01..2014-01-31, later
period 2014-02-01..2014-03-31. Each ranks every buyer profiled from items before the
period. The model goes to src/export_assist/matching/data/buyer_ranker.json; the same-run
figures (matcher with the model, with the weighted score, and the three baselines) to
eval/results/. Embeddings come from the data dir's cache (a re-run embeds nothing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path

from export_assist.container import Container
from export_assist.evaluation.buyer_matching import canonical_buyers, evaluate_tenders
from export_assist.evaluation.ranker_training import (
    Period,
    assemble,
    fit_listwise,
    mrr,
    query_set,
)
from export_assist.evaluation.report import environment, write_results
from export_assist.matching.adapters import read_tenders
from export_assist.matching.learned import default_path
from export_assist.matching.ranker_features import FEATURES, LEARNED
from export_assist.matching.service import ShortlistService
from export_assist.retrieval.embedding_cache import CachedEmbedder
from export_assist.settings import Settings

TENDERS = Path("../shared/data/buyandsell-tenders/tenders_dev.csv")
TRAIN = Period("train", dt.date(2013, 9, 1), dt.date(2013, 12, 1))
DEV = Period("dev", dt.date(2013, 12, 1), dt.date(2014, 2, 1))
LATER = Period("later", dt.date(2014, 2, 1), dt.date(2014, 4, 1))
L2_GRID = (0.0, 0.01, 0.1)


def side_by_side(c: Container, model: ShortlistService, items: list, period: Period) -> list:
    """The matcher (model), the matcher (weighted score) and the baselines on one period."""
    kept = [i for i in items if i.date < period.end]
    runs = evaluate_tenders(model, kept, period.start)
    weighted = ShortlistService(
        model.directory, model.embedder, c.screener, c.settings.matching, ranker=None
    )
    weighted.ranker = None
    runs.insert(
        1,
        replace(
            evaluate_tenders(weighted, kept, period.start)[0],
            mode="matcher, weighted score (before)",
        ),
    )
    runs[0].mode = "matcher, learned ranker"
    return runs


def main() -> None:
    """Train, tune on dev, write the model; with --later, report the later period."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenders", type=Path, default=TENDERS)
    parser.add_argument("--out", type=Path, default=default_path())
    parser.add_argument("--later", action="store_true", help="also report the later period")
    args = parser.parse_args()
    items = canonical_buyers(read_tenders(args.tenders))
    settings = Settings()
    # A fresh directory each run: buyers of another run's periods must not be ranked.
    # (Periods run in date order, so each one's buyers include the previous one's.)
    db = settings.data_dir / "eval_buyer_ranker.db"
    db.unlink(missing_ok=True)
    settings.database.url = f"sqlite:///{db.resolve()}"
    c = Container(settings)
    try:
        c.settings.matching.seed_sample_directory = False
        c.settings.matching.screening.include_demo_list = False
        c.settings.matching.screening.lists = []
        service = c.shortlists
        service.embedder = CachedEmbedder(c.raw_embedder, c.embedding_cache, persist_queries=True)
        train, dev = query_set(items, TRAIN, service), query_set(items, DEV, service)
        fits = {l2: fit_listwise(train, l2) for l2 in L2_GRID}
        tuned = {l2: round(mrr(w, dev), 4) for l2, w in fits.items()}
        l2 = max(tuned, key=lambda k: tuned[k])
        model = assemble(fits[l2], train, c.settings.matching.weights.model_dump())
        model.meta.update(
            l2=l2,
            dev_mrr_by_l2={str(k): v for k, v in tuned.items()},
            periods={p.name: [p.start.isoformat(), p.end.isoformat()] for p in (TRAIN, DEV, LATER)},
            data_sha256=hashlib.sha256(args.tenders.read_bytes()).hexdigest(),
            learned={f: round(float(w), 4) for f, w in zip(LEARNED, fits[l2], strict=True)},
        )
        args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(
            f"model -> {args.out}; dev MRR by l2 {tuned}; weights {dict(zip(FEATURES, model.weights.round(3), strict=True))}"
        )
        service.ranker = model
        periods = [DEV, LATER] if args.later else [DEV]
        for period in periods:
            runs = side_by_side(c, service, items, period)
            best = max(r.metrics["mrr"] for r in runs[2:])
            extra = {
                "period": period.name,
                "env": environment(),
                "ratio": round(runs[0].metrics["mrr"] / best, 3),
            }
            _, md = write_results(Path("eval/results"), f"buyer-ranker-{period.name}", runs, extra)
            print(md.read_text())
    finally:
        c.close()


if __name__ == "__main__":
    main()
