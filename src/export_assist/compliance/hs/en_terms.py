"""English seller words -> the words the HS nomenclature uses for them.

The map (compliance/data/product_terms_en.yaml) is our own vocabulary: US spellings
(jewelry, aluminum) and e-commerce words (faux, wallet, rug) the nomenclature names
otherwise. The HS suggester appends these words to an English product's query.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from export_assist.retrieval.normalize import nfkc


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/product_terms_en.yaml")
        .read_text(encoding="utf-8")
    )
    terms = {nfkc(str(k)).lower(): str(v) for k, v in yaml.safe_load(text).items()}
    words = sorted(terms, key=len, reverse=True)  # longest first, as in ja_terms
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"), terms


def seller_terms(text: str) -> str:
    """The nomenclature words for the seller words of an English text ("" when none)."""
    pattern, terms = _terms()
    out: list[str] = []
    for match in pattern.finditer(nfkc(text).lower()):
        for word in terms[match.group(0)].split():
            if word not in out:
                out.append(word)
    return " ".join(out)
