"""The buyer directory over SQL: per-tenant private buyers plus one shared public
directory; upsert by owner + normalised name + country, scoped CRUD, trade history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from sqlalchemy import Select, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from export_assist.errors import Conflict, Forbidden, NotFound
from export_assist.matching.history import TradeCounts
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic, TradeRecord
from export_assist.matching.scope import PUBLIC, BuyerScope, directory_of
from export_assist.screening.normalize import normalize_name
from export_assist.storage.buyer_tables import BuyerRow, TradeRow, row_values

Listing = Literal["all", "private", "public"]


def name_key(name: str) -> str:
    """The de-duplication key of a buyer name (legal forms, case, order, script folded)."""
    return normalize_name(name) or name.strip().lower()


def to_public(row: BuyerRow, trades: int = 0) -> BuyerPublic:
    """A table row as the public model."""
    data = {k: getattr(row, k) for k in BuyerCreate.model_fields}
    return BuyerPublic.model_construct(
        **data,
        id=row.id,
        directory=directory_of(row.tenant or PUBLIC),
        updated_at=row.updated_at,
        trade_records=trades,
        notice=FICTITIOUS_NOTICE if row.fictitious else None,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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
        self, session: Session, owner: str, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        names = sorted({k for k, _ in keys})
        cols = select(BuyerRow.id, BuyerRow.name_key, BuyerRow.country)
        for start in range(0, len(names), 500):
            stmt = cols.where(
                BuyerRow.tenant == owner, BuyerRow.name_key.in_(names[start : start + 500])
            )
            for buyer_id, key, country in session.execute(stmt):
                found[(key, country)] = buyer_id
        return found

    def upsert(self, buyer: BuyerCreate, *, owner: str) -> UpsertResult:
        """Create a buyer of this owner, or update its entry with the same name and country."""
        return self.upsert_many([buyer], owner=owner)[0]

    def upsert_many(self, buyers: Sequence[BuyerCreate], *, owner: str) -> list[UpsertResult]:
        """Upsert a batch into one owner's directory in one transaction (a later duplicate wins)."""
        keys = [(name_key(b.name), b.country) for b in buyers]
        latest = dict(zip(keys, buyers, strict=True))
        for attempt in range(3):
            try:
                ids, fresh = self._upsert_once(latest, owner)
                break
            except IntegrityError:
                # Another writer (worker, import job) inserted one of these names between
                # our read and our insert: the unique index refused it; read again, update.
                if attempt == 2:
                    raise
        created, seen = set(fresh), set()
        results = []
        for key in keys:
            results.append(UpsertResult(ids[key], key in created and key not in seen))
            seen.add(key)
        return results

    def _upsert_once(
        self, latest: dict[tuple[str, str], BuyerCreate], owner: str
    ) -> tuple[dict[tuple[str, str], int], list[tuple[str, str]]]:
        now = _now()
        with self._sessions.begin() as session:
            ids = self._existing(session, owner, list(latest))
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
                    {"tenant": owner, "name_key": k[0], "updated_at": now}
                    | row_values(latest[k].model_dump())
                    for k in fresh
                ]
                stmt = insert(BuyerRow).returning(BuyerRow.id, sort_by_parameter_order=True)
                for key, buyer_id in zip(fresh, session.scalars(stmt, rows), strict=True):
                    ids[key] = buyer_id
        return ids, fresh

    def bulk_insert(self, buyers: Sequence[BuyerCreate], *, owner: str) -> int:
        """Insert buyers known to be new (seeding an empty directory) in one statement."""
        now = _now()
        rows = [
            {"tenant": owner, "name_key": name_key(b.name), "updated_at": now}
            | row_values(b.model_dump())
            for b in buyers
        ]
        with self._sessions.begin() as session:
            session.execute(insert(BuyerRow), rows)
        return len(rows)

    def _visible_row(self, session: Session, buyer_id: int, scope: BuyerScope) -> BuyerRow:
        row = session.get(BuyerRow, buyer_id)
        # Another tenant's buyer reads exactly like a missing one: ids reveal nothing.
        if row is None or not scope.sees(row.tenant):
            raise NotFound(f"no buyer with id {buyer_id}", message_ja=f"バイヤー {buyer_id} は見つかりませんでした（削除されたか、閲覧できないバイヤーです）。")  # fmt: skip
        return row

    def _writable_row(self, session: Session, buyer_id: int, scope: BuyerScope) -> BuyerRow:
        row = self._visible_row(session, buyer_id, scope)
        if not scope.may_write(row.tenant):
            raise Forbidden("Only an admin may change the shared public buyer directory.", message_ja="共有（公開）のバイヤー名簿を変更できるのは管理者だけです。")  # fmt: skip
        return row

    def get(self, buyer_id: int, scope: BuyerScope) -> BuyerPublic:
        """One buyer visible to the scope, or NotFound."""
        with self._sessions() as session:
            row = self._visible_row(session, buyer_id, scope)
            trades = session.scalar(
                select(func.count()).select_from(TradeRow).where(TradeRow.buyer_id == buyer_id)
            )
            return to_public(row, int(trades or 0))

    def update(self, buyer_id: int, buyer: BuyerCreate, scope: BuyerScope) -> BuyerPublic:
        """Replace a buyer's fields; Conflict when the new name + country is taken."""
        key = name_key(buyer.name)
        taken = f"another buyer already has the name {buyer.name!r} in {buyer.country}"
        try:
            with self._sessions.begin() as session:
                row = self._writable_row(session, buyer_id, scope)
                clash = session.scalar(
                    select(BuyerRow.id).where(
                        BuyerRow.tenant == row.tenant,
                        BuyerRow.name_key == key,
                        BuyerRow.country == buyer.country,
                        BuyerRow.id != buyer_id,
                    )
                )
                if clash is not None:
                    raise Conflict(f"{taken} (id {clash}): edit or delete that one instead")
                for field, value in row_values(buyer.model_dump()).items():
                    setattr(row, field, value)
                row.name_key = key
                row.updated_at = _now()
        except IntegrityError as exc:  # a concurrent writer took the name meanwhile
            raise Conflict(f"{taken}: edit or delete that one instead") from exc
        return self.get(buyer_id, scope)

    def delete(self, buyer_id: int, scope: BuyerScope) -> None:
        """Delete a buyer and its trade history."""
        with self._sessions.begin() as session:
            row = self._writable_row(session, buyer_id, scope)
            session.execute(delete(TradeRow).where(TradeRow.buyer_id == buyer_id))
            session.delete(row)

    @staticmethod
    def _listing(scope: BuyerScope, listing: Listing) -> Select[BuyerRow]:
        owners = {"all": scope.owners, "public": (PUBLIC,), "private": (scope.tenant,)}[listing]
        if listing == "private" and scope.tenant == PUBLIC:
            owners = ()
        return select(BuyerRow).where(BuyerRow.tenant.in_(owners))

    def page(
        self,
        scope: BuyerScope,
        country: str | None = None,
        q: str | None = None,
        limit: int = 50,
        offset: int = 0,
        listing: Listing = "all",
    ) -> tuple[int, list[BuyerPublic]]:
        """A page of the buyers the scope sees (filter by country, name substring) and the total."""
        stmt = self._listing(scope, listing)
        if country:
            stmt = stmt.where(BuyerRow.country == country)
        if q:
            stmt = stmt.where(BuyerRow.name.ilike(f"%{q}%"))
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
            rows = session.scalars(stmt.order_by(BuyerRow.id).limit(limit).offset(offset)).all()
            return int(total), [to_public(r) for r in rows]

    def all(self, scope: BuyerScope, listing: Listing = "all") -> list[BuyerPublic]:
        """Every buyer the scope sees (for its matching index and export)."""
        stmt = self._listing(scope, listing).order_by(BuyerRow.id)
        with self._sessions() as session:
            return [to_public(r) for r in session.scalars(stmt)]

    def count(self, owner: str | None = None) -> int:
        """How many buyers the directory holds (of one owner, or in all)."""
        stmt = select(func.count()).select_from(BuyerRow)
        if owner is not None:
            stmt = stmt.where(BuyerRow.tenant == owner)
        with self._sessions() as session:
            return int(session.scalar(stmt) or 0)

    def fingerprint(self, scope: BuyerScope) -> str:
        """Changes whenever the buyers or trades the scope sees change (its index rebuilds)."""
        owners = BuyerRow.tenant.in_(scope.owners)
        with self._sessions() as session:
            n, last, top = session.execute(
                select(func.count(), func.max(BuyerRow.updated_at), func.max(BuyerRow.id)).where(
                    owners
                )
            ).one()
            trades = session.execute(
                select(func.count(), func.max(TradeRow.id))
                .join(BuyerRow, BuyerRow.id == TradeRow.buyer_id)
                .where(owners)
            ).one()
        return f"{n}:{last}:{top}:{trades[0]}:{trades[1]}"

    def move(self, buyer_ids: Iterable[int], owner: str) -> int:
        """Hand buyers to another owner (operator only: the CLI); returns how many moved."""
        ids = list(buyer_ids)
        try:
            with self._sessions.begin() as session:
                result = session.execute(
                    update(BuyerRow)
                    .where(BuyerRow.id.in_(ids))
                    .values(tenant=owner, updated_at=_now())
                    .execution_options(synchronize_session=False)
                )
        except IntegrityError as exc:
            raise Conflict("the target already has a buyer of the same name and country") from exc
        return int(getattr(result, "rowcount", 0) or 0)

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

    def clear_trades(self, source: str, *, owner: str) -> None:
        """Forget one owner's trade records of one source (a re-import does not double them)."""
        owned = select(BuyerRow.id).where(BuyerRow.tenant == owner)
        with self._sessions.begin() as session:
            session.execute(
                delete(TradeRow).where(TradeRow.source == source, TradeRow.buyer_id.in_(owned))
            )

    def trade_profiles(self, scope: BuyerScope) -> dict[int, TradeCounts]:
        """Per buyer the scope sees: past purchases per code and the latest date of each."""
        profiles: dict[int, TradeCounts] = {}
        with self._sessions() as session:
            stmt = (
                select(TradeRow.buyer_id, TradeRow.code, func.count(), func.max(TradeRow.date))
                .join(BuyerRow, BuyerRow.id == TradeRow.buyer_id)
                .where(BuyerRow.tenant.in_(scope.owners))
                .group_by(TradeRow.buyer_id, TradeRow.code)
            )
            for buyer_id, code, n, last in session.execute(stmt):
                counts = profiles.setdefault(buyer_id, TradeCounts())
                counts[code] = int(n)
                if last is not None:
                    counts.last[code] = last
        return profiles
