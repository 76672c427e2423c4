"""Conversations: the caller's list, and one conversation with its messages."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from export_assist.agent.conversations import ConversationPublic
from export_assist.api.deps import ContainerDep
from export_assist.api.markdown import to_html
from export_assist.auth.deps import PrincipalDep

router = APIRouter(prefix="/v1", tags=["chat"])


@router.get("/conversations", response_model=list[dict[str, Any]])
def list_conversations(who: PrincipalDep, container: ContainerDep) -> list[dict[str, Any]]:
    """My conversations, newest first."""
    return container.chat.conversations.list_for(who)


@router.get("/conversations/{conversation_id}", response_model=ConversationPublic)
def get_conversation(
    conversation_id: str, who: PrincipalDep, container: ContainerDep
) -> ConversationPublic:
    """A conversation with its messages (answers carry citations, payloads, answer_html)."""
    conversation = container.chat.conversations.get(who, conversation_id)
    for message in conversation.messages:
        if message.role == "assistant":
            message.data["answer_html"] = to_html(message.content)
    return conversation
