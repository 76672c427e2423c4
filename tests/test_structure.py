"""The shape of the package: no import cycle, no module over 300 lines, and one way of
adding a CLI command (a module's own Typer, mounted only in `cli/__init__.py`)."""

from __future__ import annotations

import ast
import importlib
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest
import typer

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "export_assist"
MAX_LINES = 300


def _module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return skip


def _targets(name: str, path: Path) -> set[str]:
    """Every name an import statement names (lazy ones too; not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_only(tree)
    base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            prefix = base[: len(base) - node.level + 1] if node.level else []
            module = ".".join([*prefix, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package modules it imports (`from pkg import mod` counts both)."""
    modules = {_module_name(p, package): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps = set()
        for target in _targets(name, path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target not in (name, package.name):
                deps.add(target)
        graph[name] = deps
    return graph


def test_no_import_cycle() -> None:
    """The same rule as /work/shared/tools/import_cycles.py, with no exception."""
    try:
        TopologicalSorter(import_graph()).prepare()
    except CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


def test_the_cycle_check_sees_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from pkg.sub import a\n")
    (package / "sub" / "a.py").write_text("def f() -> None:\n    from pkg import sub\n")
    with pytest.raises(CycleError):
        TopologicalSorter(import_graph(package)).prepare()


def test_every_module_is_at_most_300_lines() -> None:
    sizes = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {str(p.relative_to(PACKAGE)): n for p, n in sizes.items() if n > MAX_LINES} == {}


def _cli_modules() -> list[Path]:
    return sorted(p for p in (PACKAGE / "cli").glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("path", _cli_modules(), ids=lambda p: p.name)
def test_cli_modules_do_not_mount_commands(path: Path) -> None:
    """Commands are declared with a decorator on the module's own Typer; mounting (and
    the old `register(app)` hooks) happen only in cli/__init__.py."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    mounts = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add_typer"
    ]
    hooks = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and "register" in n.name]
    assert (mounts, hooks) == ([], [])


def _mounted(group: typer.Typer) -> list[typer.Typer]:
    found = [group]
    for info in group.registered_groups:
        assert info.typer_instance is not None
        found += _mounted(info.typer_instance)
    return found


def test_every_typer_of_the_cli_is_mounted() -> None:
    """A Typer that nobody mounts would hold commands no user can reach."""
    from export_assist.cli import app

    mounted = {id(t) for t in _mounted(app)}
    declared = {
        f"{path.stem}.{name}"
        for path in _cli_modules()
        for name, value in vars(importlib.import_module(f"export_assist.cli.{path.stem}")).items()
        if isinstance(value, typer.Typer) and id(value) not in mounted
    }
    assert declared == set()
