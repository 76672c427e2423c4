"""QA v2 (issue 9): multi-turn chat cases scored on the last answer's text alone — key
facts (any alternative), escalation precision/recall, gold document cited, must_not."""

from __future__ import annotations

import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from export_assist.agent.schemas import ChatRequest
from export_assist.agent.service import ChatService
from export_assist.auth.principal import Principal
from export_assist.compliance.corpus_meta import scan_corpus
from export_assist.evaluation.chat_qa import QARun
from export_assist.evaluation.metrics import percentile

# The tool names a case expects -> the assistant's tool names that satisfy it.
TOOL_NAMES: dict[str, tuple[str, ...]] = {
    "hs_suggest": ("suggest_hs_codes", "hs_suggest"),
    "shortlist": ("shortlist_buyers", "shortlist"),
    "document": ("draft_documents", "prepare_documents", "document_form", "documents"),
    "checklist": ("build_checklist", "checklist"),
    "programmes": ("match_programmes", "programmes"),
}


class Expect(BaseModel):
    """What a right answer holds."""

    key_facts: list[list[str]] = Field(default_factory=list)
    escalate: bool = False
    gold_docs: list[str] = Field(default_factory=list)
    tool: str | None = None
    must_not: list[str] = Field(default_factory=list)


class Case(BaseModel):
    """One conversation; the last turn's answer is scored."""

    id: str
    lang: Literal["ja", "en"]
    turns: list[str] = Field(min_length=1)
    kind: str
    destination: str | None = None
    expect: Expect


@dataclass
class Turn:
    """What the assistant said on the last turn."""

    answer: str
    cited: list[str]
    escalated: bool
    tools: list[str]
    fallback: str | None = None  # why the model's answer failed the grounding gate


def norm(text: str) -> str:
    """NFKC and case-folded, as the set's authors match facts."""
    return unicodedata.normalize("NFKC", text).casefold()


def facts_found(answer: str, facts: list[list[str]]) -> list[bool]:
    """For each fact: does any of its alternatives occur in the answer text?"""
    text = norm(answer)
    return [any(norm(alt) in text for alt in alts) for alts in facts]


def doc_ids_by_path(corpus: Path) -> dict[str, str]:
    """'regulations/us/x.pdf' -> document id, from the corpus's own metadata."""
    docs, _ = scan_corpus(corpus)
    out: dict[str, str] = {}
    for doc in docs:
        rel = doc.path.relative_to(corpus.parent).as_posix()
        out[rel.removesuffix(".yaml")] = doc.meta.id
    return out


def score_case(case: Case, turn: Turn, gold_ids: set[str]) -> dict[str, Any]:
    """The row of one case."""
    found = facts_found(turn.answer, case.expect.key_facts)
    wanted_tools = TOOL_NAMES.get(case.expect.tool or "", ())
    return {
        "id": case.id,
        "kind": case.kind,
        "key_facts": sum(found) / len(found) if found else None,
        "missing": [f for f, ok in zip(case.expect.key_facts, found, strict=True) if not ok],
        "gold_cited": bool(gold_ids & set(turn.cited)) if gold_ids else None,
        "escalate_expected": case.expect.escalate,
        "escalated": turn.escalated,
        "must_not_hit": [s for s in case.expect.must_not if norm(s) in norm(turn.answer)],
        "tool_ok": any(t in wanted_tools for t in turn.tools) if wanted_tools else None,
        "llm_fallback": turn.fallback,
        "cited": turn.cited,
        "answer": turn.answer,
    }


def aggregate(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Key-fact accuracy, gold cited, escalation precision/recall, must_not, tool rate."""

    def mean(values: list[float]) -> float:
        return round(statistics.fmean(values), 4) if values else 0.0

    esc = [r for r in rows if r["escalated"]]
    expected = [r for r in rows if r["escalate_expected"]]
    return {
        "key_fact_accuracy": mean([r["key_facts"] for r in rows if r["key_facts"] is not None]),
        "gold_cited": mean(
            [1.0 if r["gold_cited"] else 0.0 for r in rows if r["gold_cited"] is not None]
        ),
        "escalation_precision": mean([1.0 if r["escalate_expected"] else 0.0 for r in esc]),
        "escalation_recall": mean([1.0 if r["escalated"] else 0.0 for r in expected]),
        "must_not_clean": mean([0.0 if r["must_not_hit"] else 1.0 for r in rows]),
        "tool_rate": mean([1.0 if r["tool_ok"] else 0.0 for r in rows if r["tool_ok"] is not None]),
        # answers the grounding gate replaced by the extractive one (LLM mode only)
        "llm_fallback_rate": mean([1.0 if r.get("llm_fallback") else 0.0 for r in rows]),
    }


def evaluate_v2(
    ask: Callable[[list[str]], Turn], cases: list[Case], paths: dict[str, str], mode: str
) -> QARun:
    """Play each case's turns as one conversation (`ask`) and score the last answer."""
    rows: list[dict[str, Any]] = []
    latencies: list[float] = []
    for case in cases:
        started = time.perf_counter()
        turn = ask(case.turns)
        latencies.append((time.perf_counter() - started) * 1000 / len(case.turns))
        gold = {paths.get(p, Path(p).stem) for p in case.expect.gold_docs}
        rows.append(score_case(case, turn, gold) | {"ms": round(latencies[-1], 1)})
    return QARun(
        mode=mode,
        n=len(cases),
        metrics=aggregate(rows),
        latency_ms_p50=round(percentile(latencies, 50), 1) if latencies else 0.0,
        latency_ms_p95=round(percentile(latencies, 95), 1) if latencies else 0.0,
        examples=rows,
    )


def chat_asker(chat: ChatService, language: str | None = None) -> Callable[[list[str]], Turn]:
    """Play a case's turns as one conversation of the chat service (a fresh one per case)."""
    who = Principal(key_id="eval", subject="eval", role="exporter", tenant="eval")

    def ask(turns: list[str]) -> Turn:
        conversation: str | None = None
        final = None
        for message in turns:
            request = ChatRequest(message=message, conversation_id=conversation)
            final = chat.run(who, request)
            conversation = final.conversation_id
        assert final is not None
        tools = [c.name for c in final.tool_calls] + [p.kind for p in final.payloads]
        cited = [c.doc_id for c in final.citations]
        return Turn(final.answer, cited, final.escalated, tools, final.llm_fallback)

    return ask


def is_v2(path: Path) -> bool:
    """Whether a JSONL file is in the QA v2 format (multi-turn cases with `expect`)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                return '"turns"' in line and '"expect"' in line
    return False
