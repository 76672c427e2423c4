"""Normalisation and matching shared by the term base and the protected-span checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from export_assist.languages import UNSPACED


def norm(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII) with unified dashes and spaces."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2013", "-").replace("\u2212", "-").replace("\u00a0", " ")


def _is_ascii_word(form: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/&.\- ]*", form))


@lru_cache(maxsize=8192)
def form_pattern(form: str, lang: str, *, allow_suffix: bool = False) -> re.Pattern[str]:
    """Regex finding one term form in text of a language.

    Unspaced scripts (ja, zh, th) match as substrings, except ASCII forms ("FOB",
    "HS") which never match inside a longer ASCII word. Spaced languages match at word
    boundaries; allow_suffix accepts inflected endings ("Ursprungserzeugnisse").
    Acronyms (all capitals) are case-sensitive: "CIF" is not "cif" in a word.
    """
    body = re.escape(norm(form))
    flags = 0 if form.isupper() and len(form) <= 6 else re.IGNORECASE
    if lang in UNSPACED:
        if not _is_ascii_word(form):
            return re.compile(body, flags)
        # Latin codes inside CJK/Thai text: "FOB横浜" is FOB, "FOBX" is not.
        return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)
    tail = r"" if allow_suffix else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{tail}", flags)
