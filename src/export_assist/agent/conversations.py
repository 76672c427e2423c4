"""Conversations and their messages in SQL, visible to their owner (and the tenant's staff)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import JSON, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from export_assist.auth.models import utcnow
from export_assist.auth.principal import Principal
from export_assist.errors import NotFound
from export_assist.storage.db import Base, UTCDateTime


class ConversationRow(Base):
    """A conversation: one owner in one tenant."""

    __tablename__ = "chat_conversations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessageRow(Base):
    """A user or assistant message; assistant messages carry citations and payloads."""

    __tablename__ = "chat_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("chat_conversations.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    data: Mapped[Any] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessagePublic(BaseModel):
    """A message as returned by the API."""

    id: int
    role: str
    content: str
    data: dict[str, Any]
    created_at: dt.datetime


class ConversationPublic(BaseModel):
    """A conversation with its messages, oldest first."""

    id: str
    title: str
    owner: str
    created_at: dt.datetime
    updated_at: dt.datetime
    messages: list[MessagePublic]


class ConversationStore:
    """Conversations over the application database."""

    def __init__(self, sessions: sessionmaker[Any]) -> None:
        self._sessions = sessions  # the schema is Alembic's (storage/migrate.py)

    def _visible(self, session: Any, who: Principal, cid: str) -> ConversationRow:
        row = session.get(ConversationRow, cid)
        if row is None or not who.can_see(row.tenant, row.owner):
            raise NotFound(
                f"No conversation {cid!r} that you can see. Leave conversation_id out "
                "to start a new one.",
                message_ja="この会話は見つかりませんでした。「新しい会話」から始めてください。",
            )
        return cast(ConversationRow, row)

    def ensure(self, who: Principal, cid: str | None, first_message: str) -> str:
        """The conversation to continue (checked), or a new one titled by the message."""
        with self._sessions.begin() as session:
            if cid:
                return self._visible(session, who, cid).id
            row = ConversationRow(
                id=uuid.uuid4().hex,
                tenant=who.tenant,
                owner=who.subject,
                title=" ".join(first_message.split())[:120],
                created_at=utcnow(),
                updated_at=utcnow(),
            )
            session.add(row)
            return row.id

    def append(self, cid: str, role: str, content: str, data: dict[str, Any] | None = None) -> int:
        """Add a message; returns its id."""
        with self._sessions.begin() as session:
            message = MessageRow(
                conversation_id=cid,
                role=role,
                content=content,
                data=data or {},
                created_at=utcnow(),
            )
            session.add(message)
            conv = session.get(ConversationRow, cid)
            if conv is not None:
                conv.updated_at = utcnow()
            session.flush()
            return int(message.id)

    def history(self, cid: str, turns: int) -> list[tuple[str, str]]:
        """The last `turns` user/assistant exchanges, oldest first, as (role, text)."""
        with self._sessions() as session:
            rows = session.scalars(
                select(MessageRow)
                .where(MessageRow.conversation_id == cid)
                .order_by(MessageRow.id.desc())
                .limit(turns * 2)
            ).all()
        return [(r.role, r.content) for r in reversed(rows)]

    def get(self, who: Principal, cid: str) -> ConversationPublic:
        """A conversation with its messages, if the caller may see it."""
        with self._sessions() as session:
            conv = self._visible(session, who, cid)
            rows = session.scalars(
                select(MessageRow).where(MessageRow.conversation_id == cid).order_by(MessageRow.id)
            ).all()
            return ConversationPublic(
                id=conv.id,
                title=conv.title,
                owner=conv.owner,
                created_at=conv.created_at,
                updated_at=conv.updated_at,
                messages=[
                    MessagePublic(
                        id=r.id,
                        role=r.role,
                        content=r.content,
                        data=r.data or {},
                        created_at=r.created_at,
                    )
                    for r in rows
                ],
            )

    def list_for(self, who: Principal, limit: int = 50) -> list[dict[str, Any]]:
        """The caller's conversations (id, title, updated), newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(ConversationRow)
                .where(ConversationRow.tenant == who.tenant, ConversationRow.owner == who.subject)
                .order_by(ConversationRow.updated_at.desc())
                .limit(limit)
            ).all()
            return [{"id": r.id, "title": r.title, "updated_at": r.updated_at} for r in rows]
