"""Draft flags: a draft that cites a document changed after it was approved (or, not yet
approved, after it was made) carries the changes and a message in ja and en."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from export_assist.domain.watch import DraftSourceFlag, SourceChange
from export_assist.watch.ledger import DocumentLedger

MESSAGES = {
    "approval": ("出典が承認後に更新されました", "Source changed since approval"),
    "drafting": (
        "出典がこの下書きの作成後に更新されました",
        "Source changed since this draft was made",
    ),
}


@dataclass(frozen=True)
class DraftRef:
    """What a flag needs of a draft: its status, its reference time and cited documents."""

    id: str
    approved: bool
    since: dt.datetime
    doc_ids: frozenset[str] = field(default_factory=frozenset)


def flag_for(ref: DraftRef, changes: Sequence[SourceChange]) -> DraftSourceFlag | None:
    """The flag of one draft given changes to (some of) the documents it cites."""
    mine = [c for c in changes if c.doc_id in ref.doc_ids and c.detected_at > ref.since]
    if not mine:
        return None
    if ref.approved:
        ja, en = MESSAGES["approval"]
        return DraftSourceFlag(since="approval", message_ja=ja, message_en=en, changes=mine)
    ja, en = MESSAGES["drafting"]
    return DraftSourceFlag(since="drafting", message_ja=ja, message_en=en, changes=mine)


class SourceFlagger:
    """Flags drafts from the ledger's changes, one query for a whole queue."""

    def __init__(self, ledger: DocumentLedger) -> None:
        self._ledger = ledger

    def __call__(self, refs: Sequence[DraftRef]) -> dict[str, DraftSourceFlag]:
        """Flags of the drafts that have one, by draft id."""
        cited = {doc for ref in refs for doc in ref.doc_ids}
        if not cited:
            return {}
        oldest = min(ref.since for ref in refs if ref.doc_ids)
        changes = self._ledger.changes(cited, since=oldest)
        flags = {ref.id: flag_for(ref, changes) for ref in refs}
        return {k: v for k, v in flags.items() if v is not None}
