"""PDF building blocks shared by trade documents and checklists: paragraphs in embedded
fonts with the right line breaking, and a document template with a render-time budget."""

from __future__ import annotations

import re
import time
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from export_assist.documents.fonts import FontBook
from export_assist.errors import InvalidInput

# Scripts written without spaces between words: lines may break between any characters.
_UNSPACED = re.compile(r"[\u0E00-\u0E7F\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")
_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F\x7F]")
DEFAULT_BUDGET_S = 30.0
CHUNK = 600  # characters per paragraph of running text


def clean(text: str) -> str:
    """Text a PDF can carry: control characters (except newline and tab) dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Text cut into pieces of at most `size` characters, at a sentence end or a space
    where there is one: ReportLab re-wraps a paragraph's remainder at every page break,
    so one huge paragraph costs time quadratic in its length; small ones cost linear."""
    out = []
    while len(text) > size:
        window = text[:size]
        cut = max(window.rfind(m) for m in ("。", ". ", "\n", "、", ", ", " "))
        cut = cut + 1 if cut > size // 2 else size
        out.append(text[:cut])
        text = text[cut:].lstrip(" ")
    return [*out, text] if text or not out else out


class Writer:
    """Makes Paragraphs: one font per script run, CJK line breaking only where needed."""

    def __init__(self, fonts: FontBook, where: str = "") -> None:
        self.fonts = fonts
        self.where = where
        self._styles: dict[tuple[float, bool, str], ParagraphStyle] = {}

    def style(self, size: float, *, cjk: bool = False, bold: bool = False) -> ParagraphStyle:
        """A paragraph style of one size; 'CJK' wrapping only for unspaced scripts, so an
        English word never breaks in the middle ("m andatory")."""
        key = (size, cjk, "b" if bold else "")
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"p{size}{cjk}{bold}", fontName=self.fonts.base_font(), fontSize=size,
                leading=size * 1.3, wordWrap="CJK" if cjk else None, splitLongWords=True,
            )  # fmt: skip
        return self._styles[key]

    def para(self, text: str, lang: str, size: float = 8, *, bold: bool = False,
             color: str | None = None, link: str | None = None) -> Paragraph:  # fmt: skip
        """One paragraph of plain text (newlines kept) in embedded fonts; `link` makes it
        a hyperlink (https only: a javascript: or file: URL is printed as plain text)."""
        text = clean(text)
        markup = self.fonts.markup(text, lang, self.where)
        if bold:
            markup = f"<b>{markup}</b>"
        if color:
            markup = f'<font color="{color}">{markup}</font>'
        if link and link.startswith(("https://", "http://")):
            markup = f'<a href="{escape(link, {chr(34): "&quot;"})}" color="#1a4f9c">{markup}</a>'
        return Paragraph(markup, self.style(size, cjk=bool(_UNSPACED.search(text))))

    def paras(self, text: str, lang: str, size: float = 9) -> list[Paragraph]:
        """Running text as small paragraphs (one per line, long lines cut), so it can flow
        over pages in linear time."""
        return [self.para(piece, lang, size) for line in text.split("\n") for piece in chunks(line)]


def grid(font: str, *, shade: str = "row", extra: tuple[Any, ...] = ()) -> TableStyle:
    """A ruled table style in the embedded font (a Table's own default is unembedded
    Helvetica); `shade` greys the header row or the label column."""
    head = (0, 0), ((-1, 0) if shade == "row" else (0, -1))
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", *head, colors.whitesmoke), *extra])  # fmt: skip


class BudgetedDoc(SimpleDocTemplate):  # type: ignore[misc]
    """A SimpleDocTemplate that stops when laying out takes longer than its budget."""

    def __init__(self, *args: Any, budget_s: float = DEFAULT_BUDGET_S, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget_s = budget_s
        self._deadline = 0.0

    def build(self, flowables: list[Any], *, font: str = "Helvetica", **kwargs: Any) -> None:
        """Lay out and write; InvalidInput when over budget or a block cannot fit a page.
        `font` is the canvas's initial font, so no unembedded base font is left in the file."""
        self._deadline = time.monotonic() + self.budget_s
        self.initialFontName = font
        try:
            super().build(flowables, **kwargs)
        except LayoutError:
            raise InvalidInput(
                "a table cell is too long to fit on one page; shorten the longest field",
                message_ja="表の項目が長すぎて1ページに収まりません。最も長い項目を短くしてください。",
            ) from None

    def handle_flowable(self, flowables: list[Any]) -> None:
        """Check the budget before each block (blocks are small: the check is frequent)."""
        if time.monotonic() > self._deadline:
            raise InvalidInput(
                f"the document took longer than {self.budget_s:g} s to lay out and was "
                "stopped; shorten the longest fields",
                message_ja=f"書類のレイアウトが{self.budget_s:g}秒を超えたため中止しました。"
                "長い項目を短くしてください。",
            )
        super().handle_flowable(flowables)
