"""Is an LLM answer written in the user's language? Japanese answers must read as
Japanese (kana present, no Simplified-Chinese-only characters, not mostly English);
English answers must not be Japanese. Pure; used by the grounding gate."""

from __future__ import annotations

import re
import unicodedata

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# Ignored when counting letters: URLs, citation markers, acronyms and legal references
# in Latin script are normal inside a Japanese answer ("FDA", "21 CFR 1.225").
_IGNORED = re.compile(r"https?://\S+|\[\d+\]|\b[A-Z]{2,}\b|\b(?:CFR|Art|No|Regulation)\b\.?")
# Simplified characters that Japanese never writes (the Japanese forms differ: 这/這→これ,
# 们, 产→産, 进→進, 关→関, 为→為, 说→説, 对→対, 从→従 ...). Shared forms (号, 来, 区) are
# left out on purpose: a false alarm would hide a good answer.
SIMPLIFIED_ONLY = frozenset(
    "这们个说对为从进关产务动发业东书买卖华单实应开张总态报检证过还选适释际险题类规认许设"
    "请读调贸资质输达运邮钱铁销长门问间队难预领饮验齐龙吗呢么该经专项货币级图录务视"
    "许须颁营标识签订"
)
# At least this share of kana among Japanese characters: Japanese prose runs 30-60%;
# Chinese has none.
MIN_KANA_SHARE = 0.12
# At most this share of Latin letters among all letters in a Japanese answer.
MAX_LATIN_SHARE = 0.5


def script_problem(answer: str, language: str) -> str | None:
    """Why the answer is not in `language` ('ja' or 'en'), or None when it is."""
    text = _IGNORED.sub(" ", unicodedata.normalize("NFKC", answer))
    kana = len(_KANA.findall(text))
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if language == "ja":
        chinese = sorted({c for c in text if c in SIMPLIFIED_ONLY})
        if chinese:
            return f"Chinese characters in a Japanese answer: {''.join(chinese)}"
        if latin + kana + han and latin / (latin + kana + han) > MAX_LATIN_SHARE:
            return "an English answer to a Japanese question"
        if han and kana / (kana + han) < MIN_KANA_SHARE:
            return "not Japanese (no kana): Chinese or kanji only"
        return None
    if kana >= 5 or (kana + han) * 2 > latin:
        return "a Japanese answer to an English question"
    return None
