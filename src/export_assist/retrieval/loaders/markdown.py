"""Markdown with YAML front matter, split into blocks at headings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from export_assist.languages import detect_language
from export_assist.retrieval.loaders.base import (
    Block,
    LoadedDocument,
    LoadError,
    build_meta,
    default_meta,
)
from export_assist.retrieval.normalize import clean_text

_MD = MarkdownIt("commonmark").enable("table")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any] | None, str, int]:
    """Return (front matter, body, line offset of the body)."""
    if not text.startswith("---"):
        return None, text, 0
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as exc:
                raise LoadError(f"{path}: front matter is not valid YAML ({exc})") from exc
            if not isinstance(data, dict):
                raise LoadError(f"{path}: front matter must be a mapping of fields")
            return data, "\n".join(lines[i + 1 :]), i + 1
    raise LoadError(f"{path}: front matter starts with '---' but never ends")


def heading_blocks(body: str) -> tuple[str | None, list[Block]]:
    """Split a Markdown body at its headings; return (first H1 text, blocks with paths)."""
    lines = body.split("\n")
    tokens = _MD.parse(body)
    cuts: list[tuple[int, int, str]] = []  # (line, level, heading text)
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.map:
            cuts.append((tok.map[0], int(tok.tag[1]), tokens[i + 1].content.strip()))
    title: str | None = None
    stack: list[tuple[int, str]] = []
    blocks: list[Block] = []
    starts = [c[0] for c in cuts] + [len(lines)]
    if cuts and cuts[0][0] > 0:
        blocks.append(Block(text="\n".join(lines[: cuts[0][0]])))
    elif not cuts:
        blocks.append(Block(text=body))
    for n, (line, level, heading) in enumerate(cuts):
        if level == 1 and title is None:
            title = heading
        while stack and stack[-1][0] >= level:
            stack.pop()
        if level > 1:
            stack.append((level, heading))
        text = "\n".join(lines[line + 1 : starts[n + 1]])
        blocks.append(Block(text=text, section=" > ".join(h for _, h in stack)))
    return title, [b for b in blocks if b.text.strip()]


def load_markdown(path: Path) -> LoadedDocument:
    """Load one Markdown file; metadata from front matter, else from its path."""
    try:
        raw_text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    front, body, _ = split_front_matter(raw_text, path)
    body = clean_text(body)
    title, blocks = heading_blocks(body)
    raw_meta = front if front is not None else default_meta(path, title)
    raw_meta.setdefault("title", title or path.stem)
    raw_meta.setdefault("language", detect_language(body))
    meta = build_meta(raw_meta, path)
    if not blocks:
        raise LoadError(f"{path}: no text after the front matter")
    return LoadedDocument(meta=meta, blocks=blocks, path=path)
