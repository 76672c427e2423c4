"""The buyer directory over SQL: upsert by normalised name + country, CRUD, trade history."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from export_assist.errors import NotFound
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic, TradeRecord
from export_assist.screening.normalize import normalize_name
from export_assist.storage.buyer_tables import BuyerRow, TradeRow, row_values


def name_key(name: str) -> str:
    """The de-duplication key of a buyer name (legal forms, case, order, script folded)."""
    return normalize_name(name) or name.strip().lower()


def to_public(row: BuyerRow, trades: int = 0) -> BuyerPublic:
    """A table row as the public model."""
    data = {k: getattr(row, k) for k in BuyerCreate.model_fields}
    return BuyerPublic.model_construct(
        **data,
        id=row.id,
        updated_at=row.updated_at,
        trade_records=trades,
        notice=FICTITIOUS_NOTICE if row.fictitious else None,
    )


@dataclass
class UpsertResult:
    """What an upsert did."""

    id: int
    created: bool


class BuyerDirectory:
    """Buyer CRUD and trade history; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _existing(
        self, session: Session, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        names = sorted({k for k, _ in keys})
        cols = select(BuyerRow.id, BuyerRow.name_key, BuyerRow.country)
        for start in range(0, len(names), 500):
            stmt = cols.where(BuyerRow.name_key.in_(names[start : start + 500]))
            for buyer_id, key, country in session.execute(stmt):
                found[(key, country)] = buyer_id
        return found

    def upsert(self, buyer: BuyerCreate) -> UpsertResult:
        """Create a buyer, or update the one with the same normalised name and country."""
        return self.upsert_many([buyer])[0]

    def upsert_many(self, buyers: Sequence[BuyerCreate]) -> list[UpsertResult]:
        """Upsert a batch in one transaction with bulk statements (a later duplicate wins)."""
        keys = [(name_key(b.name), b.country) for b in buyers]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        latest = dict(zip(keys, buyers, strict=True))
        with self._sessions.begin() as session:
            ids = self._existing(session, keys)
            fresh = [k for k in latest if k not in ids]
            updates = [
                {"id": ids[k], "updated_at": now, **row_values(latest[k].model_dump())}
                for k in latest
                if k in ids
            ]
            if updates:
                session.execute(update(BuyerRow), updates)
            if fresh:
                rows = [
                    {"name_key": k[0], "updated_at": now, **row_values(latest[k].model_dump())}
                    for k in fresh
                ]
                stmt = insert(BuyerRow).returning(BuyerRow.id, sort_by_parameter_order=True)
                for key, buyer_id in zip(fresh, session.scalars(stmt, rows), strict=True):
                    ids[key] = buyer_id
        created, seen = set(fresh), set()
        results = []
        for key in keys:
            results.append(UpsertResult(ids[key], key in created and key not in seen))
            seen.add(key)
        return results

    def bulk_insert(self, buyers: Sequence[BuyerCreate]) -> int:
        """Insert buyers known to be new (seeding an empty directory) in one statement."""
        rows = [{"name_key": name_key(b.name), **row_values(b.model_dump())} for b in buyers]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self._sessions.begin() as session:
            session.execute(insert(BuyerRow), [{**r, "updated_at": now} for r in rows])
        return len(rows)

    def get(self, buyer_id: int) -> BuyerPublic:
        """One buyer, or NotFound."""
        with self._sessions() as session:
            row = session.get(BuyerRow, buyer_id)
            if row is None:
                raise NotFound(f"no buyer with id {buyer_id}")
            trades = session.scalar(
                select(func.count()).select_from(TradeRow).where(TradeRow.buyer_id == buyer_id)
            )
            return to_public(row, int(trades or 0))

    def update(self, buyer_id: int, buyer: BuyerCreate) -> BuyerPublic:
        """Replace a buyer's fields."""
        with self._sessions.begin() as session:
            row = session.get(BuyerRow, buyer_id)
            if row is None:
                raise NotFound(f"no buyer with id {buyer_id}")
            for field, value in row_values(buyer.model_dump()).items():
                setattr(row, field, value)
            row.name_key = name_key(buyer.name)
            row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        return self.get(buyer_id)

    def delete(self, buyer_id: int) -> None:
        """Delete a buyer and its trade history."""
        with self._sessions.begin() as session:
            row = session.get(BuyerRow, buyer_id)
            if row is None:
                raise NotFound(f"no buyer with id {buyer_id}")
            session.execute(delete(TradeRow).where(TradeRow.buyer_id == buyer_id))
            session.delete(row)

    def page(
        self, country: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[BuyerPublic]]:
        """A page of buyers (filter by country and by a name substring) and the total."""
        stmt = select(BuyerRow)
        if country:
            stmt = stmt.where(BuyerRow.country == country)
        if q:
            stmt = stmt.where(BuyerRow.name.ilike(f"%{q}%"))
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
            rows = session.scalars(stmt.order_by(BuyerRow.id).limit(limit).offset(offset)).all()
            return int(total), [to_public(r) for r in rows]

    def all(self) -> list[BuyerPublic]:
        """Every buyer (for the matching index and export)."""
        with self._sessions() as session:
            return [to_public(r) for r in session.scalars(select(BuyerRow).order_by(BuyerRow.id))]

    def count(self) -> int:
        """How many buyers the directory holds."""
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(BuyerRow)) or 0)

    def fingerprint(self) -> str:
        """Changes whenever buyers or trades change (the matching index rebuilds on it)."""
        with self._sessions() as session:
            n, last, top = session.execute(
                select(func.count(), func.max(BuyerRow.updated_at), func.max(BuyerRow.id))
            ).one()
            trades = session.execute(select(func.count(), func.max(TradeRow.id))).one()
        return f"{n}:{last}:{top}:{trades[0]}:{trades[1]}"

    def add_trades(self, rows: Iterable[tuple[int, TradeRecord, str]]) -> int:
        """Append trade records (buyer id, record, source); returns how many were stored."""
        values: list[dict[str, Any]] = [
            {"buyer_id": bid, "source": source, **rec.model_dump()} for bid, rec, source in rows
        ]
        if values:
            with self._sessions.begin() as session:
                # Core insert: 40k+ rows skip the ORM bookkeeping they do not need.
                session.connection().execute(insert(cast(Table, TradeRow.__table__)), values)
        return len(values)

    def clear_trades(self, source: str) -> None:
        """Forget the trade records of one source (so a re-import does not double them)."""
        with self._sessions.begin() as session:
            session.execute(delete(TradeRow).where(TradeRow.source == source))

    def trade_profiles(self) -> dict[int, Counter[str]]:
        """Per buyer: how many past purchases of each code."""
        profiles: dict[int, Counter[str]] = {}
        with self._sessions() as session:
            stmt = select(TradeRow.buyer_id, TradeRow.code, func.count()).group_by(
                TradeRow.buyer_id, TradeRow.code
            )
            for buyer_id, code, n in session.execute(stmt):
                profiles.setdefault(buyer_id, Counter())[code] = int(n)
        return profiles
