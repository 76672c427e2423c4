"""Hierarchical product codes (HS by default; CPV, GSIN/FSC too): validation and
proximity by shared prefix, so any prefix-structured scheme can be matched."""

from __future__ import annotations

import re
from collections.abc import Iterable

from export_assist.errors import InvalidInput

SCHEMES = ("hs", "cpv", "gsin", "other")
_CLEAN = re.compile(r"[\s.\-]")
_ALNUM = re.compile(r"^[A-Z0-9]{1,16}$")


def normalize_code(code: str, scheme: str = "hs", *, where: str = "") -> str:
    """A canonical code (HS: 2-10 digits; other schemes: 1-16 letters/digits), or InvalidInput."""
    raw = _CLEAN.sub("", str(code or "")).upper()
    at = f" ({where})" if where else ""
    if scheme == "hs":
        if not raw.isdigit() or not 2 <= len(raw) <= 10:
            raise InvalidInput(f"HS code {code!r}{at} must be 2 to 10 digits, e.g. 0902 or 090210")
        return raw
    if scheme not in SCHEMES:
        raise InvalidInput(f"unknown code scheme {scheme!r}{at}: use one of {', '.join(SCHEMES)}")
    if not _ALNUM.match(raw):
        raise InvalidInput(f"{scheme.upper()} code {code!r}{at} must be 1-16 letters or digits")
    return raw


def common_prefix(a: str, b: str) -> int:
    """Length of the shared prefix of two codes."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# Headings that split the same goods by state (fresh or chilled / frozen / fillets): a
# frozen-beef buyer (0202) is closer to fresh beef (0201) than to live animals (0102).
_FAMILIES = (
    frozenset({"0201", "0202"}),
    frozenset({"0302", "0303", "0304"}),
    frozenset({"0709", "0710"}),
    frozenset({"0810", "0811"}),
)


def _family_levels(query: str, code: str) -> float:
    """Levels shared through a heading family: 1.5 (between chapter and heading), 2 (as
    the same heading) when the subheading digits agree too (0201.30 and 0202.30, boneless)."""
    if len(query) < 4 or len(code) < 4 or query[:4] == code[:4]:
        return 0.0
    if not any(query[:4] in f and code[:4] in f for f in _FAMILIES):
        return 0.0
    return 2.0 if len(query) >= 6 and query[4:6] == code[4:6] else 1.5


def proximity(query: str, code: str, scheme: str = "hs") -> float:
    """How close two codes are in the hierarchy, 0..1 (1: same code or one contains the other).

    HS counts whole levels (chapter=2, heading=4, subheading=6 digits) so 0901 vs 0902
    shares only the chapter (fresh and frozen headings of the same goods count more:
    _FAMILIES); other schemes count shared characters over the shorter code.
    """
    if not query or not code:
        return 0.0
    shared = common_prefix(query, code)
    shorter = min(len(query), len(code))
    if shared >= shorter:
        return 1.0
    if scheme == "hs":
        levels = max(shared // 2, _family_levels(query, code))
        return levels / max(1, (shorter + 1) // 2)
    return shared / shorter


def best_proximity(query: str, codes: Iterable[str], scheme: str = "hs") -> tuple[float, str]:
    """The closest code of a buyer and its proximity (0.0, '' when there is none)."""
    best, which = 0.0, ""
    for code in codes:
        p = proximity(query, code, scheme)
        if p > best:
            best, which = p, code
            if p >= 1.0:
                break
    return best, which
