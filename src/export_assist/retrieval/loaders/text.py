"""Plain text: paragraphs, metadata from a sidecar or the path."""

from __future__ import annotations

from pathlib import Path

from export_assist.languages import detect_language
from export_assist.retrieval.loaders.base import (
    Block,
    LoadedDocument,
    LoadError,
    build_meta,
    default_meta,
    read_sidecar,
)
from export_assist.retrieval.normalize import clean_text


def load_text(path: Path) -> LoadedDocument:
    """Load a UTF-8 text file."""
    try:
        text = clean_text(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    if not text:
        raise LoadError(f"{path}: empty file")
    raw_meta = read_sidecar(path) or default_meta(path)
    raw_meta.setdefault("language", detect_language(text))
    return LoadedDocument(
        meta=build_meta(raw_meta, path), blocks=[Block(text=text, markdown=False)], path=path
    )
