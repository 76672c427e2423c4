"""The review service: every read and write checks the caller's tenant and role here,
so routers, the agent and the CLI share one set of rules."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from export_assist.auth.principal import Principal
from export_assist.errors import Conflict, Forbidden, NotFound
from export_assist.review.conversations import check_conversation
from export_assist.review.flagging import Flagger, draft_ref, flagged
from export_assist.review.models import AuditRow, ClaimRow, DraftRow, DraftVersionRow
from export_assist.review.schemas import (
    AuditEntry,
    Decision,
    DraftCreate,
    DraftPublic,
    DraftSummary,
    DraftVersion,
)
from export_assist.review.views import audit_public, draft_status, version_public
from export_assist.review.views import claim_public as _claim
from export_assist.review.views import summary as _summary

_DECIDED = {"approve": "approved", "edit": "edited", "reject": "rejected"}
DECIDE_ATTEMPTS = 20  # concurrent decisions on one draft retried before a 409


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReviewService:
    """Drafts, decisions, versions and the audit log over SQL."""

    def __init__(self, sessions: sessionmaker[Any], flagger: Flagger | None = None) -> None:
        self._sessions = sessions  # the schema is Alembic's (storage/migrate.py)
        self._flagger = flagger  # the change watch: sources changed since approval

    # --- helpers -----------------------------------------------------------------
    def _visible(self, session: Session, who: Principal, draft_id: str) -> DraftRow:
        row = session.get(DraftRow, draft_id)
        if row is None or not who.can_see(row.tenant, row.owner):
            raise NotFound(
                f"No draft {draft_id!r} that you can see.",
                message_ja=f"下書き {draft_id} は見つかりませんでした（削除されたか、閲覧できない下書きです）。",
            )
        return row

    def _claims(self, session: Session, draft_id: str) -> list[ClaimRow]:
        return list(
            session.scalars(
                select(ClaimRow).where(ClaimRow.draft_id == draft_id).order_by(ClaimRow.position)
            )
        )

    def _audit(self, session: Session, who: Principal, action: str, **kw: Any) -> None:
        detail = kw.pop("detail", {})
        session.add(
            AuditRow(
                at=_now(),
                actor=who.subject,
                actor_role=who.role,
                tenant=who.tenant,
                action=action,
                detail=detail,
                **kw,
            )
        )

    def _snapshot(self, session: Session, row: DraftRow, author: str, note: str) -> None:
        latest = session.scalar(
            select(DraftVersionRow)
            .where(DraftVersionRow.draft_id == row.id)
            .order_by(DraftVersionRow.version.desc())
        )
        payload = latest.payload if latest else {}
        session.add(
            DraftVersionRow(
                draft_id=row.id,
                version=row.version,
                payload=payload,
                author=author,
                note=note,
                claims=[_claim(c).model_dump(mode="json") for c in self._claims(session, row.id)],
                created_at=_now(),
            )
        )

    def _payload(self, session: Session, draft_id: str) -> dict[str, Any]:
        first = session.scalar(
            select(DraftVersionRow.payload)
            .where(DraftVersionRow.draft_id == draft_id)
            .order_by(DraftVersionRow.version)
        )
        return dict(first or {})

    def _public(self, session: Session, row: DraftRow) -> DraftPublic:
        rows = self._claims(session, row.id)
        claims = [_claim(c) for c in rows]
        summary = _summary(row, [c.status for c in claims])
        (summary,) = flagged(self._flagger, [(summary, draft_ref(session, row, rows))])
        return DraftPublic(
            **summary.model_dump(), claims=claims, payload=self._payload(session, row.id)
        )

    # --- API ---------------------------------------------------------------------
    def create(self, who: Principal, draft: DraftCreate) -> DraftPublic:
        """Store a new draft (pending) owned by the caller, with version 1 and an audit entry."""
        if draft.conversation_id is not None:
            check_conversation(self._sessions, who, draft.conversation_id)
        with self._sessions.begin() as session:
            row = DraftRow(
                id=uuid.uuid4().hex,
                tenant=who.tenant,
                owner=who.subject,
                conversation_id=draft.conversation_id,
                kind=draft.kind,
                title=draft.title,
                status="pending",
                version=1,
                created_at=_now(),
                updated_at=_now(),
            )
            session.add(row)
            session.flush()  # no ORM relationships: the draft row must exist first
            for i, claim in enumerate(draft.claims):
                session.add(
                    ClaimRow(
                        id=uuid.uuid4().hex,
                        draft_id=row.id,
                        position=i,
                        text=claim.text,
                        citations=[c.model_dump(mode="json") for c in claim.citations],
                        status="pending",
                        comment="",
                    )
                )
            session.flush()
            session.add(
                DraftVersionRow(
                    draft_id=row.id,
                    version=1,
                    payload=draft.payload,
                    author=who.subject,
                    note="created",
                    created_at=_now(),
                    claims=[
                        _claim(c).model_dump(mode="json") for c in self._claims(session, row.id)
                    ],
                )
            )
            self._audit(
                session,
                who,
                "draft.created",
                draft_id=row.id,
                detail={"kind": draft.kind, "title": draft.title},
            )
            return self._public(session, row)

    def queue(
        self,
        who: Principal,
        status: str | None = None,
        kind: str | None = None,
        owner: str | None = None,
        limit: int = 100,
    ) -> list[DraftSummary]:
        """Drafts the caller may see (exporters: their own), newest first, filtered."""
        query = select(DraftRow).where(DraftRow.tenant == who.tenant)
        if not who.is_staff:
            query = query.where(DraftRow.owner == who.subject)
        elif owner:
            query = query.where(DraftRow.owner == owner)
        if status:
            query = query.where(DraftRow.status == status)
        if kind:
            query = query.where(DraftRow.kind == kind)
        query = query.order_by(DraftRow.updated_at.desc()).limit(limit)
        with self._sessions() as session:
            items = []
            for row in session.scalars(query):
                claims = self._claims(session, row.id)
                ref = draft_ref(session, row, claims)
                items.append((_summary(row, [c.status for c in claims]), ref))
            return flagged(self._flagger, items)

    def get(self, who: Principal, draft_id: str) -> DraftPublic:
        """One draft with its claims, if the caller may see it."""
        with self._sessions() as session:
            return self._public(session, self._visible(session, who, draft_id))

    def decide(
        self, who: Principal, draft_id: str, claim_id: str, decision: Decision
    ) -> DraftPublic:
        """Approve, edit or reject one claim (advisors and admins of the draft's tenant).

        Two decisions on one draft at once: the later one finds the version changed
        (optimistic lock, unique version numbers) and is re-applied on the new state; after
        `DECIDE_ATTEMPTS` such collisions the caller gets a 409 to try again.
        """
        for _ in range(DECIDE_ATTEMPTS):
            try:
                return self._decide_once(who, draft_id, claim_id, decision)
            except (StaleDataError, IntegrityError):
                continue
        raise Conflict("Someone else changed this draft at the same moment; reload it and decide again.",
                       message_ja="同時にほかの人がこの下書きを変更しました。再読み込みしてから、もう一度判断してください。")  # fmt: skip

    def _decide_once(
        self, who: Principal, draft_id: str, claim_id: str, decision: Decision
    ) -> DraftPublic:
        with self._sessions.begin() as session:
            row = self._visible(session, who, draft_id)
            if not who.is_staff:
                raise Forbidden("Only an advisor can approve, edit or reject a claim.")
            claim = session.get(ClaimRow, claim_id)
            if claim is None or claim.draft_id != draft_id:
                raise NotFound(f"Draft {draft_id!r} has no claim {claim_id!r}.")
            if row.status == "approved":
                raise Conflict(
                    "This draft is already approved; it can no longer change.",
                    message_ja="この下書きは承認済みのため、これ以上変更できません。",
                )
            before = claim.text
            if decision.action == "edit":
                claim.text = (decision.text or "").strip()
            claim.status, claim.comment = _DECIDED[decision.action], decision.comment
            claim.decided_by, claim.decided_at = who.subject, _now()
            session.flush()
            row.status = draft_status([c.status for c in self._claims(session, row.id)])
            row.version += 1
            row.updated_at = _now()
            self._snapshot(
                session, row, who.subject, f"{decision.action} claim {claim.position + 1}"
            )
            detail = {
                "decision": decision.action,
                "comment": decision.comment,
                "status_after": row.status,
            }
            if decision.action == "edit":
                detail.update(before=before, after=claim.text)
            self._audit(
                session,
                who,
                f"claim.{_DECIDED[decision.action]}",
                draft_id=row.id,
                claim_id=claim.id,
                detail=detail,
            )
            return self._public(session, row)

    def versions(self, who: Principal, draft_id: str) -> list[DraftVersion]:
        """The draft's version history, oldest first."""
        with self._sessions() as session:
            self._visible(session, who, draft_id)
            rows = session.scalars(
                select(DraftVersionRow)
                .where(DraftVersionRow.draft_id == draft_id)
                .order_by(DraftVersionRow.version)
            )
            return [version_public(r) for r in rows]

    def audit(
        self, who: Principal, draft_id: str | None = None, limit: int = 200
    ) -> list[AuditEntry]:
        """The audit log of the caller's tenant (staff only), newest first."""
        if not who.is_staff:
            raise Forbidden("Only advisors and admins can read the audit log.", message_ja="監査ログを見られるのはアドバイザーと管理者だけです。")  # fmt: skip
        query = select(AuditRow).where(AuditRow.tenant == who.tenant)
        if draft_id:
            query = query.where(AuditRow.draft_id == draft_id)
        with self._sessions() as session:
            rows = session.scalars(query.order_by(AuditRow.id.desc()).limit(limit))
            return [audit_public(r) for r in rows]

    def count_pending(self, who: Principal) -> int:
        """How many drafts of the tenant wait for a decision."""
        with self._sessions() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(DraftRow)
                    .where(
                        DraftRow.tenant == who.tenant, DraftRow.status.in_(["pending", "in_review"])
                    )
                )
                or 0
            )
