"""HS codes through the chat path: top-1/top-3 at six digits on the `kind: hs` cases of
QA v2 sets (each case a fresh no-LLM conversation; the codes of the turn's HS payload,
else the dotted codes of the answer text, in order).

Run from the repo root:
    python -m bench.hs_chat dev,test10,test15 [--show]
`--show` prints each case (for tuning sets only: held-apart sets are reported in figures).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from export_assist.agent.schemas import ChatFinal, ChatRequest
from export_assist.auth.principal import Principal
from export_assist.cli.base import container

DATASETS = Path("eval/datasets/qa_v2")


def gold_codes(case: dict[str, object]) -> set[str]:
    """The six-digit codes among a case's key facts."""
    expect = case.get("expect")
    facts = expect.get("key_facts", []) if isinstance(expect, dict) else []
    return {
        re.sub(r"\D", "", f)[:6]
        for alternatives in facts
        for f in alternatives
        if re.search(r"\d{4}\.?\d{2}", f)
    }


def shown_codes(final: ChatFinal) -> list[str]:
    """The six-digit codes the turn suggests, best first."""
    codes: list[str] = []
    for payload in final.payloads:
        if payload.kind == "hs" and isinstance(payload.data, dict):
            for found in payload.data.get("candidates", []) or []:
                codes.append(re.sub(r"\D", "", str(found.get("code", "")))[:6])
    return codes or [c.replace(".", "") for c in re.findall(r"\b\d{4}\.\d{2}\b", final.answer)]


def main(sets: list[str], show: bool) -> None:
    """Play every HS case of the sets and print top-1/top-3 per set and overall."""
    who = Principal(key_id="bench", subject="bench", role="exporter", tenant="bench")
    totals: dict[str, list[int]] = {}
    with container() as c:
        chat = c.new_chat()
        for name in sets:
            for line in (DATASETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                case = json.loads(line) if line.strip() else {}
                if case.get("kind") != "hs":
                    continue
                gold, conversation = gold_codes(case), None
                for message in case["turns"]:
                    request = ChatRequest(message=message, conversation_id=conversation)
                    final = chat.run(who, request)
                    conversation = final.conversation_id
                codes = shown_codes(final)
                top1, top3 = codes[:1] != [] and codes[0] in gold, bool(gold & set(codes[:3]))
                row = totals.setdefault(name, [0, 0, 0])
                row[0], row[1], row[2] = row[0] + 1, row[1] + top1, row[2] + top3
                if show:
                    mark = "T1" if top1 else "T3" if top3 else "--"
                    print(name, case["id"], mark, sorted(gold), codes[:5], case["turns"][-1][:60])
    n, t1, t3 = (sum(r[i] for r in totals.values()) for i in range(3))
    print("| set | n | top-1@6 | top-3@6 |\n|---|---|---|---|")
    for name, (m, a, b) in totals.items():
        print(f"| {name} | {m} | {a} | {b} |")
    print(f"| all | {n} | {t1} ({t1 / max(n, 1):.3f}) | {t3} ({t3 / max(n, 1):.3f}) |")


if __name__ == "__main__":
    main(sys.argv[1].split(","), "--show" in sys.argv[2:])
