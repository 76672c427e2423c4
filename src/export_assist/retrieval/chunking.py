"""Structure-aware chunking: headings, numbered articles, small tables kept whole; a long
paragraph is cut at the sentence ends of the one splitter (export_assist.sentences)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from export_assist.domain.corpus import Chunk
from export_assist.retrieval.loaders.base import Block, LoadedDocument
from export_assist.sentences import split_sentences
from export_assist.settings import ChunkingSettings

# Numbered legal units start a new chunk: "Article 5", "Art. 5", "Section 3", "第5条", "§ 4".
_ARTICLE = re.compile(
    r"^\s*(Article\s+\d+|Art\.\s*\d+|Section\s+\d+|§\s*\d+|第[0-9一二三四五六七八九十百]+条)"
)


def _is_table_line(line: str) -> bool:
    return line.lstrip().startswith("|")


def units_of(block: Block) -> list[str]:
    """Paragraphs, tables and numbered articles of a block, in order."""
    units: list[str] = []
    current: list[str] = []
    in_table = False

    def flush() -> None:
        if current:
            units.append("\n".join(current).strip())
            current.clear()

    for line in block.text.split("\n"):
        table_line = _is_table_line(line)
        if table_line != in_table or not line.strip() or _ARTICLE.match(line):
            flush()
            in_table = table_line
        if line.strip():
            current.append(line)
    flush()
    return [u for u in units if u]


def _split_table(table: str, max_chars: int) -> list[str]:
    """A table too big for one chunk: rows in groups, each group with the header rows."""
    rows = table.split("\n")
    header, body = rows[:2], rows[2:]
    parts: list[str] = []
    group: list[str] = []
    for row in body:
        if group and len("\n".join(header + group + [row])) > max_chars:
            parts.append("\n".join(header + group))
            group = []
        group.append(row)
    if group:
        parts.append("\n".join(header + group))
    return parts


def _split_long(unit: str, settings: ChunkingSettings) -> list[str]:
    """Break a unit longer than max_chars at sentence boundaries (or hard, as a last resort)."""
    if _is_table_line(unit):
        return _split_table(unit, settings.max_chars)
    pieces: list[str] = []
    for sentence in split_sentences(unit):
        while len(sentence) > settings.max_chars:
            pieces.append(sentence[: settings.max_chars])
            sentence = sentence[settings.max_chars :]
        pieces.append(sentence)
    return pieces


def pack(units: Iterable[str], settings: ChunkingSettings) -> list[str]:
    """Pack units into chunks of about target_chars, never above max_chars."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for unit in units:
        pieces = [unit] if len(unit) <= settings.max_chars else _split_long(unit, settings)
        for piece in pieces:
            starts_article = bool(_ARTICLE.match(piece))
            if current and (size + len(piece) > settings.target_chars or starts_article):
                chunks.append("\n\n".join(current))
                overlap = (
                    current[-settings.overlap_sentences :] if settings.overlap_sentences else []
                )
                # Overlap only sentence-sized tails, and never across a new article.
                overlap = [o for o in overlap if len(o) < settings.target_chars // 3]
                current = [] if starts_article else overlap
                size = sum(len(c) for c in current)
            current.append(piece)
            size += len(piece)
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def chunk_id(doc_id: str, section: str, page: int | None, text: str) -> str:
    """Content-hash id: the same passage at the same place always gets the same id."""
    digest = hashlib.sha256(f"{doc_id}\x1f{section}\x1f{page}\x1f{text}".encode()).hexdigest()
    return f"{doc_id}:{digest[:20]}"


def chunk_document(doc: LoadedDocument, settings: ChunkingSettings) -> list[Chunk]:
    """Chunk every block of a loaded document, keeping section path and page."""
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for block in doc.blocks:
        language = block.language or doc.meta.language
        for text in pack(units_of(block), settings):
            cid = chunk_id(doc.meta.id, block.section, block.page, text)
            if cid in seen:
                continue
            seen.add(cid)
            chunks.append(
                Chunk(
                    id=cid,
                    doc_id=doc.meta.id,
                    text=text,
                    section=block.section,
                    page=block.page,
                    ordinal=len(chunks),
                    language=language,
                )
            )
    return chunks
