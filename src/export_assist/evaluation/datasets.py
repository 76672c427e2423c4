"""JSONL datasets: one example a line; a bad line is an error naming file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, Field, ValidationError

from export_assist.errors import InvalidInput

T = TypeVar("T", bound=BaseModel)


class RetrievalExample(BaseModel):
    """A question with the documents (or passages) that answer it."""

    id: str
    question: str
    language: str = "en"
    country: str | None = None
    gold_doc_ids: list[str] = Field(default_factory=list)
    gold_chunk_ids: list[str] = Field(default_factory=list)
    key_facts: list[str] = Field(default_factory=list)


def load_jsonl(path: Path, model: type[T]) -> list[T]:
    """Parse a JSONL file into models."""
    if not path.exists():
        raise InvalidInput(f"dataset not found: {path}")
    examples: list[T] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            examples.append(model.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InvalidInput(f"{path}:{number}: not a valid example ({exc})") from exc
    return examples
