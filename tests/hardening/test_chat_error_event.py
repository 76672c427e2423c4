"""The chat's SSE `error` event speaks the chat's language (s5 trial J2): a turn that fails
after the stream started said "Something went wrong…" in English to a Japanese user."""

from __future__ import annotations

import json
from collections.abc import Iterator

from starlette.requests import Request

from export_assist.agent.events import Event
from export_assist.agent.schemas import ChatRequest
from export_assist.api.routers.chat import _guarded, _japanese
from export_assist.errors import ExportAssistError, InvalidInput


def _failing(exc: Exception) -> Iterator[Event]:
    raise exc
    yield  # a generator that fails on its first step, as a broken turn does


def _error_of(events: Iterator[dict[str, str]]) -> dict[str, str]:
    (only,) = list(events)
    assert only["event"] == "error"
    data: dict[str, str] = json.loads(only["data"])
    return data


def test_an_unexpected_failure_is_reported_in_japanese_with_its_english() -> None:
    ja = _error_of(_guarded(_failing(RuntimeError("boom")), japanese=True))
    assert ja["code"] == "internal_error"
    assert ja["message"] == "回答の作成中に問題が発生しました。もう一度お試しください。"
    assert ja["message_en"] == "Something went wrong while answering; please try again."
    en = _error_of(_guarded(_failing(RuntimeError("boom"))))
    assert en == {"code": "internal_error",
                  "message": "Something went wrong while answering; please try again."}  # fmt: skip


def test_our_own_errors_use_their_japanese_wording() -> None:
    worded = ExportAssistError("Index missing", message_ja="索引がありません。")
    assert _error_of(_guarded(_failing(worded), japanese=True))["message"] == "索引がありません。"
    bad = InvalidInput("Unknown country code 'ZZ': use an ISO 3166-1 alpha-2 code")
    ja = _error_of(_guarded(_failing(bad), japanese=True))
    assert ja["code"] == "invalid_input" and "不明な国コードです" in ja["message"]


def test_the_chat_language_decides_then_the_request_then_the_message() -> None:
    def request(accept: str = "", query: str = "") -> Request:
        headers = [(b"accept-language", accept.encode())] if accept else []
        scope = {"type": "http", "path": "/v1/chat", "headers": headers}
        return Request({**scope, "query_string": query.encode()})

    english_question = ChatRequest(message="Labelling rules for matcha?")
    assert not _japanese(request(), english_question)
    assert _japanese(request("ja,en;q=0.8"), english_question)
    assert _japanese(request(query="language=ja"), english_question)
    assert _japanese(request(), ChatRequest(message="抹茶の表示ルールは？"))
    assert not _japanese(request("ja"), ChatRequest(message="抹茶", language="en"))
