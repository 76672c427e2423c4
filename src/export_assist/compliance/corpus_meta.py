"""Read the corpus's metadata (front matter and sidecars) without indexing anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from export_assist.domain.corpus import DocumentMeta
from export_assist.retrieval.loaders.base import LoadError, build_meta
from export_assist.retrieval.loaders.markdown import split_front_matter


@dataclass(frozen=True)
class CorpusDoc:
    """A corpus document's metadata and where it lives."""

    meta: DocumentMeta
    path: Path


def _meta_for(path: Path) -> DocumentMeta | None:
    if path.suffix.lower() == ".md":
        front, _, _ = split_front_matter(path.read_text(encoding="utf-8"), path)
        return build_meta(front, path) if front is not None else None
    if path.name.endswith((".pdf.yaml", ".html.yaml", ".txt.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return build_meta(raw, path) if isinstance(raw, dict) else None
    return None


def scan_corpus(root: Path) -> tuple[list[CorpusDoc], list[str]]:
    """Every document with front matter under root, and the problems met on the way."""
    docs: list[CorpusDoc] = []
    problems: list[str] = []
    if not root.exists():
        return docs, [f"{root}: corpus folder not found"]
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.parent.name == "cards":
            continue
        try:
            meta = _meta_for(path)
        except (LoadError, OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            problems.append(str(exc))
            continue
        if meta is not None:
            docs.append(CorpusDoc(meta, path))
    return docs, problems
