"""Watches: an exporter follows a product in a market; when a document that the product's
checklist cites changes at re-ingest, the exporter gets a notice (ja and en)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from export_assist.auth.principal import Principal
from export_assist.domain.watch import SourceChange, WatchCreate, WatchNotice, WatchPublic
from export_assist.errors import Conflict, Forbidden, InvalidInput, NotFound
from export_assist.geo import normalize_country
from export_assist.watch.ledger import DocumentLedger
from export_assist.watch.tables import WatchRow

# product, market, HS code -> the corpus documents its checklist cites
SourcesOf = Callable[[str, str, str | None], list[str]]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _public(row: WatchRow) -> WatchPublic:
    return WatchPublic(
        id=row.id,
        product=row.product,
        market=row.market,
        hs_code=row.hs_code,
        doc_ids=list(row.doc_ids or []),
        created_at=row.created_at,
        seen_at=row.seen_at,
    )


def notice(row: WatchRow, change: SourceChange) -> WatchNotice:
    """One notice: this watch's checklist cites a document that changed."""
    title = change.title or change.doc_id
    gone = change.kind == "removed"
    ja = f"「{change.title_ja or title}」が{'削除' if gone else '更新'}されました（{row.product}・{row.market}の確認項目の出典）"
    en = (
        f"A source of your {row.product} → {row.market} checklist was "
        f"{'removed' if gone else 'updated'}: {title}"
    )
    return WatchNotice(
        watch_id=row.id,
        product=row.product,
        market=row.market,
        change=change,
        unread=change.detected_at > row.seen_at,
        message_ja=ja,
        message_en=en,
    )


def _market(value: str) -> str:
    """The market's code; an unknown one is reported on the request's own field `market`
    (the checklist it is handed to called it `destinations`)."""
    try:
        return normalize_country(value)
    except InvalidInput as exc:
        raise InvalidInput(
            exc.message, details=[{"field": "market", "problem": exc.message}]
        ) from exc


class WatchService:
    """Exporters' watches and the notices that follow from the ledger's changes."""

    def __init__(self, sessions: sessionmaker[Any], ledger: DocumentLedger, sources: SourcesOf):
        self._sessions = sessions
        self._ledger = ledger
        self._sources = sources

    def create(self, who: Principal, body: WatchCreate) -> WatchPublic:
        """Start watching; the documents followed are those the checklist cites today."""
        if who.role != "exporter":
            raise Forbidden(
                "Watches belong to exporters: use an exporter's key.",
                message_ja="更新のお知らせ（ウォッチ）は輸出者のものです。輸出者のキーで登録してください。",
            )
        market = _market(body.market)
        doc_ids = sorted(set(self._sources(body.product, market, body.hs_code)))
        now = _now()
        row = WatchRow(
            id=uuid.uuid4().hex,
            tenant=who.tenant,
            owner=who.subject,
            product=body.product,
            market=market,
            hs_code=body.hs_code,
            doc_ids=doc_ids,
            created_at=now,
            seen_at=now,
        )
        try:
            with self._sessions.begin() as session:
                session.add(row)
        except IntegrityError as exc:
            raise Conflict(
                f"You already watch {body.product} in {market}.",
                message_ja=f"{body.product}（{market}）はすでにウォッチしています。",
            ) from exc
        return _public(row)

    def _mine(self, who: Principal) -> list[WatchRow]:
        query = select(WatchRow).where(WatchRow.tenant == who.tenant, WatchRow.owner == who.subject)
        with self._sessions() as session:
            return list(session.scalars(query.order_by(WatchRow.created_at)))

    def of(self, who: Principal) -> list[WatchPublic]:
        """The caller's watches, oldest first."""
        return [_public(r) for r in self._mine(who)]

    def delete(self, who: Principal, watch_id: str) -> None:
        """Stop watching (only one's own watch; another's reads as missing)."""
        with self._sessions.begin() as session:
            row = session.get(WatchRow, watch_id)
            if row is None or row.tenant != who.tenant or row.owner != who.subject:
                raise NotFound(
                    f"No watch {watch_id!r} of yours.",
                    message_ja=f"ウォッチ {watch_id} は見つかりませんでした（すでに解除されています）。",
                )
            session.delete(row)

    def notices(self, who: Principal, unread_only: bool = False) -> list[WatchNotice]:
        """Changes to the documents the caller's watches follow, newest first."""
        out: list[WatchNotice] = []
        for row in self._mine(who):
            for change in self._ledger.changes(row.doc_ids or [], since=row.created_at):
                item = notice(row, change)
                if item.unread or not unread_only:
                    out.append(item)
        return sorted(out, key=lambda n: n.change.detected_at, reverse=True)

    def mark_seen(self, who: Principal) -> int:
        """Mark every notice of the caller read; returns how many watches were touched."""
        now = _now()
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(WatchRow).where(WatchRow.tenant == who.tenant, WatchRow.owner == who.subject)
            )
            count = 0
            for row in rows:
                row.seen_at, count = now, count + 1
            return count
