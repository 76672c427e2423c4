"""The loop the harvest scripts share (eval/sentence_harvest.py, eval/card_harvest.py): each
tuning case played through the chat path as `eval qa` plays it, no LLM, resuming a harvest
file (the cases already in it are skipped)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from handoff_sets import ROOT

from export_assist.agent.schemas import ChatRequest
from export_assist.auth.principal import Principal
from export_assist.cli.base import container
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, doc_ids_by_path
from export_assist.matching.startup import ensure_sample_directory


def harvested(out: Path) -> set[str]:
    """The ids of the cases a harvest file already holds."""
    if not out.exists():
        return set()
    return {json.loads(line)["id"] for line in out.open(encoding="utf-8")}


def played(
    sets: list[str],
    cap: int,
    wanted: Callable[[Case], bool],
    before_last: Callable[[], None],
    done: set[str],
) -> Iterator[tuple[str, Case, Any, dict[str, str]]]:
    """(set, case, the last turn's chat response, corpus path -> doc id) for each wanted case
    not in `done`, at most `cap` per set (0: all); `before_last` runs before the last turn,
    so what a recorder keeps is that turn's."""
    who = Principal(key_id="eval", subject="eval", role="exporter", tenant="eval")
    with container() as c:
        ensure_sample_directory(c.buyer_directory, c.settings.matching)
        c.settings.llm.base_url = None
        paths = doc_ids_by_path(c.settings.corpus_dir)
        chat = c.new_chat()
        for name in sets:
            cases = [x for x in load_jsonl(ROOT / f"{name}.jsonl", Case) if wanted(x)]
            for case in cases[: cap or None]:
                if case.id in done:
                    continue
                conversation, final = None, None
                for i, message in enumerate(case.turns):
                    if i == len(case.turns) - 1:
                        before_last()
                    final = chat.run(
                        who, ChatRequest(message=message, conversation_id=conversation)
                    )
                    conversation = final.conversation_id
                assert final is not None
                yield name, case, final, paths
