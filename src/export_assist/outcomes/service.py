"""Record outcome events and compute the figures with SQL (one GROUP BY per view)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import sessionmaker

from export_assist.auth.principal import Principal
from export_assist.errors import InvalidInput
from export_assist.outcomes.labels import NONE_KEY, Lang, group_label, headings, total_label
from export_assist.outcomes.schemas import By, EventCreate, EventPublic, Summary, SummaryRow
from export_assist.outcomes.tables import STAGES, OutcomeEventRow
from export_assist.storage.spreadsheet_safety import csv_writer

T = OutcomeEventRow


def _dimension(by: By) -> Any:
    return {
        "programme": T.programme_id,
        "advisor": T.advisor,
        "region": T.region,
        "market": T.market,
    }[by]


def _finish(row: SummaryRow) -> SummaryRow:
    row.cost_per_deal_jpy = (
        round(row.support_jpy / row.deals) if row.deals and row.support_jpy else None
    )
    row.value_per_yen = round(row.deal_value_jpy / row.support_jpy, 2) if row.support_jpy else None
    return row


class OutcomeService:
    """Outcome events of the caller's tenant; figures come from the recorded events only."""

    def __init__(
        self,
        sessions: sessionmaker[Any],
        labels: Callable[[str, Lang], str],
        known: Callable[[str], bool],
        clock: Callable[[], dt.date],
    ) -> None:
        self._sessions = sessions
        self._labels = labels  # (programme id, language) -> its name
        self._known = known  # does the catalogue know this programme?
        self._clock = clock

    def record(self, who: Principal, event: EventCreate) -> EventPublic:
        """Store one event for the caller's tenant."""
        if event.occurred_on > self._clock():
            raise InvalidInput(
                f"occurred_on {event.occurred_on} is in the future",
                message_ja=f"発生日（occurred_on）{event.occurred_on} は未来の日付です。起きた日を指定してください。",
            )
        if event.programme_id and not self._known(event.programme_id):
            raise InvalidInput(
                f"No programme {event.programme_id!r} in the catalogue.",
                message_ja=f"支援策ID「{event.programme_id}」はカタログにありません。"
                "カタログにある支援策のIDを指定してください。",
            )
        data = event.model_dump()
        data["advisor"] = event.advisor or who.subject
        with self._sessions.begin() as session:
            row = T(tenant=who.tenant, recorded_by=who.subject, **data)
            session.add(row)
            session.flush()
            return self._public(row)

    def record_many(self, who: Principal, events: list[EventCreate]) -> int:
        """Store several events at once (seeding, imports)."""
        for event in events:
            self.record(who, event)
        return len(events)

    def events(
        self, who: Principal, exporter: str | None = None, limit: int = 500
    ) -> list[EventPublic]:
        """Events of the tenant, newest first, optionally for one exporter."""
        query = (
            select(T)
            .where(T.tenant == who.tenant)
            .order_by(T.occurred_on.desc(), T.id.desc())
            .limit(limit)
        )
        if exporter:
            query = query.where(T.exporter == exporter)
        with self._sessions() as session:
            return [self._public(r) for r in session.scalars(query)]

    def summary(self, who: Principal, by: By, lang: Lang = "ja") -> Summary:
        """Funnel (distinct exporters per stage), deals, deal value and support per group,
        labelled in `lang`."""
        dim = _dimension(by)
        query = (
            select(
                dim, T.kind, func.count(distinct(T.exporter)), func.count(),
                func.coalesce(func.sum(T.deal_value_jpy), 0), func.coalesce(func.sum(T.support_amount_jpy), 0),
            )
            .where(T.tenant == who.tenant)
            .group_by(dim, T.kind)
        )  # fmt: skip
        rows: dict[str, SummaryRow] = {}
        with self._sessions() as session:
            for key, kind, exporters, count, value, support in session.execute(query):
                key = key or NONE_KEY
                label = group_label(by, key, lang, self._labels)
                row = rows.setdefault(key, SummaryRow(key=key, label=label))
                self._add(row, kind, int(exporters), int(count), int(value), int(support))
            total = self._total(session, who, lang)
            fictitious = session.scalar(
                select(func.count()).where(T.tenant == who.tenant, T.fictitious.is_(True))
            )
        ordered = sorted(rows.values(), key=lambda r: (-r.contacted, -r.deal_value_jpy, r.key))
        return Summary(
            by=by,
            rows=[_finish(r) for r in ordered],
            total=_finish(total),
            fictitious_events=fictitious or 0,
        )

    def _total(self, session: Any, who: Principal, lang: Lang) -> SummaryRow:
        query = (
            select(T.kind, func.count(distinct(T.exporter)), func.count(),
                   func.coalesce(func.sum(T.deal_value_jpy), 0), func.coalesce(func.sum(T.support_amount_jpy), 0))
            .where(T.tenant == who.tenant)
            .group_by(T.kind)
        )  # fmt: skip
        total = SummaryRow(key="total", label=total_label(lang))
        for kind, exporters, count, value, support in session.execute(query):
            self._add(total, kind, int(exporters), int(count), int(value), int(support))
        return total

    @staticmethod
    def _add(
        row: SummaryRow, kind: str, exporters: int, count: int, value: int, support: int
    ) -> None:
        if kind in STAGES:
            setattr(row, kind, exporters)
        if kind == "deal":
            row.deals, row.deal_value_jpy = count, value
        if kind == "support_used":
            row.support_jpy = support

    def summary_csv(self, who: Principal, by: By, lang: Lang | None = None) -> str:
        """The summary as CSV; cells that look like formulas are escaped (spreadsheet_safety).
        Without `lang` the headings are the field names (for machines), labels Japanese."""
        summary = self.summary(who, by, lang or "ja")
        buffer = io.StringIO()
        writer = csv_writer(buffer)  # the product's one escaping rule
        fields = list(SummaryRow.model_fields)
        writer.writerow(headings(fields, lang))
        for row in [*summary.rows, summary.total]:
            writer.writerow(["" if getattr(row, f) is None else getattr(row, f) for f in fields])
        return buffer.getvalue()

    @staticmethod
    def _public(row: OutcomeEventRow) -> EventPublic:
        return EventPublic(
            id=row.id, exporter=row.exporter, kind=row.kind, occurred_on=row.occurred_on,  # type: ignore[arg-type]
            region=row.region, advisor=row.advisor, market=row.market, programme_id=row.programme_id,
            via=row.via, buyer=row.buyer, deal_value_jpy=row.deal_value_jpy,  # type: ignore[arg-type]
            support_amount_jpy=row.support_amount_jpy, note=row.note, fictitious=row.fictitious,
            recorded_by=row.recorded_by,
        )  # fmt: skip
