"""A family word (工作機械, machine tools) asks which kind; a named kind or a part does not."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.kinds import kind_question
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.table import default_table


@pytest.mark.parametrize("name", ["工作機械", "中古の工作機械", "Machine tools for metal"])
def test_a_family_word_asks_which_kind_with_the_headings(name: str) -> None:
    question = kind_question(from_text(name))
    assert question is not None and question.attribute == "kind"
    assert question.codes == ["8456", "8457", "8458", "8459", "8460", "8461", "8462", "8463"]
    assert "旋盤（8458項）" in question.question_ja and "lathe (8458)" in question.question_en
    # the suggester's question: asked before any material, use or form question
    assert clarifying_question(from_text(name), [], default_table()) == question


@pytest.mark.parametrize("name", ["CNC旋盤", "Used lathe machine tool", "工作機械用部品"])
def test_a_named_kind_or_a_part_asks_nothing(name: str) -> None:
    assert kind_question(from_text(name)) is None
