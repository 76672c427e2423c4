"""The shared file:line reporter for YAML record lists (cards and programmes use it)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from export_assist.yaml_records import RecordProblem, record_nodes, validate_record


class _Item(BaseModel):
    id: str
    tags: list[int] = Field(default_factory=list)


TEXT = """\
- id: a
  tags: [1, 2]
- id: b
  tags:
    - 3
    - x
- just a string
"""


def _load(text: str) -> tuple[list[_Item], list[RecordProblem]]:
    problems: list[RecordProblem] = []
    items = [
        item
        for node, raw in record_nodes(text, "f.yaml", problems, "not a list")
        if (item := validate_record(_Item, node, raw, "f.yaml", problems, kind="record"))
    ]
    return items, problems


def test_each_error_points_at_the_line_of_its_field() -> None:
    items, problems = _load(TEXT)
    assert [i.id for i in items] == ["a"]
    assert [str(p) for p in problems] == [
        "f.yaml:6: 'b': tags.1: Input should be a valid integer, unable to parse string as an integer",
        "f.yaml:7: a record must be a mapping of fields",
    ]


def test_broken_yaml_and_a_mapping_at_the_top_are_problems_not_crashes() -> None:
    assert _load("- id: [\n")[1][0].message.startswith("not valid YAML")
    assert _load("- id: [\n")[1][0].line == 2
    assert [str(p) for p in _load("id: a\n")[1]] == ["f.yaml:1: not a list"]
    assert _load("") == ([], [])
