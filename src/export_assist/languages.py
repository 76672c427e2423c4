"""The one language table and the one language detector.

Codes are BCP 47 style; each language has its English name (for prompts and messages),
its Japanese name (for Japanese users) and the words people type for it in a request
("英語に訳して", "into German")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from export_assist.errors import InvalidInput


@dataclass(frozen=True)
class Language:
    """One language we translate between."""

    code: str
    english: str
    japanese: str
    native: str
    words: tuple[str, ...] = ()  # how a request names it (lowercase), besides the names

    @property
    def for_prompt(self) -> str:
        """How a prompt names it: "Japanese (日本語)", "English"."""
        return self.english if self.native == self.english else f"{self.english} ({self.native})"


TABLE: tuple[Language, ...] = (
    Language("ja", "Japanese", "日本語", "日本語", ("和訳",)),
    Language("en", "English", "英語", "English", ("英訳",)),
    Language("zh-Hans", "Chinese (Simplified)", "中国語", "简体中文", ("chinese", "簡体字")),
    Language("ko", "Korean", "韓国語", "한국어", ("ハングル",)),
    Language("vi", "Vietnamese", "ベトナム語", "Tiếng Việt"),
    Language("th", "Thai", "タイ語", "ไทย"),
    Language("de", "German", "ドイツ語", "Deutsch"),
    Language("fr", "French", "フランス語", "Français"),
    Language("es", "Spanish", "スペイン語", "Español"),
)
LANGUAGES: dict[str, str] = {lang.code: lang.english for lang in TABLE}
BY_CODE: dict[str, Language] = {lang.code: lang for lang in TABLE}

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
    """English name of a language code."""
    return LANGUAGES[normalize_lang(code)]


def named_language(text: str) -> str | None:
    """The language a request names ("英語に", "into German"); English, then Japanese, win
    when several are named ("日本語の文章を英語に" asks for English)."""
    lowered = text.lower()
    for lang in sorted(TABLE, key=lambda x: (x.code != "en", x.code != "ja")):
        names = (lang.english.split(" (")[0].lower(), lang.japanese, *lang.words)
        if any(name in lowered for name in names):
            return lang.code
    return None


def _counts(text: str) -> tuple[int, int, int, int]:
    """Kana, Han, Hangul and all letters in the first 4,000 characters."""
    sample = text[:4000]
    kana = sum(1 for c in sample if 0x3040 <= ord(c) <= 0x30FF)
    han = sum(1 for c in sample if 0x4E00 <= ord(c) <= 0x9FFF)
    hangul = sum(1 for c in sample if 0xAC00 <= ord(c) <= 0xD7AF)
    letters = sum(1 for c in sample if c.isalpha())
    return kana, han, hangul, letters


def detect_language(text: str) -> str:
    """A coarse guess: 'ja' when Japanese kana/kanji dominate, 'zh'/'ko' likewise, else 'en'."""
    kana, han, hangul, letters = _counts(text)
    letters = letters or 1
    if hangul / letters > 0.2:
        return "ko"
    if kana / letters > 0.05:
        return "ja"
    if han / letters > 0.2:
        return "zh"
    return "en"


def reply_language(text: str) -> Literal["ja", "en"]:
    """The language to answer a chat message in: Japanese as soon as it has kana or kanji
    (our users mix scripts: "HSコード for 抹茶"), else English."""
    kana, han, _, _ = _counts(text)
    return "ja" if kana or han else "en"
