"""A Japanese label for every HS code, so a Japanese answer never shows the English text.

The code's own Japanese name when the table has one; else its heading's (or chapter's)
Japanese name with where the code sits under it (「…（7323項の細分）」, 「…（その他のもの）」
for an "n.e.c." subheading). Chapter names: compliance/data/hs_chapters_ja.yaml (our own
short names after Japan Customs' tariff schedule, which it cites).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

import yaml

from export_assist.retrieval.tokenize import stemmed

# "n.e.c.", "other", "other than": the fallback sibling of a heading, 「その他のもの」
_OTHER = re.compile(r"(?i)\bn\.e\.c\b|^other\b|;\s*other\b(?! than)")
# code -> the words that tell it from its siblings (compliance/hs/sibling_words.py)
Qualifier = Callable[[str], str]


@cache
def chapter_names() -> dict[str, str]:
    """Chapter code -> its short Japanese name (all 97 chapters)."""
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/hs_chapters_ja.yaml")
        .read_text(encoding="utf-8")
    )
    return {str(k).zfill(2): str(v) for k, v in yaml.safe_load(text).items()}


def _where(code: str, parent: str, english: str, words: str = "") -> str:
    """Where a code sits under the parent whose name labels it: the words that tell it
    from its siblings when known (「鋳鉄製、ほうろう引きでないもの」)."""
    if len(code) == 4:
        return f"{code}項"
    if words:
        return words if len(parent) == 4 else f"{code[:4]}項：{words}"
    if english and _OTHER.search(english):
        return "その他のもの" if len(parent) == 4 else f"{code[:4]}項のその他のもの"
    return f"{code[:4]}項の細分"


def japanese_label(
    code: str,
    texts: Callable[[str], tuple[str, str] | None],
    qualifier: Qualifier | None = None,
) -> str:
    """The Japanese label of a code; `texts(code)` gives (English, Japanese) or None,
    `qualifier(code)` what tells a subheading from its siblings. "" only for a code of no
    known chapter."""
    own = texts(code)
    if own is not None and own[1]:
        return own[1]
    english = own[0] if own is not None else ""
    for n in (4, 2):
        if len(code) <= n:
            continue
        parent = texts(code[:n])
        name = parent[1] if parent is not None else ""
        name = name or (chapter_names().get(code[:2], "") if n == 2 else "")
        if not name:
            continue
        if len(code) == 6 and n == 4 and code.endswith("00"):
            return name  # a heading with one subheading: the same goods
        words = qualifier(code) if qualifier is not None and len(code) == 6 else ""
        return f"{name}（{_where(code, code[:n], english, words)}）"
    return chapter_names().get(code, "") if len(code) == 2 else ""


def reason_ja(text: str, matched: set[str], code: str, heading_ja: str) -> str:
    """Why a code is suggested, in Japanese: the product's own words whose stems occur in
    the code's texts (not the stems: "bicycles", not "bicycl") and the heading it sits in."""
    said: list[str] = []
    for word in re.findall(r"[^\W_]+", text.lower()):
        if word not in said and set(stemmed(word)) & matched:
            said.append(word)
    head = f"{code[:4]}項「{heading_ja}」" if heading_ja else f"{code[:4]}項"
    if not said:
        return f"一致する語はなく、意味が最も近い候補です（{head}）"
    return f"一致した語：{'、'.join(said[:6])}（{head}）"
