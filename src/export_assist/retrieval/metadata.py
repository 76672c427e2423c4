"""Chunk metadata in Chroma's flat form, filters over it, and citations from it.

Chroma metadata values are scalars, so list fields (topics, categories, HS prefixes)
are stored twice: joined for display, and as boolean flag keys (`t_labelling`,
`c_food`, `hs_0902`) that `where` clauses can match exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from export_assist.domain.citations import Citation, SearchFilters
from export_assist.domain.corpus import Chunk, DocumentMeta
from export_assist.domain.urls import safe_link
from export_assist.geo import jurisdictions_for
from export_assist.retrieval.vectorstore import Metadata


def chunk_metadata(chunk: Chunk, meta: DocumentMeta, source_path: str, file_hash: str) -> Metadata:
    """The flat metadata stored with each chunk."""
    source = meta.primary_source
    out: Metadata = {
        "doc_id": meta.id,
        "title": meta.title,
        "title_ja": meta.title_ja,
        "country": meta.country,
        "language": chunk.language,
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "ordinal": chunk.ordinal,
        "authority": meta.authority,
        "source_url": source.url if source else "",
        "source_title": source.title if source else "",
        "publisher": source.publisher if source else "",
        "verified_on": meta.verified_on.isoformat() if meta.verified_on else "",
        "review_status": meta.review_status,
        "volatile": meta.volatile,
        "review_notes": meta.review_notes.strip(),
        "topics": "|".join(meta.topics),
        "categories": "|".join(meta.categories),
        "hs_prefixes": "|".join(meta.hs_prefixes),
        "legal_basis": " | ".join(meta.legal_basis),
        "source_path": source_path,
        "file_hash": file_hash,
        "hs_any": bool(meta.hs_prefixes),
        "cat_any": bool(meta.categories),
    }
    for topic in meta.topics:
        out[f"t_{topic}"] = True
    for category in meta.categories:
        out[f"c_{category}"] = True
    for prefix in meta.hs_prefixes:
        out[f"hs_{prefix}"] = True
    return out


def index_text(metadata: Metadata, text: str) -> str:
    """What is embedded and lexically indexed: title and section give a passage context."""
    head = str(metadata.get("title", ""))
    section = str(metadata.get("section", ""))
    if section:
        head = f"{head} — {section}"
    return f"{head}\n{text}" if head else text


def citation_from(metadata: dict[str, Any]) -> Citation:
    """Rebuild a citation from stored metadata."""
    page = metadata.get("page", -1)
    verified = metadata.get("verified_on") or None
    return Citation(
        doc_id=str(metadata.get("doc_id", "")),
        title=str(metadata.get("title", "")),
        title_ja=str(metadata.get("title_ja", "")),
        section=str(metadata.get("section", "")),
        page=int(page) if isinstance(page, int) and page >= 0 else None,
        country=str(metadata.get("country", "")),
        source_url=safe_link(str(metadata.get("source_url", ""))),
        source_title=str(metadata.get("source_title", "")),
        publisher=str(metadata.get("publisher", "")),
        verified_on=dt.date.fromisoformat(str(verified)) if verified else None,
        review_status=str(metadata.get("review_status", "verified")),
    )


# A clause is a list of alternatives (key, value): it holds when any alternative holds.
Clause = list[tuple[str, Any]]


@dataclass
class CompiledFilter:
    """Filters compiled once, usable as a Chroma `where` and as a Python predicate."""

    clauses: list[Clause]

    def where(self) -> dict[str, Any] | None:
        """The Chroma `where` clause (None when nothing is filtered)."""
        parts: list[dict[str, Any]] = []
        for clause in self.clauses:
            options = [_eq(key, value) for key, value in clause]
            parts.append(options[0] if len(options) == 1 else {"$or": options})
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else {"$and": parts}

    def matches(self, metadata: Metadata) -> bool:
        """The same filter evaluated in Python (for the lexical index)."""
        return all(
            any(_holds(metadata, key, value) for key, value in clause) for clause in self.clauses
        )


def _eq(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        return {key: {"$in": value}}
    return {key: {"$eq": value}}


def _holds(metadata: Metadata, key: str, value: Any) -> bool:
    present = metadata.get(key)
    if isinstance(value, list):
        return bool(present in value)
    if value is True:
        return present is True
    return bool(present == value)


def compile_filters(filters: SearchFilters | None) -> CompiledFilter:
    """Turn search filters into clauses. A destination country also matches the blocs it
    belongs to (DE matches EU documents) and cross-cutting (INTL) documents; a product
    category or HS code also matches documents that are not product-specific."""
    clauses: list[Clause] = []
    if filters is None:
        return CompiledFilter(clauses)
    if filters.country:
        clauses.append([("country", jurisdictions_for(filters.country))])
    if filters.topics:
        clauses.append([(f"t_{topic}", True) for topic in filters.topics])
    if filters.categories:
        clauses.append([(f"c_{c}", True) for c in filters.categories] + [("cat_any", False)])
    if filters.hs_code:
        code = filters.hs_code
        prefixes = [code[:n] for n in range(2, len(code) + 1)]
        clauses.append([(f"hs_{p}", True) for p in prefixes] + [("hs_any", False)])
    if filters.language:
        clauses.append([("language", filters.language)])
    if filters.doc_ids:
        clauses.append([("doc_id", list(filters.doc_ids))])
    return CompiledFilter(clauses)
