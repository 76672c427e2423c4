"""What the store holds per source file, and whether that file was written completely.

Chroma has no transaction across upsert batches, and a batch may hold chunks of several
files, so a crash (kill -9, power loss) can leave a file half written. Every chunk
therefore carries its file's hash *and* its file's chunk count: a file counts as
complete only when all chunks stored under its path share one hash and their number
equals that count. Anything else is a partial file, which the next ingest re-indexes
(cached embeddings make that cheap).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from export_assist.retrieval.vectorstore import Metadata


@dataclass
class FileState:
    """The chunks stored for one source path."""

    doc_id: str = ""
    title: str = ""
    title_ja: str = ""
    country: str = ""
    verified_on: str = ""
    ids: list[str] = field(default_factory=list)
    hashes: set[str] = field(default_factory=set)
    counts: set[int] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        """All chunks from one version of the file, and all of them there."""
        return (
            len(self.hashes) == 1
            and len(self.counts) == 1
            and next(iter(self.counts)) == len(self.ids)
        )

    @property
    def digest(self) -> str:
        """The file hash the store holds, or '' for a partial file (to be re-indexed)."""
        return next(iter(self.hashes)) if self.complete else ""


def files_in_store(metadata: dict[str, Metadata]) -> dict[str, FileState]:
    """Group stored chunks by source path."""
    files: dict[str, FileState] = {}
    for cid, meta in metadata.items():
        state = files.setdefault(str(meta.get("source_path", "")), FileState())
        state.doc_id = state.doc_id or str(meta.get("doc_id", ""))
        state.title = state.title or str(meta.get("title", ""))
        state.title_ja = state.title_ja or str(meta.get("title_ja", ""))
        state.country = state.country or str(meta.get("country", ""))
        state.verified_on = state.verified_on or str(meta.get("verified_on", ""))
        state.ids.append(cid)
        state.hashes.add(str(meta.get("file_hash", "")))
        count = meta.get("file_chunks")
        # Chunks written before counts were stored have none: re-indexed once, as partial.
        state.counts.add(int(count) if isinstance(count, int) else -1)
    return files
