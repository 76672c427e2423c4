"""Every YAML file the product reads says each key once in a mapping: PyYAML keeps the last of
two silently, so a word added again (s50: 和紙, 花札, 鉄瓶 twice in product_terms_ja.yaml, the
first value dead) changes what the earlier entry's comment says it does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(
    p
    for folder in ("src/export_assist", "regulations", "programmes", "prompts")
    for p in (ROOT / folder).rglob("*.yaml")
)


class _OnceLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping key said twice, naming its line."""


def _mapping_once(loader: _OnceLoader, node: yaml.MappingNode, deep: bool = False) -> object:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"{key!r} again at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_OnceLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


def test_the_data_files_are_found() -> None:
    names = {p.name for p in FILES}
    assert {"product_terms_ja.yaml", "everyday.yaml"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_key_is_said_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_OnceLoader)


def test_a_key_said_twice_is_refused_with_its_line() -> None:
    with pytest.raises(ValueError, match="'和紙' again at line 3"):
        yaml.load('"和紙": a\n"花札": b\n"和紙": c\n', Loader=_OnceLoader)
