"""A product word that names a family of headings ("工作機械", "machine tools"): ask which
kind it is instead of guessing one heading (data: compliance/data/hs_generic_goods.yaml)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from export_assist.compliance.hs.product import ProductQuery
from export_assist.compliance.hs.query_words import asks_parts
from export_assist.domain.hs import HsQuestion
from export_assist.retrieval.normalize import nfkc


@cache
def _families() -> list[dict[str, Any]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/hs_generic_goods.yaml")
        .read_text(encoding="utf-8")
    )
    return list(yaml.safe_load(text))


def _has(text: str, words: list[str]) -> bool:
    return any(nfkc(w).lower() in text for w in words)


def kind_question(q: ProductQuery) -> HsQuestion | None:
    """Which kind, when the product's name is a family word and names no kind or part."""
    name = nfkc(q.name).lower()
    for family in _families():
        if not _has(name, family["words"]) or _has(name, family["named"]) or asks_parts(q):
            continue  # a kind named, or parts of one (8466): nothing to ask
        kinds = family["kinds"]
        ja = "、".join(f"{k['ja']}（{k['heading']}項）" for k in kinds)
        en = "; ".join(f"{k['en']} ({k['heading']})" for k in kinds)
        return HsQuestion(
            attribute="kind",
            question_en=f"Which kind of {family['goods_en']} is it? "
            f"The HS heading depends on the kind: {en}.",
            question_ja=f"どの種類の{family['goods_ja']}ですか？ "
            f"HSコードの項は種類で分かれます: {ja}。",
            options=[k["en"] for k in kinds],
            codes=[k["heading"] for k in kinds],
        )
    return None
