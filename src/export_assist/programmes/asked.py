"""The kind of programme a question asks for (session 16, issue 9): 「工場の改修に使える補助」,
「金利を補助してくれる制度」, 「輸出コンソーシアム」, 「ブランディングの費用を補助」 listed generic JETRO
advice first, because only the profile's activities ordered the list. Each kind is told by
the question's words and met by what a programme is (its benefit, its activities, its name)."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.domain.programmes import Programme

_AID = r"(?:補助|助成|支援|subsid\w*|grants?)"
_FACILITY = r"(?:設備|施設|工場|加工場|改修|改築|増築|機械|機器|facilit\w*|equipment|plant|factory)"
ASKS: dict[str, re.Pattern[str]] = {
    "interest": re.compile(r"利子|利息|金利.{0,8}(?:補助|助成|補給)|interest (?:subsid|refund)"),
    "loan": re.compile(r"融資|借り|借入|ローン|貸付|\bloans?\b|borrow|financ"),
    "facility": re.compile(rf"{_FACILITY}.{{0,30}}{_AID}|{_AID}.{{0,20}}{_FACILITY}"),
    "consortium": re.compile(r"コンソーシアム|consortium|付き添|伴走|hand-?holding"),
    "branding": re.compile(r"ブランド|ブランディング|branding|\bbrand\b"),
    "trade_fair": re.compile(r"展示会|見本市|出展|trade (?:fair|show)|exhibition"),
    "insurance": re.compile(r"保険|insurance"),
}


def _named(p: Programme, *words: str) -> bool:
    names = " ".join([p.official_name, p.name_en, *p.aliases]).casefold()
    return any(w.casefold() in names for w in words)


FITS: dict[str, Callable[[Programme], bool]] = {
    "interest": lambda p: p.benefit.kind == "interest_subsidy",
    "loan": lambda p: p.benefit.kind in ("loan", "interest_subsidy"),
    "facility": lambda p: (
        p.benefit.kind == "subsidy" and bool(re.search(r"施設|設備", p.summary_ja))
    ),
    "consortium": lambda p: _named(p, "コンソーシアム", "consortium"),
    "branding": lambda p: (
        ("branding" in p.activities[:2] and p.benefit.kind == "subsidy")
        or _named(p, "ブランド", "brand")
    ),
    "trade_fair": lambda p: "trade_fair" in p.activities[:1],
    "insurance": lambda p: p.benefit.kind == "insurance",
}


def asked_kinds(question: str) -> list[str]:
    """The kinds of programme the question asks for, in the order of ASKS (an interest
    subsidy is a loan question too)."""
    low = question.casefold()
    return [kind for kind, words in ASKS.items() if words.search(low)]


def fits_asked(p: Programme, asked: list[str]) -> int:
    """How many of the asked kinds the programme is (0: none)."""
    return sum(1 for kind in asked if FITS[kind](p))
