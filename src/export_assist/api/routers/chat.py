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

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import iterate_in_threadpool

from export_assist.agent.events import ErrorEvent, Event
from export_assist.agent.schemas import ChatFinal, ChatRequest
from export_assist.api.deps import ContainerDep
from export_assist.api.error_text import error_body, wants_japanese
from export_assist.api.markdown import to_html
from export_assist.api.sse_doc import chat_responses
from export_assist.auth.deps import PrincipalDep
from export_assist.errors import ExportAssistError
from export_assist.languages import reply_language

log = logging.getLogger("export_assist.chat")
router = APIRouter(prefix="/v1", tags=["chat"])

SSE_DOC = chat_responses()


FAILED_EN = "Something went wrong while answering; please try again."
FAILED_JA = "回答の作成中に問題が発生しました。もう一度お試しください。"


def _error_event(code: str, message: str, message_ja: str, japanese: bool) -> ErrorEvent:
    """The `error` event in the chat's language, worded as the API's other errors are."""
    error = error_body(code, message, message_ja=message_ja, japanese=japanese)["error"]
    return ErrorEvent.model_validate(error)


def _guarded(events: Iterator[Event], japanese: bool = False) -> Iterator[dict[str, str]]:
    try:
        for event in events:
            if isinstance(event, ChatFinal):  # rendered here: markdown is the API's concern
                event.answer_html = to_html(event.answer)
            yield event.sse()
    except ExportAssistError as exc:
        yield _error_event(exc.code, exc.message, exc.message_ja, japanese).sse()
    except Exception:  # never a broken stream without a word: tell the user, log the rest
        log.exception("chat turn failed")
        yield _error_event("internal_error", FAILED_EN, FAILED_JA, japanese).sse()


def _japanese(request: Request, body: ChatRequest) -> bool:
    """Whether the turn's errors are for a Japanese reader: the chat's language, else the
    request's (Accept-Language / ?language=ja), else the message's own."""
    if body.language is not None:
        return body.language == "ja"
    asked = wants_japanese(request.headers, request.url.query)
    return asked or reply_language(body.message) == "ja"


async def _async(events: Iterator[dict[str, str]]) -> AsyncIterator[dict[str, str]]:
    async for item in iterate_in_threadpool(events):
        yield item


@router.post("/chat", responses=SSE_DOC, response_model=None)
def chat(
    body: ChatRequest,
    request: Request,
    who: PrincipalDep,
    container: ContainerDep,
    stream: Annotated[bool, Query(description="false: one JSON ChatFinal instead of SSE")] = True,
) -> EventSourceResponse | JSONResponse:
    """Ask the assistant; the answer streams as Server-Sent Events."""
    if body.language is None and not any(ch.isalpha() for ch in body.message):
        # no word to read a language from (「🍵🍵🍵」, 「0902.10」): the request's language
        # decides, not English by default (s8 trial U34)
        japanese = wants_japanese(request.headers, request.url.query)
        body = body.model_copy(update={"language": "ja" if japanese else "en"})
    service = container.chat
    if not stream:
        final: ChatFinal = service.run(who, body)
        final.answer_html = to_html(final.answer)
        return JSONResponse(final.model_dump(mode="json"))
    events = service.stream(who, body)
    return EventSourceResponse(_async(_guarded(events, _japanese(request, body))), ping=15)
