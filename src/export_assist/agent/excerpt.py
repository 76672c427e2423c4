"""What an advisor reads of a passage in an escalation draft: plain text (no Markdown
markup, no Sources section), whole sentences up to a length, never cut mid-word."""

from __future__ import annotations

import re

from export_assist.answering.textclean import clean_passage
from export_assist.sentences import split_sentences

_ELLIPSIS = "…"
_CLOSED = re.compile(r"[。．！？.!?」』）)…:：]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff）」。]")


def excerpt(passage: str, limit: int = 500) -> str:
    """The passage's first sentences that fit in `limit` characters (at least one, shortened
    with an ellipsis when it alone is longer)."""
    sentences = split_sentences(clean_passage(passage))
    out: list[str] = []
    for sentence in sentences:
        joined = _join([*out, sentence])
        if len(joined) > limit:
            if all(not _CLOSED.search(p) for p in out):  # only a heading so far: cut this one
                room = limit - len(_join([*out, ""])) - 1
                return _join([*out, sentence[: max(room, 0)].rstrip() + _ELLIPSIS])
            break
        out.append(sentence)
    if out:
        return _join([*out, _ELLIPSIS]) if len(out) < len(sentences) else _join(out)
    first = sentences[0] if sentences else passage.strip()
    return first[: limit - 1].rstrip() + _ELLIPSIS


def _join(pieces: list[str]) -> str:
    """Sentences run on (Japanese without a space); a heading ends with a colon."""
    out = ""
    for piece in pieces:
        if out and not _CLOSED.search(out):  # a heading or label line: "香港：…"
            out += "：" if _CJK.search(out[-1]) else ": "
        elif out and not _CJK.search(out[-1]) and not _CJK.search(piece[:1]):
            out += " "
        out += piece
    return out
