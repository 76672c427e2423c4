"""The scripted OpenAI-compatible server speaks the protocol the real openai client expects."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests.support.openai_server import Reply, ScriptedOpenAIServer


def test_plain_reply_and_recorded_request() -> None:
    with ScriptedOpenAIServer(["こんにちは"]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        out = client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    assert out.choices[0].message.content == "こんにちは"
    assert out.choices[0].finish_reason == "stop"
    assert server.requests[0].last_user == "hi"
    assert server.requests[0].headers["authorization"] == "Bearer k"


def test_tool_call_and_streaming_tool_call() -> None:
    script = [Reply.tool("search", {"q": "FDA"}), Reply.tool("search", {"q": "x" * 40})]
    with ScriptedOpenAIServer(script) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        msgs = [{"role": "user", "content": "go"}]
        out = client.chat.completions.create(model="m", messages=msgs)  # type: ignore[arg-type]
        call = out.choices[0].message.tool_calls[0]  # type: ignore[index]
        assert call.function.name == "search"  # type: ignore[union-attr]
        assert json.loads(call.function.arguments) == {"q": "FDA"}  # type: ignore[union-attr]
        args = ""
        for chunk in client.chat.completions.create(model="m", messages=msgs, stream=True):  # type: ignore[arg-type]
            for tc in chunk.choices[0].delta.tool_calls or [] if chunk.choices else []:
                args += tc.function.arguments or ""  # type: ignore[union-attr]
        assert json.loads(args) == {"q": "x" * 40}
        assert server.remaining == 0


def test_streaming_text_with_usage_and_callable_entry() -> None:
    with ScriptedOpenAIServer([lambda r: r.last_user.upper()]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        stream = client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "a long enough sentence"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "A LONG ENOUGH SENTENCE"
    assert chunks[-1].usage is not None


def test_errors_and_exhausted_script() -> None:
    with ScriptedOpenAIServer([Reply.fail(429, "slow down")]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a"}])
        with pytest.raises(openai.InternalServerError, match="script exhausted"):
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a"}])
        assert httpx.get(server.base_url + "/models").json()["data"][0]["id"] == "scripted-model"
