"""Fruit named dried whose own heading is for fresh fruit only: heading 0813 holds the dried
fruit of headings 0807 to 0810 (apricots 0813.10, prunes 0813.20, apples 0813.30, any other
0813.40), while 0801 to 0806 name "fresh or dried" or have a dried subheading of their own
(dates, figs, raisins). 「干し柿」 was ranked as fresh persimmons (0810.70): the words match the
fresh subheading, and 0813.40 ("fruit n.e.c.") names no fruit at all (test45 t011)."""

from __future__ import annotations

from collections.abc import Sequence

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.states import DRIED, FRESH
from export_assist.retrieval.normalize import nfkc

_FRESH_ONLY_HEADINGS = ("0807", "0808", "0809", "0810")
_OWN_DRIED = {"080810": "081330", "080910": "081310", "080940": "081320"}
_OTHER_DRIED = "081340"


def dried_only(text: str) -> bool:
    """Whether a product description says dried and not fresh (「干し柿」, "dried pears"), in
    its words or in the English its Japanese name is read as (「あんぽ柿」: dried persimmons)."""
    low = nfkc(text)
    said = f"{low} {english_terms(low)}"
    return bool(DRIED.search(said)) and not FRESH.search(said)


def dried_counterpart(code: str) -> str | None:
    """The dried subheading of a fresh-only fruit subheading (None for any other code)."""
    if not code.startswith(_FRESH_ONLY_HEADINGS):
        return None
    return _OWN_DRIED.get(code, _OTHER_DRIED)


def dried_in_place(positions: Sequence[int], codes: Sequence[str]) -> list[tuple[int, int]]:
    """For a ranking (table positions, best first): (rank, position) pairs with each fresh-only
    fruit subheading replaced, in its place, by its dried subheading (once: a later repeat of a
    code already placed is dropped)."""
    index = {c: i for i, c in enumerate(codes)}
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for rank, position in enumerate(positions):
        dried = dried_counterpart(codes[position])
        if dried is not None and dried in index:
            position = index[dried]
        if position not in seen:
            seen.add(position)
            out.append((rank, position))
    return out
