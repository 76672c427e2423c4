"""An advisor's re-check of a flagged draft's sources: an append-only audit entry; the
change watch then counts only changes after it (an approved draft cannot change, so this
is how its flag is cleared once the advisor has looked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import sessionmaker

from export_assist.auth.principal import Principal
from export_assist.errors import Forbidden, NotFound
from export_assist.review.flagging import RECHECKED
from export_assist.review.models import AuditRow, DraftRow


def recheck_sources(sessions: sessionmaker[Any], who: Principal, draft_id: str, note: str) -> None:
    """Record that an advisor checked the draft against its changed sources."""
    if not who.is_staff:
        raise Forbidden("Only an advisor can mark a draft's sources as re-checked.")
    with sessions.begin() as session:
        row = session.get(DraftRow, draft_id)
        if row is None or not who.can_see(row.tenant, row.owner):
            raise NotFound(
                f"No draft {draft_id!r} that you can see.",
                message_ja=f"下書き {draft_id} は見つかりませんでした（削除されたか、閲覧できない下書きです）。",
            )
        session.add(
            AuditRow(
                at=dt.datetime.now(dt.UTC),
                actor=who.subject,
                actor_role=who.role,
                tenant=who.tenant,
                action=RECHECKED,
                draft_id=draft_id,
                detail={"comment": note},
            )
        )
