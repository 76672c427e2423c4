"""Labels of the checklist exports in Japanese and English (data in export_labels.yaml)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml

from export_assist.documents.localfmt import Fmt
from export_assist.domain.compliance import Checklist

ExportLang = Literal["ja", "en"]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = (resources.files("export_assist.compliance") / "data" / "export_labels.yaml").read_text(
        "utf-8"
    )
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


class Labels:
    """Look labels up by dotted path for one language (the path itself when missing)."""

    def __init__(self, lang: ExportLang) -> None:
        self.lang = lang

    def __call__(self, path: str) -> Any:
        """The label at a dotted path, e.g. 'columns.status' or 'severity.mandatory'."""
        node: Any = _data()
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return path.rsplit(".", 1)[-1].replace("_", " ")
            node = node[part]
        return node[self.lang] if isinstance(node, dict) and self.lang in node else node

    def title(self, item_title: str, item_title_ja: str) -> str:
        """An item's title in the language (the English title when no Japanese one exists)."""
        return item_title_ja or item_title if self.lang == "ja" else item_title


def destination(c: Checklist, lang: ExportLang) -> str:
    """The destination's name in the export's language (CLDR), e.g. ドイツ for DE."""
    return (
        Fmt(lang).country(c.destination)
        if lang == "ja" and len(c.destination) == 2
        else c.destination_name
    )


def kind_of_goods(value: str, lang: ExportLang, kind: str = "category") -> str:
    """A category or condition id as a user reads it (the id itself when unknown); `kind`
    decides an id that is both (food_contact: 食品接触材 as a category, 食品に触れる as a
    condition)."""
    groups = ("conditions", "categories") if kind == "condition" else ("categories", "conditions")
    for group in groups:
        names = _data()[group].get(value)
        if names:
            return str(names[lang])
    return value


def kinds_line(values: list[str], lang: ExportLang, kind: str = "category") -> str:
    """Category or condition ids as a user reads them, in one line ('' when none)."""
    return ("、" if lang == "ja" else ", ").join(kind_of_goods(v, lang, kind) for v in values)


def inferred_line(c: Checklist, lang: ExportLang) -> str:
    """What the engine inferred about the product, each with its reason, in one line."""
    if lang == "ja":
        parts = [
            f"{kind_of_goods(i.value, lang, i.kind)}（{i.reason_ja or i.reason}）"
            for i in c.product.inferred
        ]
        return "、".join(parts)
    return ", ".join(
        f"{kind_of_goods(i.value, lang, i.kind)} ({i.reason})" for i in c.product.inferred
    )
