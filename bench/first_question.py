"""The first visitor's question after `export-assist serve` starts: with the start-up
warm-up (`serve`'s default) and without it (`serve --no-warm-up`, the baseline), both in
one run, each a fresh server process over the same ingested data dir.

    python -m bench.first_question            # writes bench/results/first_question.json
    python -m bench.first_question --wait     # warm side: ask only after /healthz says warm

Each side: start the server, wait for /healthz, then ask QUESTIONS in order through
`POST /v1/chat?stream=false` with the demo exporter key, one at a time, timing each. By
default the warm side asks as soon as /healthz answers, as a visitor who opens the page at
once would (the question then waits for the warm-up's part builds, never builds twice);
--wait measures a visitor who comes after the warm-up. The data dir is this benchmark's
own (bench/.data/first_question), ingested once; each side runs on a fresh copy of it,
so neither finds the other's questions in the embedding cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import BENCH_DATA, ROOT, write_result

CLI = [sys.executable, "-m", "export_assist.cli.main"]
DATA = BENCH_DATA / "first_question"
QUESTIONS = (  # not the warm-up's own samples: a visitor asks something else
    "ベトナムに味噌を輸出したい。必要な手続きは？",
    "韓国に電気ケトルを輸出するときの認証は？",
    "What labels does green tea need in the EU?",
    "ステンレス製の包丁のHSコードは？",
)


def _env(data: Path = DATA) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        EXPORT_ASSIST_DATA_DIR=str(data),
        EXPORT_ASSIST_CORPUS_DIR=str(ROOT / "regulations"),
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
    )
    return env


def _prepare() -> str:
    """Ingest the corpus and make the demo keys once; the exporter key."""
    DATA.mkdir(parents=True, exist_ok=True)
    subprocess.run([*CLI, "ingest", "regulations"], env=_env(), cwd=ROOT, check=True)
    subprocess.run([*CLI, "keys", "demo"], env=_env(), cwd=ROOT, check=True, capture_output=True)
    return str(json.loads((DATA / "demo_keys.json").read_text())["exporter"])


def _port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _side(warm_up: bool, key: str, wait: bool) -> dict[str, Any]:
    data = DATA.with_name(f"first_question-{'warm' if warm_up else 'cold'}")
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(DATA, data)
    port = _port()
    url = f"http://127.0.0.1:{port}"
    flag = "--warm-up" if warm_up else "--no-warm-up"
    cmd = [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port), flag]
    began = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=_env(data), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    out: dict[str, Any] = {"warm_up": warm_up, "load_before": round(os.getloadavg()[0], 1)}
    try:
        health: dict[str, Any] = {}
        while not health:
            try:
                health = httpx.get(f"{url}/healthz", timeout=5).json()
            except httpx.HTTPError:
                time.sleep(0.25)
        out["healthz_s"] = round(time.perf_counter() - began, 1)
        while wait and warm_up and not httpx.get(f"{url}/healthz", timeout=5).json()["warm"]:
            time.sleep(0.5)
        if wait and warm_up:
            out["warm_s"] = round(time.perf_counter() - began, 1)
        turns = []
        for question in QUESTIONS:
            asked = time.perf_counter()
            reply = httpx.post(
                f"{url}/v1/chat",
                params={"stream": "false"},
                json={"message": question},
                headers={"Authorization": f"Bearer {key}"},
                timeout=600,
            )
            reply.raise_for_status()
            turns.append(round(time.perf_counter() - asked, 2))
        out["turn_s"] = turns
        out["first_turn_s"] = turns[0]
        out["start_to_first_answer_s"] = round(out["healthz_s"] + turns[0], 1)
        if wait and warm_up:
            out["start_to_first_answer_s"] = round(out["warm_s"] + turns[0], 1)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    out["load_after"] = round(os.getloadavg()[0], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wait", action="store_true", help="warm side asks after the warm-up")
    args = ap.parse_args()
    key = _prepare()
    sides = [_side(False, key, args.wait), _side(True, key, args.wait)]
    for side in sides:
        print(json.dumps(side))
    write_result("first_question", {"questions": list(QUESTIONS), "sides": sides})


if __name__ == "__main__":
    main()
