"""The document ledger: what each ingest saw, and the changes since the one before.

A document seen for the first time is recorded without a change (a fresh install must
not flag everything); one whose bytes differ from the last recorded version, or that
was removed from the corpus, becomes a `corpus_changes` row. Hashes are of the file's
bytes (and sidecar), not of its chunks, so a new chunking pipeline changes nothing here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from export_assist.domain.watch import DocumentVersion, SourceChange
from export_assist.watch.tables import CorpusChangeRow, CorpusDocumentRow

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def change_public(row: CorpusChangeRow) -> SourceChange:
    """A change row as the API shows it."""
    return SourceChange(
        id=row.id,
        doc_id=row.doc_id,
        title=row.title,
        title_ja=row.title_ja or "",
        country=row.country,
        kind="removed" if row.kind == "removed" else "changed",
        detected_at=row.detected_at,
        verified_before=row.verified_before,
        verified_after=row.verified_after,
    )


class DocumentLedger:
    """Records document versions per ingest and the changes between them."""

    def __init__(self, sessions: sessionmaker[Any], clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(
        self, seen: Sequence[DocumentVersion], removed: Iterable[str] = ()
    ) -> list[SourceChange]:
        """Store what this ingest saw; return the documents that changed or went away."""
        now = self._clock()
        changes: list[CorpusChangeRow] = []
        with self._sessions.begin() as session:
            known = {r.doc_id: r for r in session.scalars(select(CorpusDocumentRow))}
            for doc in seen:
                row = known.get(doc.doc_id)
                if row is None:
                    session.add(_document_row(doc, now))
                    continue
                if row.content_hash != doc.content_hash:
                    changes.append(_change(row, doc, now))
                _update(row, doc, now)
            for doc_id in removed:
                row = known.get(doc_id)
                if row is not None:
                    changes.append(_change(row, None, now))
                    session.delete(row)
            session.add_all(changes)
            session.flush()
            return [change_public(c) for c in changes]

    def changes(
        self, doc_ids: Iterable[str] | None = None, since: dt.datetime | None = None
    ) -> list[SourceChange]:
        """Changes, newest first; only of these documents / after this time when given."""
        query = select(CorpusChangeRow).order_by(CorpusChangeRow.id.desc())
        if doc_ids is not None:
            query = query.where(CorpusChangeRow.doc_id.in_(sorted(set(doc_ids))))
        if since is not None:
            query = query.where(CorpusChangeRow.detected_at > since)
        with self._sessions() as session:
            return [change_public(r) for r in session.scalars(query.limit(1000))]

    def documents(self) -> dict[str, str]:
        """doc_id -> content hash of every recorded document."""
        with self._sessions() as session:
            rows = session.execute(select(CorpusDocumentRow.doc_id, CorpusDocumentRow.content_hash))
            return {doc_id: digest for doc_id, digest in rows}

    def countries(self) -> dict[str, str]:
        """doc_id -> country (jurisdiction) of every recorded document."""
        with self._sessions() as session:
            rows = session.execute(select(CorpusDocumentRow.doc_id, CorpusDocumentRow.country))
            return {doc_id: country for doc_id, country in rows}


def _document_row(doc: DocumentVersion, now: dt.datetime) -> CorpusDocumentRow:
    return CorpusDocumentRow(
        doc_id=doc.doc_id,
        path=doc.path,
        content_hash=doc.content_hash,
        title=doc.title,
        title_ja=doc.title_ja,
        country=doc.country,
        verified_on=doc.verified_on,
        seen_at=now,
    )


def _update(row: CorpusDocumentRow, doc: DocumentVersion, now: dt.datetime) -> None:
    row.path, row.content_hash, row.seen_at = doc.path, doc.content_hash, now
    row.title, row.country, row.verified_on = doc.title, doc.country, doc.verified_on
    row.title_ja = doc.title_ja


def _change(
    row: CorpusDocumentRow, doc: DocumentVersion | None, now: dt.datetime
) -> CorpusChangeRow:
    return CorpusChangeRow(
        doc_id=row.doc_id,
        kind="changed" if doc else "removed",
        title=(doc.title if doc else "") or row.title,
        title_ja=(doc.title_ja if doc else "") or row.title_ja or "",
        country=(doc.country if doc else "") or row.country,
        old_hash=row.content_hash,
        new_hash=doc.content_hash if doc else "",
        verified_before=row.verified_on,
        verified_after=doc.verified_on if doc else None,
        detected_at=now,
    )
