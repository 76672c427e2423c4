"""The typed events of a chat turn, in the order they stream (see api/routers/chat.py).

Each event has one class and one way to be made; the chat router sends `event.sse()`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import Field

from export_assist.agent.schemas import ChatEvent, ChatFinal
from export_assist.agent.turn import ToolRun
from export_assist.domain.citations import Citation

__all__ = [
    "ChatFinal",
    "Citations",
    "ErrorEvent",
    "Event",
    "Meta",
    "Notice",
    "Token",
    "ToolCall",
    "ToolDone",
    "tokens",
]


class Meta(ChatEvent):
    """First event: the conversation, the mode (llm or no-llm) and the answer language."""

    event: ClassVar[str] = "meta"
    conversation_id: str
    mode: str
    language: str


class ToolCall(ChatEvent):
    """The assistant calls a tool with these arguments."""

    event: ClassVar[str] = "tool_call"
    name: str
    arguments: dict[str, Any]


class ToolDone(ChatEvent):
    """A tool finished: its error (if any), how many citations, the payload kind."""

    event: ClassVar[str] = "tool_result"
    name: str
    error: str | None = None
    citations: int = 0
    kind: str | None = None

    @classmethod
    def of(cls, run: ToolRun) -> ToolDone:
        """The event for a tool run (the only way one is made)."""
        result = run.result
        kind = result.payload.kind if result.payload else None
        return cls(name=run.name, error=result.error, citations=len(result.citations), kind=kind)


class Token(ChatEvent):
    """A piece of the answer text."""

    event: ClassVar[str] = "token"
    text: str


class Notice(ChatEvent):
    """A message for the user; `reset` means discard the answer text streamed so far."""

    event: ClassVar[str] = "notice"
    message: str
    reset: bool = False


class Citations(ChatEvent):
    """The sources of the answer, just before the final event."""

    event: ClassVar[str] = "citations"
    citations: list[Citation]


class ErrorEvent(ChatEvent):
    """The turn failed after the stream started: what happened, readable."""

    event: ClassVar[str] = "error"
    code: str
    message: str
    message_en: str | None = Field(
        default=None, description="The English original when `message` is Japanese"
    )

    def sse(self) -> dict[str, str]:
        """The event without an empty `message_en` (as the API's other errors)."""
        return {"event": self.event, "data": self.model_dump_json(exclude_none=True)}


Event = Meta | ToolCall | ToolDone | Token | Notice | Citations | ChatFinal


def tokens(text: str, size: int = 12) -> Iterator[Token]:
    """A whole answer as small tokens (characters, so Japanese streams too)."""
    for start in range(0, len(text), size):
        yield Token(text=text[start : start + size])
