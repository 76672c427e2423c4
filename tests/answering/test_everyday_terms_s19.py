"""Session 19 (answers): everyday words that imply a rule term pull the sentence naming it
(data/everyday.yaml term_entries): goods repaired and sent back -> 特別返品等包括許可; METI
telling the exporter to apply -> インフォーム要件; 「売らずに」 -> 無償特例; an inspection before
the goods leave Japan -> 植物防疫所."""

from __future__ import annotations

import pytest

from export_assist.answering.everyday import rule_terms
from export_assist.answering.select import pick_sentences
from export_assist.domain.citations import Citation, SearchHit


def _hit(doc: str, section: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc, title=doc, section=section, country="JP", source_url="")
    return SearchHit(chunk_id=f"{doc}#{section}", text=text, score=score, citation=citation)


@pytest.mark.parametrize(
    ("message", "term"),
    [
        (
            "海外の工場から不具合の分析器が戻ってきた。修理して送り返すのに許可は？",
            "特別返品等包括許可",
        ),
        (
            "We repair a controlled gauge and ship it back after repair to Korea.",
            "特別返品等包括許可",
        ),
        ("経済産業省から、この案件は許可を取るように通知を受けました", "インフォーム要件"),
        ("Our order to Malaysia was notified by METI as needing a licence.", "インフォーム要件"),
        ("見本の検査機は売らずに持ち帰る予定です", "無償特例"),
        ("中古のコンバインをタイに出す。輸出前に検査は必要？", "植物防疫所"),
    ],
)
def test_everyday_words_imply_the_rule_term(message: str, term: str) -> None:
    assert term in rule_terms(message)


def test_common_words_imply_no_new_term() -> None:
    for message in (
        "台湾に日本酒を出す前に何が必要？",
        "通関書類は何が要りますか",
        "修理の費用はいくら？",
    ):
        found = rule_terms(message)
        assert not {"インフォーム要件", "特別返品等包括許可", "植物防疫所"} & set(found), message


def test_a_repair_return_pulls_the_returns_licence_sentence() -> None:
    passages = [
        _hit(
            "jp-fefta",
            "包括許可",
            "包括許可には一般包括許可と特別一般包括許可があります。"
            "修理品を返送するときは特別返品等包括許可が使える場合があります。",
        ),
        _hit(
            "jp-fefta",
            "個別許可",
            "個別許可は貨物ごとに申請し、審査に時間がかかります。",
            score=0.9,
        ),
    ]
    question = "壊れて戻ってきた計測器を修理して送り返します。個別の許可をまた取るの？"
    chosen = pick_sentences(passages, question, "what", "ja", n=1, terms=rule_terms(question))
    assert chosen and "特別返品等包括許可" in chosen[0].text
