"""Fonts for PDFs: every glyph comes from an embedded font, or the text says it is missing.

Japanese, Latin, Greek, Cyrillic and symbols print in Noto Sans CJK (JP forms), Hangul
and simplified Chinese in their own Noto CJK profiles (fontfile.py), Thai and
Vietnamese in Sarabun (fontpkg-sarabun). All are TrueType, so ReportLab embeds a subset
of each. Scripts no font here can print (Arabic and Hebrew need shaping and
right-to-left layout; colour emoji) are replaced by a visible marker and a warning,
never left blank.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from export_assist.documents import fontfile

log = logging.getLogger(__name__)
TTF_NAME = "ExportAssistSarabun"
_ORDER = {
    "th": ("sarabun", "jp", "sc", "kr"),
    "vi": ("sarabun", "jp", "sc", "kr"),
    "ko": ("kr", "jp", "sc", "sarabun"),
    "zh-Hans": ("sc", "jp", "kr", "sarabun"),
}
_DEFAULT_ORDER = ("jp", "sc", "kr", "sarabun")


def packaged_ttf() -> Path | None:
    """Sarabun Regular from the fontpkg-sarabun wheel (covers Thai, Vietnamese, Latin)."""
    try:
        import fontpkg_sarabun
    except ImportError:
        return None
    path = Path(fontpkg_sarabun.ROOT) / "files" / "Sarabun-Regular.ttf"
    return path if path.is_file() else None


def unprintable_kind(ch: str) -> str:
    """What a character no font covers is, in words for the warning."""
    code = ord(ch)
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return "Hebrew"
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "Arabic"
    if code >= 0x1F000 or unicodedata.category(ch) == "So":
        return "emoji or symbol"
    return unicodedata.name(ch, f"U+{code:04X}").split(" ")[0].title() + " script"


def _joins(ch: str) -> bool:
    """Spaces and combining marks stay in the run they follow."""
    return ch.isspace() or unicodedata.category(ch) in ("Mn", "Me", "Cf")


@dataclass
class FontBook:
    """Which embedded font prints each character, and what could not be printed."""

    ttf_path: Path | None = None  # Thai/Vietnamese font; unset: the packaged Sarabun
    cache_dir: Path | None = None  # converted CJK fonts; unset: the user cache folder
    cjk_source: Path | None = None  # unset: the packaged Noto Sans CJK JP
    warnings: list[str] = field(default_factory=list)
    _cover: dict[str, frozenset[int]] = field(default_factory=dict, init=False)
    _names: dict[str, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        source = self.cjk_source or fontfile.packaged_source()
        if source is not None:
            for profile in fontfile.PROFILES:
                self._cover[profile] = fontfile.coverage(source, profile)
        else:
            self._warn(
                "the Noto CJK font package (noto-cjk-sans-jp-regular) is not installed: Japanese, Chinese and Korean text cannot be printed"
            )
        self._source = source
        ttf = self.ttf_path or packaged_ttf()
        if ttf is not None and ttf.is_file():
            self._names["sarabun"] = self._register(TTF_NAME, ttf)
            face = pdfmetrics.getFont(TTF_NAME).face
            self._cover["sarabun"] = frozenset(face.charToGlyph)

    @staticmethod
    def _register(name: str, path: Path) -> str:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        return name

    def _font(self, profile: str) -> str:
        if profile not in self._names:
            assert self._source is not None
            cache = self.cache_dir or fontfile.default_cache_dir()
            path = fontfile.truetype(self._source, profile, cache)
            self._names[profile] = self._register(f"{fontfile.FAMILY}-{profile}", path)
        return self._names[profile]

    def base_font(self) -> str:
        """The font paragraphs start in (Latin and Japanese)."""
        return self._font("jp") if "jp" in self._cover else "Helvetica"

    def profile_of(self, ch: str, lang: str) -> str | None:
        """The font profile that prints ch in text of lang; None when none can."""
        code, order = ord(ch), _ORDER.get(lang, _DEFAULT_ORDER)
        for profile in order:
            if code in self._cover.get(profile, ()):
                return profile
        if ch.isspace():  # a space no font maps still takes a font (it prints nothing)
            return next((p for p in order if p in self._cover), None)
        return None

    def _stays(self, profile: str | None, ch: str) -> bool:
        """Whether a space or mark can stay in the run it follows: the Chinese and Korean
        profiles hold no space, so a space after 日本 or between Korean words printed as a
        missing glyph there."""
        return ch == "\n" or profile is None or not ch.isspace() or ord(ch) in self._cover[profile]

    def runs(self, text: str, lang: str) -> list[tuple[str | None, str]]:
        """Split text into (profile, run) pieces; None marks characters nothing can print."""
        out: list[tuple[str | None, str]] = []
        for ch in text:
            if out and (_joins(ch) or ch == "\n") and self._stays(out[-1][0], ch):
                out[-1] = (out[-1][0], out[-1][1] + ch)
                continue
            profile = self.profile_of(ch, lang)
            if out and out[-1][0] == profile:
                out[-1] = (profile, out[-1][1] + ch)
            else:
                out.append((profile, ch))
        return out

    def markup(self, text: str, lang: str, where: str = "") -> str:
        """Paragraph markup, one <font> per run; unprintable runs become a visible marker."""
        parts = []
        for profile, run in self.runs(text, lang):
            if profile is None:
                kind = unprintable_kind(run.strip()[0]) if run.strip() else "text"
                self._warn(
                    f"{where or 'a PDF'}: {kind} text cannot be printed in PDF ({run.strip()[:20]!r}...); a marker stands in its place, the DOCX keeps the text"
                )
                parts.append(f'<font color="red">[{escape(kind)} text not printable]</font>')
                continue
            body = escape(run).replace("\n", "<br/>")
            parts.append(f'<font name="{self._font(profile)}">{body}</font>')
        return "".join(parts)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            log.warning(message)
