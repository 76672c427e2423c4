"""The reranker's weights after the session-20 refit (bench/docpick_fit.py: fit on half the
tuning sets, checked on the other half): a keyword topic the question happens to share, or
a requirement card, no longer lifts a document above the one whose passages answer."""

from __future__ import annotations

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.rerank import rerank
from export_assist.answering.understand import Question


def test_passages_that_answer_beat_a_shared_keyword_topic(engine: AnswerEngine) -> None:
    docs = engine.retriever.catalog().docs
    # 「関税」 makes the question `tariff`: the HS document shares it, the temporary-export
    # document (re-import relief after a repair) does not, but its passages answer
    q = Question(
        text="修理でシンガポールに送った分析装置を戻すとき、関税が軽くなるのはいつまで？",
        language="ja",
        japan_side=True,
        topics=["tariff"],
    )
    assert "tariff" in docs["intl-hs-classification"].topics
    assert "tariff" not in docs["jp-ata-carnet-temporary-export"].topics
    ranked = rerank(
        docs,
        q,
        ["JP", "INTL"],
        {"intl-hs-classification": 6.0, "jp-ata-carnet-temporary-export": 5.0},
        {"intl-hs-classification": 9.0, "jp-ata-carnet-temporary-export": 8.5},
        {"intl-hs-classification": 0.82, "jp-ata-carnet-temporary-export": 0.87},
    )
    assert ranked[0].doc.doc_id == "jp-ata-carnet-temporary-export"
    assert ranked[0].features["topic"] == 0.0 < ranked[1].features["topic"]


def test_a_repair_return_question_reads_the_temporary_export_document(
    engine: AnswerEngine,
) -> None:
    q = engine.understand(
        "検査用の顕微鏡をオランダのメーカーに修理に出します。戻ってきたときに関税をかけないでもらうには、出す前に何をしておけばいい？"
    )
    found = engine.retriever.retrieve(q)
    assert found.docs[0].doc.doc_id == "jp-ata-carnet-temporary-export"
