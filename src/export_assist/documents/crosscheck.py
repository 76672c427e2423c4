"""Cross-document consistency: the same parties, quantities, values, HS codes and origin
in every document of one shipment (compared on what the built documents state)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from export_assist.documents.problems import Problem, document_name_ja
from export_assist.documents.view import DocView


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _compare(a: DocView, b: DocView, path: str, va: Any, vb: Any) -> Problem | None:
    if va is None or vb is None or va == vb:
        return None
    return Problem(
        field=f"documents.{b.kind}.{path}",
        code="documents_disagree",
        message=f"the {_label(a.kind)} states {path} = {va}, the {_label(b.kind)} states {vb}",
        message_ja=f"{document_name_ja(a.kind)}では {path} = {va}、{document_name_ja(b.kind)}では {vb} です",
    )


def cross_check(views: Sequence[DocView]) -> list[Problem]:
    """Compare every document with the first one that states the same fact."""
    problems: list[Problem] = []
    for i, b in enumerate(views):
        for a in views[:i]:
            found = _pair(a, b)
            problems += [p for p in found if p.field not in {q.field for q in problems}]
    return problems


def _pair(a: DocView, b: DocView) -> list[Problem]:
    out: list[Problem | None] = []
    for key in ("exporter", "consignee"):
        out.append(_compare(a, b, key, a.facts.get(key), b.facts.get(key)))
    ta, tb = a.facts.get("totals", {}), b.facts.get("totals", {})
    for key in set(ta) & set(tb):
        out.append(_compare(a, b, f"totals.{key}", ta[key], tb[key]))
    la, lb = a.facts.get("lines", []), b.facts.get("lines", [])
    if la and lb and len(la) != len(lb):
        out.append(_compare(a, b, "lines.count", len(la), len(lb)))
    for n, (ra, rb) in enumerate(zip(la, lb, strict=False)):
        for key in set(ra) & set(rb):
            out.append(_compare(a, b, f"lines[{n}].{key}", ra[key], rb[key]))
    return [p for p in out if p is not None]
