"""PDF through pypdf: one block per page, unextractable pages detected and reported."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from export_assist.languages import detect_language
from export_assist.retrieval.loaders.base import (
    Block,
    LoadedDocument,
    LoadError,
    build_meta,
    default_meta,
    read_sidecar,
)
from export_assist.retrieval.normalize import clean_text, garbage_ratio

# A page with more than this share of control/private-use characters came from a font
# without a /ToUnicode map: its "text" is garbage and must not be indexed.
GARBAGE_LIMIT = 0.10
# PDF text comes with a line break wherever the layout wrapped a line; between two
# Japanese/Chinese characters that break is not a word boundary, so it goes.
_CJK_WRAP = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60、。])\n(?=[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60、。])"
)


# A line this much shorter than the page's usual full line, ending without punctuation
# between Japanese lines, is a heading (「所要時間の目安」), not a wrapped line.
HEADING_SHARE = 0.6
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60]")
_LINE_END = ("。", "、", "：", ":", "」", "）", ")", "．", ".")


def _keep_headings(text: str) -> str:
    """The page text with a blank line around each heading line, so joining the wrapped lines
    does not glue a heading to the sentence under it (「所要時間の目安書類に不備がなく…」)."""
    lines = text.split("\n")
    full = sorted(len(line.strip()) for line in lines if len(line.strip()) >= 20)
    if not full:
        return text
    usual = full[len(full) // 2]
    out: list[str] = []
    for i, line in enumerate(lines):
        said = line.strip()
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        heading = (
            bool(said and after)
            and len(said) < HEADING_SHARE * usual
            and not said.endswith(_LINE_END)
            and bool(_CJK.match(said[-1]) and _CJK.match(after[0]))
        )
        out.append(f"\n{line}\n" if heading and out else f"{line}\n" if heading else line)
    return "\n".join(out)


# A page that ends inside a sentence: the sentence goes on at the top of the next page
# (Japan Customs' export-declaration PDF: 「…書類や電子取引データ」 | 「とともに、…5年間保存しなけれ
# ばなりません」). The next page's words up to its first sentence end are moved back, so the
# sentence is one in one chunk; a blank line or a heading before that end moves nothing.
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", ".", ":", "：", "」", ")", "）")
_FIRST_END = re.compile(r"[。！？]|[.!?](?=\s|$)")
CARRY_MAX = 300


def _carry_over(texts: list[str]) -> list[str]:
    """The pages' texts with each sentence cut by a page break made whole on its first page."""
    out = list(texts)
    for i in range(len(out) - 1):
        head, tail = out[i].rstrip(), out[i + 1].lstrip()
        if not head or not tail or head.endswith(_SENTENCE_ENDS):
            continue
        end = _FIRST_END.search(tail[:CARRY_MAX])
        if end is None or "\n\n" in tail[: end.end()]:
            continue
        piece = tail[: end.end()]
        glue = "" if _CJK.match(head[-1]) and _CJK.match(piece[0]) else " "
        out[i], out[i + 1] = f"{head}{glue}{piece}", tail[end.end() :].lstrip()
    return out


def _decrypt(reader: PdfReader, path: Path) -> None:
    """Open an encrypted PDF with the empty user password (owner-only protection)."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError(
            f"{path}: the PDF is encrypted with a password; save an unprotected copy to index it"
        )


def load_pdf(path: Path) -> LoadedDocument:
    """Load a PDF; metadata from `<file>.pdf.yaml`, else from the PDF info and path."""
    try:
        reader = PdfReader(str(path))
        _decrypt(reader, path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, OSError, ValueError, KeyError) as exc:
        # PyPdfError covers DependencyError (AES without `cryptography`) and
        # FileNotDecryptedError: one such file is this file's error, not the batch's.
        raise LoadError(f"{path}: not a readable PDF ({exc})") from exc
    warnings: list[str] = []
    kept: list[tuple[int, str]] = []
    for number, raw in enumerate(pages, start=1):
        ratio = garbage_ratio(raw)
        if ratio > GARBAGE_LIMIT:
            warnings.append(
                f"page {number}: text not extractable ({ratio:.0%} unreadable characters; "
                "the font has no /ToUnicode map) — skipped"
            )
            continue
        text = _CJK_WRAP.sub("", _keep_headings(clean_text(raw)))
        if text:
            kept.append((number, text))
        else:
            warnings.append(f"page {number}: no text (scanned image?) — skipped")
    joined = _carry_over([text for _, text in kept])
    blocks = [
        Block(text=text, page=number, markdown=False)
        for (number, _), text in zip(kept, joined, strict=True)
        if text
    ]
    if not blocks:
        raise LoadError(f"{path}: no extractable text on any of {len(pages)} pages")
    raw_meta = read_sidecar(path)
    if raw_meta is None:
        info_title = None
        try:
            info_title = reader.metadata.title if reader.metadata else None
        except (PdfReadError, ValueError):
            info_title = None
        raw_meta = default_meta(path, info_title)
    raw_meta.setdefault("language", detect_language(" ".join(b.text for b in blocks)))
    return LoadedDocument(
        meta=build_meta(raw_meta, path), blocks=blocks, path=path, warnings=warnings
    )
