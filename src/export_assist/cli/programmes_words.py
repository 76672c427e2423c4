"""`programmes match` options as a Japanese user types them: 「食品」「展示会」「小規模」 or the
codes (food, trade_fair, micro), and a refusal that lists the choices in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from export_assist.api.error_text import problem_ja
from export_assist.programmes.prefill import ACTIVITY_JA
from export_assist.programmes.rules import SECTOR_JA, SIZE_JA, STAGE_JA
from export_assist.programmes.text_profile import ACTIVITY_WORDS, SECTOR_WORDS, SIZE_WORDS

# profile field -> (the option's name, code -> Japanese label, code -> everyday words)
_OPTIONS: dict[str, tuple[str, Mapping[str, str], Mapping[str, tuple[str, ...]]]] = {
    "company_size": ("--size", SIZE_JA, SIZE_WORDS),
    "sector": ("--sector", SECTOR_JA, SECTOR_WORDS),
    "export_experience": ("--experience", STAGE_JA, {}),
    "planned_activities": (
        "--activity",
        {**ACTIVITY_JA, "regulation_check": "規制の確認"},
        ACTIVITY_WORDS,
    ),
}
# Japanese names of the profile's other fields, for a refusal in Japanese.
_FIELDS_JA = {
    "capital_jpy": "--capital（資本金）",
    "employees": "--employees（従業員数）",
    "prefecture": "--prefecture（都道府県）",
    "hs_codes": "--hs（HSコード）",
    "target_markets": "--to（輸出先）",
}


def code_of(field: str, value: str, lang: str) -> str:
    """The code a typed value stands for; ValueError (in the user's language) when none."""
    option, labels, words = _OPTIONS[field]
    said = value.strip().casefold()
    for code, label in labels.items():
        if said in (code, label.casefold()) or said in (w.casefold() for w in words.get(code, ())):
            return code
    if lang == "ja":
        choices = "、".join(f"{label}（{code}）" for code, label in labels.items())
        raise ValueError(
            f"{option} に「{value}」は使えません。次のいずれかを指定してください: {choices}"
        )
    raise ValueError(f"{option} {value!r} is not one of: {', '.join(labels)}")


def codes(fields: dict[str, Any], lang: str) -> dict[str, Any]:
    """The profile's fields with every chosen value read as its code."""
    out = dict(fields)
    for field in _OPTIONS:
        value = out.get(field)
        if isinstance(value, str):
            out[field] = code_of(field, value, lang)
        elif isinstance(value, list):
            out[field] = [code_of(field, v, lang) for v in value]
    return out


def refusal(exc: ValidationError, lang: str) -> str:
    """A profile the model refused, said per field in the user's language."""
    if lang != "ja":
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    parts = []
    for e in exc.errors():
        field = str(e["loc"][0]) if e["loc"] else ""
        name = _FIELDS_JA.get(field) or _OPTIONS.get(field, (field,))[0]
        parts.append(f"{name}: {problem_ja(e)}")
    return "；".join(parts)
