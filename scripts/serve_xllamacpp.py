"""An OpenAI-compatible llama.cpp server from the prebuilt `xllamacpp` wheel (no compile):
`python scripts/serve_xllamacpp.py MODEL.gguf PORT [THREADS] [CTX] [ALIAS]`.

Used by scripts/run-llm.sh when LLM_SERVER=xllamacpp. llama.cpp's own C++ server runs in
this process; Jinja chat templates give proper `tool_calls` for the agent loop."""

from __future__ import annotations

import sys
import threading

import xllamacpp as xlc


def main(argv: list[str]) -> None:
    """Start the server and keep the process alive until it is stopped."""
    model, port = argv[0], int(argv[1])
    threads = int(argv[2]) if len(argv) > 2 else 2
    params = xlc.CommonParams()
    params.model.path = model
    params.port = port
    params.n_ctx = int(argv[3]) if len(argv) > 3 else 4096
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.n_parallel = 1  # one slot: the whole context for one turn, prompt cache kept
    params.use_jinja = True
    params.model_alias = argv[4] if len(argv) > 4 else "qwen2.5-coder-1.5b-instruct"
    server = xlc.Server(params)
    print(f"llama.cpp (xllamacpp) listening on {server.listening_address}", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main(sys.argv[1:])
