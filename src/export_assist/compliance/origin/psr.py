"""Product-specific rules of origin from structured tables (the uk-roo JSON layout).

A table is {"rule_sets": [{"heading", "subdivision", "min", "max", "rules": [{"rule",
"class", "operator"}], "valid"}]}: a rule set covers the 10-digit range min..max.
The PSR annexes join criteria with ";" / "or" (any one qualifies), so each rule with
a class (CTH, RVC...) or an explicit "or" starts an alternative; a proviso ("However,
non-originating X may be used", "The total weight of...") qualifies the rule before
it. The raw operator is kept on every rule, so nothing of the source is lost.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from export_assist.domain.compliance import clean_hs
from export_assist.errors import InvalidInput

_TAG = re.compile(r"<[^>]+>")
_PROVISO = ("However", "Provided", "provided", "The total weight", "The value", "except")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def plain(text: str) -> str:
    """Rule text without HTML tags, Markdown links and bold marks."""
    text = _LINK.sub(r"\1", _TAG.sub("", html.unescape(text)))
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


class PsrRule(BaseModel):
    """One rule: its text and its classes (CTH, CTSH, RVC, MAXNOM, WO ...)."""

    text: str
    classes: list[str] = Field(default_factory=list)
    operator: str | None = None


class PsrRuleSet(BaseModel):
    """The rules for a range of codes; `alternatives` are the ways to qualify (any one)."""

    agreement: str
    heading: str
    subdivision: str = ""
    range_min: str
    range_max: str
    alternatives: list[list[PsrRule]]


class PsrTable:
    """A loaded PSR table; lookup returns the most specific rule sets first."""

    def __init__(self, agreement: str, rule_sets: list[dict[str, Any]]) -> None:
        self.agreement = agreement
        self._sets = [s for s in rule_sets if s.get("valid", True)]

    @classmethod
    def from_file(cls, agreement: str, path: Path) -> PsrTable:
        """Read a JSON table; a file in another layout is refused with the reason."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InvalidInput(f"{path}: cannot read the PSR table ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("rule_sets"), list):
            raise InvalidInput(f"{path}: expected a JSON object with a 'rule_sets' list")
        return cls(agreement, data["rule_sets"])

    def __len__(self) -> int:
        return len(self._sets)

    def lookup(self, hs_code: str) -> list[PsrRuleSet]:
        """Rule sets covering the code (padded to 10 digits), narrowest range first."""
        code = clean_hs(hs_code)
        low, high = code.ljust(10, "0"), code.ljust(10, "9")
        found = [
            s for s in self._sets if str(s.get("min", "")) <= high and str(s.get("max", "")) >= low
        ]
        found.sort(key=lambda s: int(str(s["max"])) - int(str(s["min"])))
        return [self._structured(s) for s in found]

    def _structured(self, raw: dict[str, Any]) -> PsrRuleSet:
        groups: list[list[PsrRule]] = []
        for rule in raw.get("rules") or []:
            item = PsrRule(
                text=plain(str(rule.get("rule", ""))),
                classes=list(rule.get("class") or []),
                operator=rule.get("operator"),
            )
            proviso = not item.classes and item.text.startswith(_PROVISO)
            if groups and item.operator != "or" and proviso:
                groups[-1].append(item)
            else:
                groups.append([item])
        return PsrRuleSet(
            agreement=self.agreement,
            heading=str(raw.get("heading", "")),
            subdivision=str(raw.get("subdivision", "")),
            range_min=str(raw.get("min", "")),
            range_max=str(raw.get("max", "")),
            alternatives=groups,
        )
