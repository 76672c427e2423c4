"""Session 14 (issue 9 item 3): the sentence that holds a fresh question's fact is quotable
and chosen: a limit asks for its figure, a question whether a rule applies is answered by
the sentence stating its scope, "N歳以下の" is no list head, and a leaning sentence too long
to read with the one before it still counts."""

from __future__ import annotations

import pytest

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import understand
from export_assist.answering.units import units
from export_assist.container import Container
from export_assist.domain.citations import Citation, SearchHit

COVERED = frozenset("US EU DE FR GB KR".split())


def hit(doc_id: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc_id, title=doc_id, url="https://example.org/x", section="s")
    return SearchHit(chunk_id=f"{doc_id}-1", text=text, citation=citation, score=score)


def test_a_limit_asks_for_its_figure() -> None:
    assert understand(
        "韓国向けの陶磁器の食器で、釉薬のカドミウムに上限はある？", COVERED
    ).qtype == ("number")
    got = understand("Is there a limit on formaldehyde in plywood sold in the US?", COVERED)
    assert got.qtype == "number"
    # a question with no limit in it keeps its own type, and one asking whose limits apply
    # asks for no figure
    assert understand("Who checks the plywood at the US border?", COVERED).qtype == "who"
    got = understand("We sell green tea in Korea. Whose residue limits apply to it?", COVERED)
    assert got.qtype != "number"


def test_an_amount_or_less_is_no_list_head() -> None:
    text = (
        "- 玩具とは、主に14歳以下の子どものために設計された遊具をいいます（人形、積み木など）。\n"
        "- 玩具は、輸入の前に認定試験機関で試験を受けなければなりません。\n"
        "- 試験項目には、塗装の鉛（上限90 ppm）と可塑剤などがあります。"
    )
    found = units(text)
    assert any("90 ppm" in u and u.startswith("試験項目には") for u in found), found
    assert all("：" not in u for u in found), found


def test_a_leaning_sentence_too_long_to_join_still_states_its_dates() -> None:
    first = (
        "The agency's revised registration rule (published 3 March 2025) requires importers "
        "to submit the registration number of every supplier electronically at entry for "
        "each shipment of regulated goods, with the product code and the plant address."
    )
    second = (
        "It has applied since 1 June 2026 for most shipments, and applies from 1 March 2027 "
        "for goods withdrawn from a bonded warehouse (both dates as stated in the final rule; "
        "re-checked at the end of 2026, no later delay was found in the agency's notices or "
        "in the register)."
    )
    found = units(f"{first} {second}")
    assert any("1 March 2027" in u for u in found), found


def test_a_question_whether_a_rule_applies_quotes_its_scope() -> None:
    passages = [
        hit("eu-toys", "Toys must carry a CE marking and the name of the importer."),
        hit("eu-toys", "Toys must be accompanied by warnings in the language of the buyer."),
        hit(
            "eu-toys",
            "The Directive applies to products designed for use in play by children under "
            "14 years of age.",
            score=0.3,
        ),
    ]
    got = pick_sentences(
        passages, "Do the EU toy rules apply to our wooden puzzles for adults?", "yes_no", "en", 1
    )
    assert "under 14 years" in got[0].text
    # the same passages for a question that asks no scope: the marking comes first
    got = pick_sentences(passages, "What must our toys carry?", "what", "en", 1)
    assert "CE marking" in got[0].text


@pytest.mark.slow
def test_a_checklist_with_no_item_is_no_overview(corpus_container: Container) -> None:
    """When the checklist lists nothing for the product, the chat does not say 「0件。主なもの:」
    over an empty list: the passages answer (or an advisor gets the question)."""
    c = corpus_container
    empty = AnswerEngine(c.searcher, c.card_library, c.termbase, requirements=lambda *_: [])
    q = empty.understand("フランスに冷凍のホタテを輸出したい。")
    assert q.intent == "checklist"
    a = empty.answer(q)
    assert a.kind != "overview" and "0件" not in a.text, a.text
    assert a.text.strip()
