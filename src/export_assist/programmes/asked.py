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
    # consumers abroad told about a product: JFOODO's campaigns (test16 t029)
    "promotion": re.compile(r"宣伝|プロモーション|販促|知ってもら|promot|advertis"),
    # a foreign-language website made with experts: SMRJ's strategy support (test16 t038)
    "website": re.compile(r"ホームページ|ウェブサイト|webサイト|サイトを作|website|web site"),
}
# The body a question names (「国税庁に相談に乗ってくれる人は？」, test16 t010): its programmes
# first. Each body by the words users say and a word of its operator name in the catalogue.
OPERATORS: dict[str, tuple[re.Pattern[str], str]] = {
    "nta": (re.compile(r"国税庁|national tax agency|\bnta\b"), "国税庁"),
    "smrj": (re.compile(r"中小機構|中小企業基盤整備機構|\bsmrj\b"), "中小機構"),
    "jetro": (re.compile(r"ジェトロ|\bjetro\b"), "ジェトロ"),
    "maff": (re.compile(r"農林水産省|農水省|\bmaff\b"), "農林水産省"),
    "jfc": (re.compile(r"日本政策金融公庫|政策公庫|\bjfc\b"), "日本政策金融公庫"),
    "nexi": (re.compile(r"日本貿易保険|\bnexi\b"), "日本貿易保険"),
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
    # (by what it does, not by "export promotion" in an English name)
    "promotion": lambda p: "プロモーション" in p.summary_ja + p.benefit.summary_ja,
    "website": lambda p: bool(re.search(r"(?i)ウェブ|web", p.summary_ja + p.benefit.summary_ja)),
}


def asked_kinds(question: str) -> list[str]:
    """The kinds of programme the question asks for, in the order of ASKS (an interest
    subsidy is a loan question too)."""
    low = question.casefold()
    kinds = [kind for kind, words in ASKS.items() if words.search(low)]
    return kinds + [f"operator:{k}" for k, (words, _) in OPERATORS.items() if words.search(low)]


def _fits(p: Programme, kind: str) -> bool:
    if kind.startswith("operator:"):
        return OPERATORS[kind.split(":", 1)[1]][1] in p.operator_name
    return FITS[kind](p)


def fits_asked(p: Programme, asked: list[str]) -> int:
    """How many of the asked kinds the programme is (0: none)."""
    return sum(1 for kind in asked if _fits(p, kind))
