"""The layers of the package, checked on every import statement (lazy ones included):
nothing imports upward, and only the entry points see the container."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "export_assist"
ENTRY_POINTS = {"api", "cli", "mcp_server"}
SERVICES = {
    "answering",
    "auth",
    "compliance",
    "documents",
    "duties",
    "matching",
    "outcomes",
    "programmes",
    "retrieval",
    "review",
    "screening",
    "storage",
    "translation",
    "watch",
}
# Who may import whom, by top-level part of the package; unlisted parts are free.
FORBIDDEN: dict[str, set[str]] = {
    "domain": {"*"},  # pure: only domain itself
    "agent": {"container", "wiring", "evaluation", *ENTRY_POINTS},
    "evaluation": {"container", "wiring", *ENTRY_POINTS},
    **{part: {"agent", "container", "wiring", "evaluation", *ENTRY_POINTS} for part in SERVICES},
    "container": ENTRY_POINTS,
    "wiring": {"container", *ENTRY_POINTS},  # the container's own layers, below it
    "api": {"cli", "mcp_server"},
    "mcp_server": {"cli"},
}


def _part(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "(root)"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("export_assist.")}


def _modules() -> list[tuple[str, Path]]:
    return [
        (".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts), p)
        for p in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in p.parts
    ]


def _violations(modules: list[tuple[str, Path]] | None = None) -> list[tuple[str, str]]:
    bad = []
    for module, path in _modules() if modules is None else modules:
        part = _part(module)
        banned = FORBIDDEN.get(part, set())
        for target in _imports(path):
            other = target.split(".")[1]
            if other == part:
                continue
            if "*" in banned or other in banned:
                bad.append((module.removeprefix("export_assist."), other))
    return bad


def test_no_module_imports_upward() -> None:
    """No exception list: an upward import is fixed, not recorded."""
    assert _violations() == []


@pytest.mark.parametrize(
    ("module", "target", "allowed"),
    [
        ("export_assist.agent.fake", "export_assist.container", False),
        ("export_assist.domain.fake", "export_assist.geo", False),
        ("export_assist.retrieval.fake", "export_assist.agent.turn", False),
        ("export_assist.api.fake", "export_assist.container", True),
        ("export_assist.agent.fake", "export_assist.retrieval.search", True),
    ],
)
def test_the_checker_flags_what_it_should(
    module: str, target: str, allowed: bool, tmp_path: Path
) -> None:
    fake = tmp_path / "fake.py"
    fake.write_text(f"def lazy() -> None:\n    import {target}\n")
    found = _violations([(module, fake)])
    assert found == (
        [] if allowed else [(module.removeprefix("export_assist."), target.split(".")[1])]
    )
