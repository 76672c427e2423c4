"""A scripted OpenAI-compatible HTTP server for tests: real client, real protocol, no mocks.

Runs a real HTTP server on 127.0.0.1 (random port) in a thread, replays scripted
replies to ``POST /v1/chat/completions`` (plain JSON or streaming SSE, text or
``tool_calls``) and records every request. ``GET /v1/models`` lists the model.

Usage::

    from tests.support.openai_server import Reply, ScriptedOpenAIServer

    with ScriptedOpenAIServer(["Hello", Reply.tool("search", {"q": "FDA"})]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="x")
        ...  # first call gets "Hello", the second a tool call
        assert server.requests[0].json["messages"][-1]["content"] == "..."

Script entries are replayed in order; each is a ``Reply``, a ``str`` (plain text
reply) or a callable ``(RecordedRequest) -> Reply | str`` (for replies that depend
on the request). ``server.add(...)`` appends entries; ``responder=`` answers when
the script is exhausted (otherwise the server answers HTTP 500 "script exhausted",
so a test that calls more often than it planned fails loudly). ``Reply.fail(status,
message)`` returns an OpenAI-style error body. Streaming is used when the request
has ``"stream": true``; usage is sent last when ``stream_options.include_usage`` is set.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer."""

    content: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    status: int = 200
    error: str | None = None
    delay_s: float = 0.0
    finish_reason: str | None = None

    @classmethod
    def text(cls, content: str, **kw: Any) -> Reply:
        """A plain assistant message."""
        return cls(content=content, **kw)

    @classmethod
    def tool(cls, name: str, arguments: dict[str, Any] | str, **kw: Any) -> Reply:
        """An assistant message with one tool call (arguments as a dict or JSON string)."""
        return cls(tool_calls=[{"name": name, "arguments": arguments}], **kw)

    @classmethod
    def tools(cls, *calls: tuple[str, dict[str, Any] | str], **kw: Any) -> Reply:
        """An assistant message with several parallel tool calls."""
        return cls(tool_calls=[{"name": n, "arguments": a} for n, a in calls], **kw)

    @classmethod
    def fail(cls, status: int, message: str = "scripted failure") -> Reply:
        """An HTTP error with an OpenAI-style error body."""
        return cls(status=status, error=message)

    def _calls(self) -> list[dict[str, Any]]:
        out = []
        for i, call in enumerate(self.tool_calls):
            args = call["arguments"]
            out.append(
                {
                    "id": call.get("id") or f"call_{i}_{uuid.uuid4().hex[:8]}",
                    "type": "function",
                    "function": {
                        "name": call["name"],
                        "arguments": args if isinstance(args, str) else json.dumps(args),
                    },
                }
            )
        return out

    def _finish(self) -> str:
        return self.finish_reason or ("tool_calls" if self.tool_calls else "stop")


@dataclass
class RecordedRequest:
    """What a client sent: method, path, headers and the parsed JSON body."""

    method: str
    path: str
    headers: dict[str, str]
    json: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a chat-completions request."""
        return list(self.json.get("messages", []))

    @property
    def last_user(self) -> str:
        """Text of the last user message (content parts joined)."""
        for msg in reversed(self.messages):
            if msg.get("role") == "user":
                content = msg.get("content")
                if isinstance(content, list):
                    return "".join(p.get("text", "") for p in content if isinstance(p, dict))
                return str(content or "")
        return ""


Entry = Reply | str | Callable[[RecordedRequest], "Reply | str"]


class ScriptedOpenAIServer:
    """Real HTTP server replaying scripted chat-completion replies; records requests."""

    def __init__(
        self,
        script: Iterable[Entry] = (),
        *,
        model: str = "scripted-model",
        responder: Callable[[RecordedRequest], Reply | str] | None = None,
    ) -> None:
        self.model = model
        self.responder = responder
        self.requests: list[RecordedRequest] = []
        self._script: list[Entry] = list(script)
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------
    def start(self) -> ScriptedOpenAIServer:
        """Bind a random port on 127.0.0.1 and serve in a daemon thread."""
        handler = type("Handler", (_Handler,), {"server_ref": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Shut the server down and close its socket."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, ending in /v1."""
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    # --- script --------------------------------------------------------------------
    def add(self, *entries: Entry) -> None:
        """Append entries to the script."""
        with self._lock:
            self._script.extend(entries)

    @property
    def remaining(self) -> int:
        """How many scripted entries have not been replayed yet."""
        return len(self._script)

    def _next(self, request: RecordedRequest) -> Reply | None:
        with self._lock:
            self.requests.append(request)
            entry: Entry | None = self._script.pop(0) if self._script else self.responder
        if entry is None:
            return None
        if callable(entry) and not isinstance(entry, Reply):
            entry = entry(request)
        return Reply.text(entry) if isinstance(entry, str) else entry


