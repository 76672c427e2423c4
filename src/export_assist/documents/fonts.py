"""Fonts per language for PDF: ReportLab's CID fonts for ja/zh/ko (no files needed),
Helvetica for Western European text, and a TTF (Sarabun, from the fontpkg-sarabun wheel,
or a configured file) for Thai and Vietnamese. No font means a warning, never tofu."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)
CID = {"ja": "HeiseiKakuGo-W5", "zh-Hans": "STSong-Light", "ko": "HYSMyeongJo-Medium"}
NEEDS_TTF = {"th", "vi"}
TTF_NAME = "ExportAssistTTF"


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF:
        return "cjk"
    if code <= 0xFF or ch in "–—‘’“”€•…Œœ":
        return "basic"  # Helvetica's WinAnsi encoding
    return "extended"  # Vietnamese letters and other Latin beyond WinAnsi: the TTF


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run) pieces; spaces and digits stay with the run they are in."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        script = _script(ch)
        if runs and (
            script == runs[-1][0]
            or (script == "basic" and not ch.isalpha() and runs[-1][0] != "basic")
        ):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs


def packaged_ttf() -> Path | None:
    """Sarabun Regular from the fontpkg-sarabun wheel (covers Thai, Vietnamese, Latin)."""
    try:
        import fontpkg_sarabun
    except ImportError:
        return None
    path = Path(fontpkg_sarabun.ROOT) / "files" / "Sarabun-Regular.ttf"
    return path if path.is_file() else None


@dataclass
class FontBook:
    """Which registered font prints which language, and what could not be covered."""

    ttf_path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    _ttf: str | None = None

    def __post_init__(self) -> None:
        for name in CID.values():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(UnicodeCIDFont(name))
        path = self.ttf_path or packaged_ttf()
        if path is not None and path.is_file():
            if TTF_NAME not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(TTF_NAME, str(path)))
            self._ttf = TTF_NAME

    def font(self, lang: str) -> str | None:
        """The font for a language, or None when none can print it."""
        if lang in CID:
            return CID[lang]
        if lang in NEEDS_TTF:
            return self._ttf
        return "Helvetica"

    def font_for(self, script: str, lang: str) -> str | None:
        """The font for a run of one script inside text of a language (None: cannot print)."""
        if script == "cjk":
            return CID["zh-Hans"] if lang == "zh-Hans" else CID["ja"]
        if script == "hangul":
            return CID["ko"]
        if script == "basic":
            # Vietnamese mixes Latin-1 and extended letters: one font for the whole run.
            return self._ttf if lang in NEEDS_TTF and self._ttf else "Helvetica"
        if self._ttf is None:
            self.covers("th" if script == "thai" else "vi")
        return self._ttf

    def covers(self, lang: str) -> bool:
        """True when text in lang can be printed without missing glyphs."""
        if self.font(lang) is None:
            message = (
                f"no font for {lang!r} text: install the fontpkg-sarabun package or set "
                "documents.font_path; the PDF shows the English text in its place"
            )
            if message not in self.warnings:
                self.warnings.append(message)
                log.warning(message)
            return False
        return True
