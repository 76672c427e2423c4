"""Loaders by file type; `load_file` picks one by extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from export_assist.retrieval.loaders.base import (
    Block,
    LoadedDocument,
    LoadError,
    with_japanese_summary,
)
from export_assist.retrieval.loaders.html import load_html
from export_assist.retrieval.loaders.markdown import load_markdown
from export_assist.retrieval.loaders.pdf import load_pdf
from export_assist.retrieval.loaders.text import load_text

LOADERS: dict[str, Callable[[Path], LoadedDocument]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".pdf": load_pdf,
    ".html": load_html,
    ".htm": load_html,
    ".txt": load_text,
}


def is_loadable(path: Path) -> bool:
    """True for the file types we ingest."""
    return path.suffix.lower() in LOADERS


def load_file(path: Path) -> LoadedDocument:
    """Load one file with the loader for its extension."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoadError(f"{path}: unsupported file type {path.suffix!r}")
    return with_japanese_summary(loader(path))


__all__ = ["Block", "LoadError", "LoadedDocument", "is_loadable", "load_file"]
