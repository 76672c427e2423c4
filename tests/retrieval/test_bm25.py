"""The one BM25 adapter: Japanese and English texts, empty cases, masks and ranking."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

from export_assist.retrieval.bm25 import Bm25, scale

TEXTS = [
    "食品施設の登録はFDAに行います。",
    "Food facility registration with FDA is required before export.",
    "ドイツ向けの日本酒のラベル表示",
    "",
]


def test_japanese_and_english_queries_find_their_texts() -> None:
    index = Bm25(TEXTS)
    assert index.top("施設の登録", 2)[0][0] == 0
    assert index.top("facility registration", 1)[0][0] == 1
    assert [i for i, _ in index.top("日本酒 ラベル", 4)] == [2]


def test_scores_are_dense_and_zero_where_nothing_matched() -> None:
    index = Bm25(TEXTS)
    scores = index.scores("FDA")
    assert scores.shape == (4,) and scores[0] > 0 and scores[1] > 0 and scores[3] == 0
    assert not index.scores("zzz unknown").any()
    scaled = index.scaled("FDA")
    assert float(scaled.max()) == 1.0


def test_a_mask_removes_texts_and_an_empty_index_answers_nothing() -> None:
    index = Bm25(TEXTS)
    mask = np.array([0, 1, 1, 1], dtype=np.float32)
    assert [i for i, _ in index.top("FDA", 4, mask)] == [1]
    empty = Bm25([])
    assert len(empty) == 0 and empty.top("FDA", 3) == [] and empty.scores("FDA").shape == (0,)
    assert not scale(np.zeros(3)).any()


def test_bm25s_debug_lines_stay_out_of_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """s5 trial: the stdio MCP server printed bm25s 'Building index from tokens' to stderr
    (its logging handler on the root logger at INFO; bm25s sets its logger to DEBUG)."""
    root = logging.getLogger()
    handler = logging.StreamHandler(sys.stderr)
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        Bm25(["抹茶 残留農薬", "green tea"]).top("抹茶", 1)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    assert "Building index" not in capsys.readouterr().err
