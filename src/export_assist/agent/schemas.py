"""Chat request and the final structured payload (the same for every mode)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field, field_validator

from export_assist.domain.citations import Citation
from export_assist.geo import optional_country
from export_assist.review.schemas import DraftSummary

Mode = Literal["llm", "no-llm"]


class ChatRequest(BaseModel):
    """One user message, optionally continuing a conversation."""

    message: str = Field(min_length=1, max_length=4000, description="The question, ja or en")
    conversation_id: str | None = Field(default=None, max_length=64)
    language: Literal["ja", "en"] | None = Field(
        default=None, description="Answer language (default: the message's language)"
    )
    country: str | None = Field(default=None, description="Destination if not in the message")

    @field_validator("message")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the message is blank: type a question")
        return value.strip()

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return optional_country(value)  # an unknown code: a 422 with the same message


class ToolCallInfo(BaseModel):
    """A tool the assistant called this turn, and whether it failed."""

    name: str
    arguments: dict[str, Any]
    error: str | None = None


class StructuredPayload(BaseModel):
    """A checklist, shortlist, HS suggestion, translation or document set."""

    kind: str
    data: Any
    draft: DraftSummary | None = None


class ChatEvent(BaseModel):
    """An event of a chat turn; `event` is its Server-Sent Events name."""

    event: ClassVar[str]

    def sse(self) -> dict[str, str]:
        """The event as sse-starlette sends it: its name and its JSON."""
        return {"event": self.event, "data": self.model_dump_json()}


class ChatFinal(ChatEvent):
    """The final event of a turn: answer, citations, payloads, drafts and notices."""

    event: ClassVar[str] = "final"

    conversation_id: str
    message_id: int
    mode: Mode
    language: Literal["ja", "en"]
    intent: str
    answer: str
    answer_html: str = Field(default="", description="The answer as sanitised HTML (API)")
    citations: list[Citation]
    payloads: list[StructuredPayload]
    tool_calls: list[ToolCallInfo]
    escalated: bool
    escalation: DraftSummary | None = None
    notices: list[str]
    llm_fallback: str | None = Field(
        default=None, description="Why the model's answer failed the grounding gate, if it did"
    )
