"""Japanese product words -> the English words the HS nomenclature uses for them.

The map (compliance/data/product_terms_ja.yaml) is our own vocabulary. The HS suggester
appends the English words of a Japanese product name to its query, so 「有田焼の飯碗」
reaches "porcelain ... tableware" by words as well as by meaning.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from export_assist.retrieval.normalize import nfkc

# "2g×20袋", "8袋入", "5ポンド袋", "2本パック": how many and how packed, not the goods
# (without this 「ティーバッグ 20袋」 read as bags and sacks)
_COUNTS = re.compile(
    r"[×x*]?\d[\d.,]*\s*(?:ポンド|kg|g|ml|l|リットル|キロ|グラム)?\s*"
    r"(?:袋|箱|本|缶|個|枚|瓶|パック|包|粒|錠|膳|組|客|食|ケース)(?:入り?|パック)?"
)


def _goods(text: str) -> str:
    """A lower-cased, NFKC text without its counts and packings."""
    return _COUNTS.sub(" ", nfkc(text).lower())


_MODIFIER_ENDS = ("式", "製", "用")


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/product_terms_ja.yaml")
        .read_text(encoding="utf-8")
    )
    terms = {nfkc(str(k)).lower(): str(v) for k, v in yaml.safe_load(text).items()}
    # longest first: an alternation takes the first that matches at a position
    words = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), terms


def english_terms(text: str) -> str:
    """The English words for the Japanese product words in a text ("" when none)."""
    low = _goods(text)
    if low.isascii():
        return ""
    pattern, terms = _terms()
    out: list[str] = []
    for match in pattern.finditer(low):
        for word in terms[match.group(0)].split():
            if word not in out:
                out.append(word)
    return " ".join(out)


def head_terms(text: str) -> str:
    """The English words of the Japanese product term nearest the end of a text: in a
    Japanese name the last term is what the goods are (信楽焼の花瓶 is a vase)."""
    low = _goods(text)
    pattern, terms = _terms()
    last = None
    for match in pattern.finditer(low):
        if not match.group(0).endswith(_MODIFIER_ENDS):  # 電池式, 木製: how, not what
            last = match
    return terms[last.group(0)] if last else ""
