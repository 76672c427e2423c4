"""A Japanese reader never gets an English sentence quoted into the answer, and an English
reader never a Japanese one (trial findings A1, A5, A13, A19: English bullets in Japanese answers); English source text
only where no Japanese sentence answers, and then named as such."""

from export_assist.answering.compose import compose
from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit


def hit(doc_id: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc_id, title=doc_id, url="https://example.org/x", section="s")
    return SearchHit(chunk_id=f"{doc_id}-1", text=text, citation=citation, score=score)


PASSAGES = [
    hit(
        "id-halal",
        "Law No. 33/2014 makes halal certification by BPJPH mandatory for food and drinks "
        "sold in Indonesia, in phases.",
        score=0.9,
    ),
    hit(
        "id-halal",
        "インドネシアで販売する食品・飲料には、BPJPHのハラール認証が段階的に義務化されます。",
    ),
]


def test_japanese_reader_gets_only_japanese_sentences() -> None:
    got = pick_sentences(
        PASSAGES, "インドネシアにハラール認証なしで醤油を輸出できますか", "yes_no", "ja", 3
    )
    assert got, "the Japanese sentence answers the question"
    assert all("Law No." not in q.text for q in got)
    assert "ハラール認証" in got[0].text


def test_english_reader_gets_only_english_sentences() -> None:
    got = pick_sentences(
        PASSAGES, "Can I export soy sauce to Indonesia without halal?", "yes_no", "en", 3
    )
    assert got and all("ハラール" not in q.text for q in got)


def test_english_source_text_only_when_no_japanese_sentence_answers() -> None:
    english_only = PASSAGES[:1]
    got = pick_sentences(english_only, "ハラール認証は必要？ BPJPH", "yes_no", "ja", 3)
    assert [q.text for q in got] == [PASSAGES[0].text]


def test_compose_names_english_source_text_for_a_japanese_reader() -> None:
    q = understand("インドネシアで醤油のハラール認証は必要？ BPJPH", frozenset({"ID"}))
    assert q.language == "ja"
    got = compose(q, q.text, PASSAGES[:1], [], {}, None)
    quoted = [line for line in got.lines if "Law No." in line]
    assert quoted and quoted[0].startswith("・（英語の原文）")
