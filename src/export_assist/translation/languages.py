"""Language codes we translate between (BCP 47 style) and the aliases people type."""

from __future__ import annotations

from export_assist.errors import InvalidInput

LANGUAGES: dict[str, str] = {
    "ja": "Japanese",
    "en": "English",
    "zh-Hans": "Chinese (Simplified)",
    "ko": "Korean",
    "vi": "Vietnamese",
    "th": "Thai",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
}

_ALIASES = {
    "zh": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-sg": "zh-Hans",
    "jp": "ja",
    "kr": "ko",
    "ja-jp": "ja",
    "en-us": "en",
    "en-gb": "en",
}

# Languages written without spaces between words: term matching is by substring there.
UNSPACED = {"ja", "zh-Hans", "th"}


def normalize_lang(code: str) -> str:
    """Canonical code for a language, or InvalidInput naming the supported ones."""
    key = code.strip().replace("_", "-").lower()
    for canonical in LANGUAGES:
        if canonical.lower() == key:
            return canonical
    if key in _ALIASES:
        return _ALIASES[key]
    raise InvalidInput(
        f"unsupported language {code!r}; use one of: {', '.join(LANGUAGES)}",
        details=[{"field": "lang", "problem": f"unsupported language {code!r}"}],
    )


def language_name(code: str) -> str:
    """English name of a canonical language code."""
    return LANGUAGES[normalize_lang(code)]
