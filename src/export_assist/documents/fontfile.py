"""Embeddable CJK font files for PDFs.

The source is Noto Sans CJK JP 2.004 (SIL OFL 1.1), shipped on PyPI as the
`noto-cjk-sans-jp-regular` wheel, so a fresh machine with only Python gets it through
pip. Noto CJK has CFF (PostScript) outlines, which ReportLab cannot embed; so each
script profile (Japanese + Latin, Hangul, simplified Chinese) is converted once to
TrueType outlines with fontTools and cached on disk. ReportLab then embeds a subset of
the glyphs a document uses.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
FORMAT_VERSION = "1"  # bump when the conversion changes: cached files are rebuilt
FAMILY = "ExportAssistCJK"  # a modified (subset, converted) font gets its own name (OFL)
_LOCK = threading.Lock()


def _han(c: int) -> bool:
    return 0x3400 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or c >= 0x20000


def _hangul(c: int) -> bool:
    return 0xAC00 <= c <= 0xD7AF or 0x1100 <= c <= 0x11FF or 0x3130 <= c <= 0x318F


def _encodes(c: int, codec: str) -> bool:
    try:
        chr(c).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# Which code points of the source font each profile carries: Japanese (every non-Han,
# non-Hangul glyph: Latin, Greek, Cyrillic, kana, symbols, plus JIS X 0213 kanji),
# Hangul, and the GB 2312 hanzi for simplified Chinese.
PROFILES: dict[str, Callable[[int], bool]] = {
    "jp": lambda c: not _hangul(c) and (not _han(c) or _encodes(c, "euc_jis_2004")),
    "kr": _hangul,
    "sc": lambda c: _han(c) and _encodes(c, "gb2312"),
}


def packaged_source() -> Path | None:
    """Noto Sans CJK JP Regular (OTF) from the noto-cjk-sans-jp-regular wheel, if installed."""
    try:
        import noto_cjk_sans_jp_regular as noto
    except ImportError:
        return None
    path = Path(str(noto.FONT_PATH))
    return path if path.is_file() else None


def default_cache_dir() -> Path:
    """Where converted fonts live unless configured: the user's cache folder."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "export-assist" / "fonts"


@lru_cache(maxsize=4)
def _cmap(source: Path) -> dict[int, str]:
    from fontTools.ttLib import TTFont

    return dict(TTFont(str(source), lazy=True).getBestCmap())


@lru_cache(maxsize=16)
def coverage(source: Path, profile: str) -> frozenset[int]:
    """Code points a profile's font will have (read from the source cmap; nothing built)."""
    keep = PROFILES[profile]
    return frozenset(c for c in _cmap(source) if keep(c))


def truetype(source: Path, profile: str, cache_dir: Path) -> Path:
    """The profile's TrueType file, converted on first use and cached (safe across processes)."""
    stat = source.stat()
    key = hashlib.sha256(f"{source.name}|{stat.st_size}|{FORMAT_VERSION}".encode()).hexdigest()
    out = cache_dir / f"{FAMILY}-{profile}-{key[:12]}.ttf"
    if out.is_file():
        return out
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _LOCK, open(cache_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be converting the same file
        if not out.is_file():
            log.info(
                "converting %s (%s) to TrueType once; this takes a few seconds",
                source.name,
                profile,
            )
            fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".part")
            os.close(fd)
            try:
                _convert(source, profile, Path(tmp))
                os.replace(tmp, out)
            finally:
                Path(tmp).unlink(missing_ok=True)
    return out


def _convert(source: Path, profile: str, out: Path) -> None:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    src = TTFont(str(source), lazy=True)
    cmap = {c: g for c, g in src.getBestCmap().items() if PROFILES[profile](c)}
    order = [".notdef", *sorted(set(cmap.values()) - {".notdef"}, key=src.getGlyphID)]
    glyphs, hmtx = src.getGlyphSet(), src["hmtx"]
    glyf = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    fb = FontBuilder(src["head"].unitsPerEm, isTTF=True)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap(cmap)
    fb.setupGlyf(glyf)
    fb.setupHorizontalMetrics(
        {n: (hmtx[n][0], glyf[n].xMin if hasattr(glyf[n], "xMin") else 0) for n in order}
    )
    hhea, os2 = src["hhea"], src["OS/2"]
    fb.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
    fb.setupNameTable(_names(src, profile))
    fb.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent,
                usWinDescent=os2.usWinDescent, fsType=0)  # fmt: skip
    fb.setupPost()
    fb.save(str(out))


def _names(src: object, profile: str) -> dict[str, str]:
    name = src["name"]  # type: ignore[index]
    copyright_, license_ = name.getDebugName(0) or "", name.getDebugName(13) or ""
    return {
        "familyName": f"{FAMILY} {profile}",
        "styleName": "Regular",
        "psName": f"{FAMILY}-{profile}",
        "copyright": f"{copyright_} Converted subset of Noto Sans CJK JP.",
        "licenseDescription": license_,
        "licenseInfoURL": "https://openfontlicense.org",
    }
