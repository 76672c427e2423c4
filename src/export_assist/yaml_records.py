"""YAML files that hold a list of records, validated by a pydantic model; every problem
names its file and line (shared by requirement cards and the programme catalogue)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class RecordProblem:
    """One thing wrong with a record file, at a line a person can open."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def field_line(node: yaml.Node, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the field an error points at (the record's line if not found)."""
    current: yaml.Node = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            match = [v for k, v in current.value if getattr(k, "value", None) == part]
            if not match:
                break
            current = match[0]
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(current.value):
                break
            current = current.value[part]
        else:
            break
    return current.start_mark.line + 1


def record_nodes(
    text: str, path: str, problems: list[RecordProblem], not_a_list: str
) -> Iterator[tuple[yaml.Node, Any]]:
    """Each item of a YAML list with its node (for lines); unreadable text is a problem."""
    loader = _LOADER(text)
    try:
        # the node tree gives the lines; its values are built from the same tree, as
        # safe_load builds them (one parse, by libyaml where PyYAML has it: the pure-Python
        # parser took 28 s for the cards under load, a third of the first chat turn)
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problems.append(RecordProblem(path, line, f"not valid YAML ({exc})"))
        return
    finally:
        loader.dispose()
    if root is None:
        return
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        problems.append(RecordProblem(path, 1, not_a_list))
        return
    yield from zip(root.value, data, strict=True)


def validate_record(
    model: type[M],
    node: yaml.Node,
    raw: Any,
    path: str,
    problems: list[RecordProblem],
    *,
    kind: str,
    prefix: str = "",
) -> M | None:
    """The record as `model`, or None with each error at its field's line in `problems`."""
    if not isinstance(raw, dict) or not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + 1
        problems.append(RecordProblem(path, line, f"a {kind} must be a mapping of fields"))
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        label = raw.get("id", "?")
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or kind
            at = field_line(node, tuple(err["loc"]))
            problems.append(RecordProblem(path, at, f"{prefix}{label!r}: {field}: {err['msg']}"))
        return None
