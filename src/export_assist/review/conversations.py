"""A draft may name a conversation only if its author can see that conversation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, select, table
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import sessionmaker

from export_assist.auth.principal import Principal
from export_assist.errors import InvalidInput

# The chat's conversations, read by name: the agent imports this package, not the reverse.
_CONVERSATIONS = table("chat_conversations", column("id"), column("tenant"), column("owner"))


def check_conversation(sessions: sessionmaker[Any], who: Principal, cid: str) -> None:
    """Raise InvalidInput unless the caller can see conversation `cid`."""
    query = select(_CONVERSATIONS.c.tenant, _CONVERSATIONS.c.owner).where(
        _CONVERSATIONS.c.id == cid
    )
    try:
        with sessions() as session:
            found = session.execute(query).first()
    except (OperationalError, ProgrammingError):
        found = None  # no chat table yet, so no conversation either
    if found is None or not who.can_see(found.tenant, found.owner):
        raise InvalidInput(
            f"conversation_id: no conversation {cid!r} that you can see; leave it out "
            "or give one of your own conversations.",
            details=[{"field": "conversation_id", "problem": "not one of your conversations"}],
        )
