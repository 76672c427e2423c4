"""Session 20 (issue 9 item 3): the features of the learned sentence order, and the script
that measures where the first key-fact sentence ranks (eval/sentence_ranks.py), on new
sentences."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from export_assist.answering.select import FACTS, pick_sentences
from export_assist.answering.sentence_rank import NAMES, Candidate, asking, features, model
from export_assist.domain.citations import Citation, SearchHit

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _ranks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sentence_ranks", EVAL / "sentence_ranks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sentence_ranks"] = module
    spec.loader.exec_module(module)
    return module


def test_the_asking_sentence_is_the_one_with_the_question_mark() -> None:
    message = "福岡の窯元で有田焼の皿を作っています。カナダの卸に出すとき、鉛の溶出は何ppmまで？"
    assert asking(message) == "カナダの卸に出すとき、鉛の溶出は何ppmまで？"
    assert asking("Tell me the lead limit for plates in Canada") == (
        "Tell me the lead limit for plates in Canada"
    )


def test_features_see_the_asked_words_and_the_stated_amount() -> None:
    cands = [
        Candidate(
            "Glazed ceramic plates sold in Canada are regulated for lead.",
            "ca-x",
            "Lead",
            0,
            0.6,
            2.0,
        ),
        Candidate(
            "Flatware may not release more than 3.0 mg/L of lead.", "ca-x", "Limits", 1, 0.5, 1.5
        ),
        Candidate("Plates from Japan need no import permit.", "ca-y", "Permits", 2, 0.4, 1.0),
    ]
    rows = features(
        cands,
        "We make plates in Arita. How much lead may they release in Canada?",
        "plates lead release Canada",
        FACTS["how_much"],
        "en",
        ["ca-x"],
    )
    assert all(len(r) == len(NAMES) for r in rows)
    col = {name: i for i, name in enumerate(NAMES)}
    assert rows[1][col["number"]] == 1.0 and rows[0][col["number"]] == 0.0
    assert rows[0][col["top_doc"]] == 1.0 and rows[2][col["top_doc"]] == 0.0
    # "release" is asked and only the limit sentence says it
    assert rows[1][col["asked"]] > rows[2][col["asked"]]


def _case(tmp: Path) -> Path:
    """A one-case harvest: the fact (3.0 mg/L) sits in the second-scored sentence."""
    units = [
        {"text": "Glazed ceramic plates sold in Canada are regulated for lead.", "hand": 2.0},
        {"text": "Flatware may not release more than 3.0 mg/L of lead.", "hand": 1.5},
        {"text": "Plates from Japan need no import permit.", "hand": 1.0},
    ]
    for i, u in enumerate(units):
        u |= {"doc": "ca-x", "section": "Lead", "rank": i, "score": 0.5}
    row = {
        "set": "test6",
        "id": "x-1",
        "lang": "en",
        "kind": "regulation",
        "turns": ["How much lead may our Arita plates release in Canada?"],
        "key_facts": [["3.0 mg/L", "3 mg/L"]],
        "gold": ["ca-x"],
        "answer": "In Canada, ceramics are regulated.\n• Glazed ceramic plates sold in Canada",
        "cited": ["ca-x"],
        "calls": [
            {
                "question": "lead plates release Canada",
                "qtype": "how_much",
                "language": "en",
                "doc_order": ["ca-x"],
                "avoid": [],
                "units": units,
                "chosen": [units[0]["text"]],
            }
        ],
        "passages": [[{"text": " ".join(u["text"] for u in units), "doc": "ca-x"}]],
    }
    path = tmp / "harvest.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_the_script_finds_where_the_key_fact_sentence_ranks(tmp_path: Path) -> None:
    ranks = _ranks()
    measured, training, why = ranks.load(_case(tmp_path))
    assert why["a key-fact candidate"] == 1 and len(training) == 1
    (call,) = measured
    assert call.y.tolist() == [False, True, False]
    by_hand = ranks.figures(measured, lambda c: c.hand)
    assert by_hand["shown@1"] == 0.0 and by_hand["shown@3"] == 1.0
    assert by_hand["median_rank"] == 2.0


def _hit(doc: str, section: str, text: str, score: float) -> SearchHit:
    citation = Citation(doc_id=doc, title=doc, section=section, country="NZ", source_url="")
    return SearchHit(chunk_id=f"{doc}#{section}", text=text, score=score, citation=citation)


def test_the_fitted_order_quotes_the_sentence_that_states_the_asked_share() -> None:
    """The hand score prefers the long sentence sharing the question's words (検査, 輸入,
    貨物); the fitted model the one stating the share asked for (2%). The weights are shipped
    since session 37 (fitted on every tuning pool; the session-20 fit on half of them broke a
    Japan-side answer and was never shipped)."""
    _fitted_order_quotes_the_share()


def _fitted_order_quotes_the_share() -> None:
    assert model() is not None
    message = (
        "ニュージーランドのスーパーに干し椎茸を出しています。"
        "輸入時の検査では、どのくらいの割合で貨物が調べられますか？"
    )
    passages = [
        _hit(
            "nz-food",
            "輸入検査",
            "ニュージーランドの輸入食品の検査は、一次産業省が輸入者の登録と書類に基づいて行い、"
            "貨物の検査を求めることがあります。干し椎茸などの乾燥食品も輸入検査の対象です。",
            0.7,
        ),
        _hit(
            "nz-food",
            "監視",
            "監視対象の食品は、届いた貨物の2%が無作為に選ばれ、ラベルと書類が確認されます。",
            0.5,
        ),
    ]
    by_hand = pick_sentences(passages, message, "how_much", "ja", n=1)
    fitted = pick_sentences(passages, message, "how_much", "ja", n=1, message=message)
    assert "2%" not in by_hand[0].text
    assert "2%" in fitted[0].text
