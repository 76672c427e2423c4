"""Text normalisation shared by loaders, chunker and tokenizer."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SPACES = re.compile(r"[ \t\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def nfkc(text: str) -> str:
    """NFKC-normalise (full-width ASCII to half-width, compatibility forms folded)."""
    return unicodedata.normalize("NFKC", text)


def clean_text(text: str) -> str:
    """NFKC, drop control characters, fold runs of spaces and blank lines."""
    text = nfkc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def garbage_ratio(text: str) -> float:
    """Share of characters that are control/replacement/private-use: a sign of a font
    without /ToUnicode, whose text pypdf cannot extract."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in "\n\t ":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs", "Cn") or ch == "\ufffd":
            bad += 1
    visible = sum(1 for ch in text if ch not in "\n\t ")
    return bad / visible if visible else 0.0


def is_cjk(ch: str) -> bool:
    """True for Han, Hiragana, Katakana, Hangul and CJK punctuation-free letters."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # Hiragana, Katakana
        or 0x3400 <= code <= 0x4DBF  # CJK Extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK Unified Ideographs
        or 0xF900 <= code <= 0xFAFF  # CJK Compatibility Ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0x1100 <= code <= 0x11FF  # Hangul Jamo
        or 0x31F0 <= code <= 0x31FF  # Katakana extensions
    )
