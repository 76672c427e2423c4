"""The chat stream in the OpenAPI document: each Server-Sent Event by name, with the
JSON its `data` line carries (OpenAPI 3.1: the `schema` of `text/event-stream`
describes one event; `data` is a JSON string described by `contentSchema`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from export_assist.agent.schemas import ChatFinal
from export_assist.domain.citations import Citation


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class MetaEvent(_Open):
    """First event: the conversation, the assistant mode and the answer language."""

    conversation_id: str
    mode: str
    language: str


class ToolCallEvent(_Open):
    """A tool the assistant calls."""

    name: str
    arguments: dict[str, Any]


class ToolResultEvent(_Open):
    """What the tool returned (counts and kind; the content comes in `final`)."""

    name: str
    error: str | None = None
    citations: int = 0
    kind: str | None = None


class TokenEvent(_Open):
    """A piece of the answer text."""

    text: str


class NoticeEvent(_Open):
    """A notice; `reset` means discard the text streamed so far."""

    message: str
    reset: bool = False


class CitationsEvent(_Open):
    """The passages the answer cites."""

    citations: list[Citation]


class ErrorEvent(_Open):
    """A failure after the stream started."""

    code: str
    message: str


EVENTS: dict[str, type[BaseModel]] = {
    "meta": MetaEvent,
    "tool_call": ToolCallEvent,
    "tool_result": ToolResultEvent,
    "token": TokenEvent,
    "answer_text": TokenEvent,
    "notice": NoticeEvent,
    "citations": CitationsEvent,
    "final": ChatFinal,
    "error": ErrorEvent,
}


def _event(name: str, model: type[BaseModel]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["event", "data"],
        "properties": {
            "event": {"const": name},
            "data": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": {"$ref": f"#/components/schemas/{model.__name__}"},
            },
            "id": {"type": "string"},
            "retry": {"type": "integer"},
        },
    }


def chat_responses() -> dict[int | str, dict[str, Any]]:
    """The documented 200 of POST /v1/chat: an event stream, or ChatFinal as JSON."""
    return {
        200: {
            "description": "text/event-stream: meta, then tool_call, tool_result, token and "
            "notice events, then citations and final (ChatFinal); error if a failure comes "
            "after the stream started. application/json (ChatFinal) when stream=false.",
            "model": ChatFinal,
            "content": {
                "text/event-stream": {
                    "schema": {"oneOf": [_event(n, m) for n, m in EVENTS.items()]}
                }
            },
        }
    }


def add_event_schemas(spec: dict[str, Any]) -> None:
    """Put the event payload models into the document's components."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for model in EVENTS.values():
        definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, nested in definition.pop("$defs", {}).items():
            schemas.setdefault(name, nested)
        schemas.setdefault(model.__name__, definition)