class _Handler(BaseHTTPRequestHandler):
    server_ref: ScriptedOpenAIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        return

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            body = {"object": "list", "data": [{"id": self.server_ref.model, "object": "model"}]}
            return self._json(200, body)
        self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b"{}"
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            return self._json(400, {"error": {"message": "body is not JSON"}})
        req = RecordedRequest(
            "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self.server_ref.requests.append(req)
            return self._json(404, {"error": {"message": f"no route {self.path}"}})
        reply = self.server_ref._next(req)
        if reply is None:
            return self._json(
                500, {"error": {"message": "script exhausted", "type": "server_error"}}
            )
        if reply.delay_s:
            time.sleep(reply.delay_s)
        if reply.error is not None:
            return self._json(reply.status, {"error": {"message": reply.error, "type": "scripted"}})
        if body.get("stream"):
            return self._stream(reply, body)
        self._json(reply.status, self._completion(reply, body))

    # --- responses -------------------------------------------------------------------
    def _base(self, obj: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": obj,
            "created": int(time.time()),
            "model": self.server_ref.model,
        }

    @staticmethod
    def _usage(reply: Reply, body: dict[str, Any]) -> dict[str, int]:
        prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4
        completion = len(reply.content or "") // 4 + 10 * len(reply.tool_calls)
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _completion(self, reply: Reply, body: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.tool_calls:
            message["tool_calls"] = reply._calls()
        out = self._base("chat.completion")
        out["choices"] = [{"index": 0, "message": message, "finish_reason": reply._finish()}]
        out["usage"] = self._usage(reply, body)
        return out

    def _chunks(self, reply: Reply) -> Iterable[dict[str, Any]]:
        yield {"role": "assistant", "content": ""}
        text = reply.content or ""
        for i in range(0, len(text), 8):  # several deltas, as real servers send
            yield {"content": text[i : i + 8]}
        for index, call in enumerate(reply._calls()):
            fn = call["function"]
            head = {"index": index, "id": call["id"], "type": "function"}
            yield {"tool_calls": [{**head, "function": {"name": fn["name"], "arguments": ""}}]}
            args = fn["arguments"]
            for i in range(0, len(args), 16):
                yield {
                    "tool_calls": [{"index": index, "function": {"arguments": args[i : i + 16]}}]
                }

    def _stream(self, reply: Reply, body: dict[str, Any]) -> None:
        self.send_response(reply.status)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("connection", "close")
        self.end_headers()
        base = self._base("chat.completion.chunk")

        def send(payload: dict[str, Any] | str) -> None:
            data = payload if isinstance(payload, str) else json.dumps(payload)
            self.wfile.write(f"data: {data}\n\n".encode())
            self.wfile.flush()

        for delta in self._chunks(reply):
            send({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        send({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reply._finish()}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            send({**base, "choices": [], "usage": self._usage(reply, body)})
        send("[DONE]")
        self.close_connection = True

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
