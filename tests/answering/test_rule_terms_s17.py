"""Session 17 (issue 9 item 3): an everyday word of the question implies a rule's own term
(「無料で」 the 無償特例, 「少ない金額」 the 少額特例, 「続けて使う」 a standing application), and
the sentence naming that term is quoted before sentences that only share the question's
words; a term many candidate sentences name gives no sentence the lead."""

from __future__ import annotations

from export_assist.answering.bonus import term_bonus
from export_assist.answering.everyday import corpus_words, rule_terms
from export_assist.answering.select import pick_sentences
from export_assist.domain.citations import Citation, SearchHit


def hit(doc_id: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc_id, title=doc_id, url="https://example.org/x", section="s")
    return SearchHit(chunk_id=f"{doc_id}-1", text=text, citation=citation, score=score)


RULES = hit(
    "jp-control",
    "該当する貨物を輸出するには、経済産業大臣の許可が必要です。"
    "展示会への出品や試験のための送付も、許可が必要な輸出に当たります。"
    "政令は、価額の小さい貨物の少額特例と、対価を受けない輸出の無償特例を置いています。"
    "申請は電子申請で行います。",
)


def test_everyday_words_imply_the_rules_own_term() -> None:
    assert "無償特例" in rule_terms("検査機器をタダで海外の研究所に貸すのは許可がいる？")
    assert "少額特例" in rule_terms("数千円の少額の部品を送るだけでも許可は必要？")
    assert "無償" in rule_terms("Do we need a licence to send parts free of charge?")
    assert "包括" in rule_terms("この申告方法を継続的に使うには何を出せばいい？")
    # the terms also widen the search query like the other everyday words
    assert "無償特例" in corpus_words("サンプルを無償で送りたい")
    # a question with no such word implies none
    assert rule_terms("経済産業省の許可の申請方法は？") == []


def test_the_sentence_naming_the_implied_term_is_quoted_first() -> None:
    question = "センサーを見本市にタダで貸すだけでも許可はいる？"
    plain = pick_sentences([RULES], question, "yes_no", "ja", n=3)
    # the question's own words (許可) pick the sentences that only say a licence is needed
    assert not any("無償特例" in q.text for q in plain)
    got = pick_sentences([RULES], question, "yes_no", "ja", n=3, terms=rule_terms(question))
    assert any("無償特例" in q.text for q in got)


def test_a_term_many_sentences_name_gives_no_lead() -> None:
    units = [
        "包括許可の申請は地方局です。",
        "包括許可は5種類です。",
        "包括許可の条件。",
        "個別許可。",
    ]
    bonus = term_bonus(["包括"], units)
    assert [bonus(u) for u in units] == [0.0, 0.0, 0.0, 0.0]
    rare = term_bonus(["包括", "無償"], [*units, "無償の輸出。"])
    assert rare("無償の輸出。") > 0 and rare("個別許可。") == 0.0
