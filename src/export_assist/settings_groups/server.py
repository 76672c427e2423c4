"""Settings of the server and its external systems: LLM, database, HTTP, request limits."""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr


class LLMSettings(BaseModel):
    """Any OpenAI-compatible chat endpoint; unset base_url means the no-LLM orchestrator."""

    base_url: str | None = Field(
        default=None,
        description="URL of an OpenAI-compatible /v1 endpoint (vLLM, llama.cpp, Ollama, "
        "OpenAI); unset: no LLM, the built-in orchestrator answers from retrieval and tools",
    )
    model: str = Field(
        default="qwen2.5-coder-1.5b-instruct",
        description="Model name sent to the endpoint (the default is the local model that "
        "`make run-llm` serves)",
    )
    api_key: SecretStr = Field(
        default=SecretStr("not-needed"),
        description="Key for the endpoint; the default suits local servers that need none",
    )
    timeout_s: float = Field(
        default=60.0, gt=0, description="Seconds to wait for one LLM call before giving up"
    )
    max_retries: int = Field(
        default=2, ge=0, le=10, description="Retries of a failed LLM call before it counts as down"
    )
    temperature: float = Field(
        default=0.1, ge=0, le=2, description="Sampling temperature (low: steady, factual answers)"
    )
    answer_rewrite: bool = Field(
        default=True,
        description="Let the model rewrite the answer engine's checked answer (one grounded "
        "generation behind the grounding gate); off: questions get the engine's answer and the "
        "model serves translations, programmes and multi-step requests. `make run-llm` turns it "
        "off for the small local model, which lost key facts when rewriting "
        "(docs/benchmarks.md)",
    )
    prompt_budget_tokens: int = Field(
        default=800,
        ge=200,
        le=16000,
        description="Size of the grounded rewrite's prompt (system, question, checked answer, "
        "passages), in estimated tokens; on a CPU the time to first token grows with it",
    )


class DatabaseSettings(BaseModel):
    """SQLAlchemy URL; unset means SQLite (WAL) in the data dir."""

    url: str | None = Field(
        default=None,
        description="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db; unset: "
        "SQLite in <data_dir>/export_assist.db",
    )
    echo: bool = Field(default=False, description="Log every SQL statement (debugging only)")


class ApiSettings(BaseModel):
    """HTTP server options."""

    host: str = Field(
        default="127.0.0.1",
        description="Address `serve` binds to (127.0.0.1: this machine only; 0.0.0.0: all)",
    )
    port: int = Field(default=8000, description="TCP port `serve` listens on")
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Sites allowed to embed the widget, as a JSON list of origins "
        '(["https://example.co.jp"]); empty: this server\'s own pages only',
    )
    compute_threads: int = Field(
        default=1,
        ge=1,
        le=256,
        description="OpenMP threads per `serve`/`mcp` process for query embedding and the "
        "rankers (1 keeps latency steady on shared cores; an OMP_NUM_THREADS you set wins)",
    )
    warm_up: bool = Field(
        default=False,
        description="At start, build the assistant and answer sample questions in the "
        "background so the first visitor's question is answered warm (`serve` sets it: on "
        "unless `serve --no-warm-up`; other entry points read it here)",
    )


class LimitsSettings(BaseModel):
    """What one request may hold, checked before the body is parsed (and, for endpoints
    that need a key, after the key is checked): bigger or deeper is a 413/422."""

    max_body_bytes: int = Field(
        default=2 * 1024 * 1024,
        ge=1024,
        description="Largest JSON body in bytes (default 2 MiB); larger: a 413",
    )
    max_upload_bytes: int = Field(
        default=50 * 1024 * 1024,
        ge=1024,
        description="Largest non-JSON body (uploads) whose size is announced, in bytes "
        "(default 50 MiB); larger: a 413 before it is read",
    )
    max_json_depth: int = Field(
        default=32, ge=4, le=200, description="Deepest nesting of a JSON body; deeper: a 422"
    )
    max_string_chars: int = Field(
        default=20_000,
        ge=100,
        description="Longest single string in a JSON body, in characters; longer: a 422",
    )
    shutdown_grace_s: float = Field(
        default=8.0,
        gt=0,
        le=60,
        description="Seconds a stopping server (SIGTERM) lets running requests finish",
    )
