"""HTML through BeautifulSoup: text split at h1-h4 headings."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

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

_HEADINGS = ("h1", "h2", "h3", "h4")


def load_html(path: Path) -> LoadedDocument:
    """Load an HTML page, dropping scripts, styles and navigation."""
    try:
        soup = BeautifulSoup(path.read_bytes(), "html.parser")
    except (OSError, ValueError) as exc:
        raise LoadError(f"{path}: not readable HTML ({exc})") from exc
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    title_tag = soup.find("title") or soup.find("h1")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    body = soup.body or soup
    blocks: list[Block] = []
    path_stack: list[tuple[int, str]] = []
    current: list[str] = []

    def flush() -> None:
        text = clean_text("\n".join(current))
        if text:
            blocks.append(
                Block(text=text, section=" > ".join(h for _, h in path_stack), markdown=False)
            )
        current.clear()

    for element in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "pre"]):
        if element.name in _HEADINGS:
            flush()
            level = int(element.name[1])
            while path_stack and path_stack[-1][0] >= level:
                path_stack.pop()
            if level > 1:
                path_stack.append((level, element.get_text(" ", strip=True)))
        elif element.find_parent(["li", "td"]) is None or element.name in ("li", "td"):
            current.append(element.get_text(" ", strip=True))
    flush()
    if not blocks:
        raise LoadError(f"{path}: no text in the page")
    raw_meta = read_sidecar(path) or default_meta(path, title)
    raw_meta.setdefault("language", detect_language(" ".join(b.text for b in blocks)))
    return LoadedDocument(meta=build_meta(raw_meta, path), blocks=blocks, path=path)
