"""POST /v1/chat: a buyer shortlist explains each buyer in the user's language, from the
ranker's top contributing features (structured reasons beside the English ones)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.answering.test_chat_api import ask, client, container
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "container", "keys"]
pytestmark = pytest.mark.slow

# Words of the English reasons and line heads; none may reach a Japanese user.
ENGLISH = re.compile(
    r"interest|similar|proximity|overlap|purchase|certification|required|works in|"
    r"based in|requested|channel|order size|language|score|via\b|past|reference|candidate",
    re.IGNORECASE,
)


def _lines(answer: str) -> list[str]:
    return [line for line in answer.splitlines() if line.startswith("- ")]


def test_wagashi_shortlist_reasons_are_japanese(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "フランスで和菓子のバイヤー候補を探して")
    shortlist = next(p for p in done["payloads"] if p["kind"] == "shortlist")["data"]
    lines = _lines(done["answer"])
    assert lines, done["answer"]
    for line, cand in zip(lines, shortlist["candidates"], strict=False):
        assert "（フランス、スコア " in line, line
        # the reason text without the buyer's own name (a company name may be Latin)
        reason = line.split("）: ", 1)[1]
        assert not ENGLISH.search(reason), line
        assert cand["reasons"] and all(r["ja"] and r["en"] for r in cand["reasons"])
        assert reason == "；".join(r["ja"] for r in cand["reasons"])
    first = shortlist["candidates"][0]
    assert any(r["key"] in ("semantic", "lexical", "code") for r in first["reasons"]), first
    assert "関心品目『" in lines[0] or "HSコード近接" in lines[0], lines[0]
    assert first["summary"] and ENGLISH.search(first["summary"])  # the API keeps English


def test_tea_shortlist_in_english_keeps_english_reasons(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "Find importers of Japanese green tea in the United States.")
    lines = _lines(done["answer"])
    assert lines and all("(US, score " in line for line in lines), done["answer"]
    assert all(ENGLISH.search(line.split("): ", 1)[1]) for line in lines), lines
