"""POST /v1/chat: one turn, streamed over Server-Sent Events (or JSON on request).

Events, in order: `meta` (conversation id, mode, language), then any of `tool_call`,
`tool_result`, `token` (answer text deltas) and `notice` (e.g. LLM fallback; `reset`
means discard the text streamed so far), then `citations` and `final` (ChatFinal:
answer, citations, checklist/shortlist/document payloads with their review drafts,
escalation). A failure after the stream started arrives as an `error` event.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import iterate_in_threadpool

from export_assist.agent.events import ErrorEvent, Event
from export_assist.agent.schemas import ChatFinal, ChatRequest
from export_assist.api.deps import ContainerDep
from export_assist.api.markdown import to_html
from export_assist.api.sse_doc import chat_responses
from export_assist.auth.deps import PrincipalDep
from export_assist.errors import ExportAssistError

log = logging.getLogger("export_assist.chat")
router = APIRouter(prefix="/v1", tags=["chat"])

SSE_DOC = chat_responses()


def _guarded(events: Iterator[Event]) -> Iterator[dict[str, str]]:
    try:
        for event in events:
            if isinstance(event, ChatFinal):  # rendered here: markdown is the API's concern
                event.answer_html = to_html(event.answer)
            yield event.sse()
    except ExportAssistError as exc:
        yield ErrorEvent(code=exc.code, message=exc.message).sse()
    except Exception:  # never a broken stream without a word: tell the user, log the rest
        log.exception("chat turn failed")
        message = "Something went wrong while answering; please try again."
        yield ErrorEvent(code="internal_error", message=message).sse()


async def _async(events: Iterator[dict[str, str]]) -> AsyncIterator[dict[str, str]]:
    async for item in iterate_in_threadpool(events):
        yield item


@router.post("/chat", responses=SSE_DOC, response_model=None)
def chat(
    body: ChatRequest,
    who: PrincipalDep,
    container: ContainerDep,
    stream: Annotated[bool, Query(description="false: one JSON ChatFinal instead of SSE")] = True,
) -> EventSourceResponse | JSONResponse:
    """Ask the assistant; the answer streams as Server-Sent Events."""
    service = container.chat
    if not stream:
        final: ChatFinal = service.run(who, body)
        final.answer_html = to_html(final.answer)
        return JSONResponse(final.model_dump(mode="json"))
    events = service.stream(who, body)
    return EventSourceResponse(_async(_guarded(events)), ping=15)
