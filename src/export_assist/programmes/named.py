"""Programmes a message names: 「ものづくり補助金で展示会の費用は出せますか？」 asks about one
programme, not for a list (s11 lead trial: five other programmes were listed and the named one
was never mentioned).

A programme is named by its official name, the name before its parenthesis
(「海外見本市・展示会への出展支援」) or one of its `aliases` (「ものづくり補助金」). National SME
subsidies that are *not* in the catalogue are recognised by name too, so that the answer can
say so instead of answering about something else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from export_assist.domain.programmes import Programme

# Well-known national SME subsidies the catalogue does not hold (yet). Only their names are
# recorded: the answer says they are not covered and hands the question to an advisor; it
# states nothing about them. Longest names first within each entry.
NOT_IN_CATALOGUE: tuple[tuple[str, ...], ...] = (
    ("小規模事業者持続化補助金", "持続化補助金"),
    ("IT導入補助金", "デジタル化・AI導入補助金"),
    ("事業再構築補助金",),
    ("中小企業省力化投資補助金", "省力化投資補助金", "省力化補助金"),
    ("中小企業新事業進出補助金", "新事業進出補助金"),
    ("中小企業成長加速化補助金", "成長加速化補助金"),
    ("事業承継・M&A補助金", "事業承継・引継ぎ補助金"),
)
_MIN_BASE = 5  # a base name shorter than this is a common word (「貿易相談」 would be too loose)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def names_of(p: Programme) -> list[str]:
    """The names a message may use for the programme, normalised."""
    base = re.split(r"[（(]", p.official_name, maxsplit=1)[0].strip()
    names = [p.official_name, *p.aliases]
    if len(base) >= _MIN_BASE:
        names.append(base)
    return sorted({_norm(n) for n in names if n}, key=len, reverse=True)


@dataclass(frozen=True)
class Named:
    """What a message names: catalogue programmes and names the catalogue lacks."""

    programmes: list[Programme]
    unknown: list[str]

    def __bool__(self) -> bool:
        return bool(self.programmes or self.unknown)


def _spans(text: str, name: str) -> Iterable[tuple[int, int]]:
    if name.isascii():  # "GFP", "JFOODO": whole words only
        pattern = rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])"
        return ((m.start(), m.end()) for m in re.finditer(pattern, text))
    return ((m.start(), m.end()) for m in re.finditer(re.escape(name), text))


def named_in(text: str, programmes: Sequence[Programme], limit: int = 2) -> Named:
    """Programmes the text names (longest name wins where names overlap), first named first."""
    low = _norm(text)
    found: list[tuple[int, int, Programme | str]] = []
    for p in programmes:
        found += [(s, e, p) for name in names_of(p) for s, e in _spans(low, name)]
    for names in NOT_IN_CATALOGUE:
        found += [(s, e, names[0]) for name in names for s, e in _spans(low, _norm(name))]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Programme | str]] = []
    for start, end, what in found:
        if any(s <= start and end <= e and e - s > end - start for s, e, _ in kept):
            continue  # 「ハンズオン支援」 inside 「海外展開ハンズオン支援」 (equal spans: both)
        kept.append((start, end, what))
    known: list[Programme] = []
    unknown: list[str] = []
    for _, _, what in kept:
        if isinstance(what, str):
            if what not in unknown:
                unknown.append(what)
        elif all(what.id != p.id for p in known):
            known.append(what)
    return Named(known[:limit], unknown[:limit])
