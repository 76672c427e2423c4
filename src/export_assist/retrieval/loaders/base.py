"""What every loader returns: document metadata plus text blocks with their place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from export_assist.domain.corpus import DocumentMeta


class LoadError(Exception):
    """A file could not be loaded; the message says why (shown in the ingest summary)."""


@dataclass
class Block:
    """A run of text at one place in a document: its heading path and page."""

    text: str
    section: str = ""
    page: int | None = None
    markdown: bool = True
    language: str | None = None  # when it differs from the document's


@dataclass
class LoadedDocument:
    """A document ready for chunking."""

    meta: DocumentMeta
    blocks: list[Block]
    path: Path
    warnings: list[str] = field(default_factory=list)


SUMMARY_SECTION = "概要(日本語)"


def with_japanese_summary(doc: LoadedDocument) -> LoadedDocument:
    """Index the front matter's Japanese summary of a non-Japanese document as a passage
    of its own, so a question in Japanese finds the document in both retrievers."""
    summary = doc.meta.summary_ja.strip()
    if summary and doc.meta.language != "ja":
        doc.blocks.append(
            Block(text=summary, section=SUMMARY_SECTION, markdown=False, language="ja")
        )
    return doc


_FOLDER_COUNTRY = re.compile(r"^[a-z]{2}$|^eu$|^intl$")


def default_meta(path: Path, title: str | None = None) -> dict[str, Any]:
    """Metadata for a file that has none: id from the path, country from its folder."""
    folder = path.parent.name.lower()
    country = folder.upper() if _FOLDER_COUNTRY.match(folder) else "INTL"
    if country == "UK":
        country = "GB"
    slug = re.sub(r"[^a-z0-9]+", "-", f"{folder}-{path.stem}".lower()).strip("-")
    return {
        "id": slug,
        "title": title or path.stem.replace("-", " ").replace("_", " "),
        "country": country,
    }


def build_meta(raw: dict[str, Any], path: Path) -> DocumentMeta:
    """Validate front matter; a bad field becomes a LoadError naming the file and field."""
    try:
        return DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'front matter'}: {err['msg']}"
            for err in exc.errors()
        )
        raise LoadError(f"invalid metadata in {path}: {problems}") from exc


def read_sidecar(path: Path) -> dict[str, Any] | None:
    """Metadata for a PDF/HTML file from `<file>.yaml` beside it, if present."""
    sidecar = path.with_name(path.name + ".yaml")
    if not sidecar.exists():
        return None
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LoadError(f"{sidecar}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise LoadError(f"{sidecar}: expected a mapping of metadata fields")
    return data
