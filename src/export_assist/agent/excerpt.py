"""What an advisor reads of a passage in an escalation draft: the passage's quotable units
(answering/units.py: no Markdown, no Sources, a heading as a label) up to a length."""

from __future__ import annotations

from export_assist.answering.textclean import plain
from export_assist.answering.units import glue, units

_ELLIPSIS = "…"


def excerpt(passage: str, limit: int = 500) -> str:
    """The passage's first units that fit in `limit` characters (at least one, shortened
    with an ellipsis when it alone is longer)."""
    pieces = units(passage)
    kept: list[str] = []
    for piece in pieces:
        if len(glue([*kept, piece])) > limit:
            break
        kept.append(piece)
    if not kept:
        first = pieces[0] if pieces else plain(passage)
        return first[: limit - 1].rstrip() + _ELLIPSIS
    return glue([*kept, _ELLIPSIS]) if len(kept) < len(pieces) else glue(kept)
