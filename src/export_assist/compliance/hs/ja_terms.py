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
    r"(?:袋|箱|本|缶|個|枚|瓶|パック|包|粒|錠|膳|組|客|食|ケース|ボトル|パウチ)(?:入り?|パック)?"
)
# "瓶入り", "ジッパー袋入り", "アルミ内袋", "個包装": how the goods are packed, not the goods
# (a sesame paste "瓶入り" read as bottles and jars)
_PACKED = re.compile(
    r"(?:ジッパー|アルミ|ガラス|ギフト|紙|ポリ)?(?:袋|瓶|ボトル|缶|箱|ケース|パック|パウチ)入り?"
    r"|アルミ内袋|内袋|個包装|ギフトボックス"
)
# a product term followed by one of these qualifies the goods (付き: comes with; 入り:
# contains; 風味/味: tastes of; 対応: fits), it does not name them
_QUALIFIED_BY = ("付", "入", "製", "用", "式", "風味", "味", "配合", "対応")


def _goods(text: str) -> str:
    """A lower-cased, NFKC text without its counts and packings."""
    return _PACKED.sub(" ", _COUNTS.sub(" ", nfkc(text).lower()))


_MODIFIER_ENDS = ("式", "製", "用")


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/product_terms_ja.yaml")
        .read_text(encoding="utf-8")
    )
    terms = {nfkc(str(k)).lower(): str(v) for k, v in yaml.safe_load(text).items()}
    # longest first: an alternation takes the first that matches at a position; a Latin
    # key ("led") only as a whole word, never inside "untitled"
    words = sorted(terms, key=len, reverse=True)
    alts = [
        rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" if w.isascii() else re.escape(w) for w in words
    ]
    return re.compile("|".join(alts)), terms


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


def head_candidates(text: str) -> list[str]:
    """The English words of each Japanese product term that may name the goods, the one
    nearest the end first: in a Japanese name the last term is what the goods are
    (信楽焼の花瓶 is a vase); a term qualified by what follows it (トースター付き, 革製,
    わさび風味) is not."""
    low = _goods(text)
    pattern, terms = _terms()
    out: list[str] = []
    for match in pattern.finditer(low):
        if match.group(0).endswith(_MODIFIER_ENDS):  # 電池式, 木製: how, not what
            continue
        if low[match.end() :].lstrip().startswith(_QUALIFIED_BY):
            continue
        out.insert(0, terms[match.group(0)])
    return out


def head_terms(text: str) -> str:
    """The English words of the term that names the goods ("" when none)."""
    found = head_candidates(text)
    return found[0] if found else ""
