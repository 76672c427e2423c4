"""A consistency problem: which field, what rule, and a message a person understands."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class Problem(BaseModel):
    """One failed check; errors stop rendering, warnings do not."""

    field: str
    code: str
    message: str
    severity: Literal["error", "warning"] = "error"


class ValidationReport(BaseModel):
    """Every problem found in a shipment and its documents."""

    problems: list[Problem]

    @property
    def ok(self) -> bool:
        """True when nothing blocks rendering."""
        return not any(p.severity == "error" for p in self.problems)
