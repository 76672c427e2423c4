"""A space after Chinese text or between Korean words prints (s5 user trial): the Chinese
and Korean font profiles hold only Han or Hangul glyphs, and a space joined the run it
followed, so 「日本 / 日本」 on a zh-Hans origin statement read back as '日本\\x00/ 日本' and
Korean text lost its word spaces to a missing glyph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest

from export_assist.documents.fonts import FontBook
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService


@pytest.mark.parametrize(
    ("text", "lang"),
    [("日本 / 日本", "zh-Hans"), ("일본 / 日本 한국어 문장", "ko"), ("ญี่ปุ่น / 日本", "th")],
)
def test_every_run_prints_only_characters_its_font_has(text: str, lang: str) -> None:
    book = FontBook()
    runs = book.runs(text, lang)
    assert "".join(run for _, run in runs) == text
    for profile, run in runs:
        assert profile is not None
        missing = [c for c in run if c != "\n" and not book.profile_of(c, lang)]
        assert not missing and all(ord(c) in book._cover[profile] for c in run), (profile, run)


def test_a_zh_hans_and_korean_document_read_back_without_missing_glyphs(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    shipment_data["parties"]["consignee"]["address"] = "서울특별시 강남구 테헤란로 123"
    result = service.render(Shipment.model_validate(shipment_data), ["zh-Hans", "ko"], ["pdf"])
    folder = Path(result.folder)
    origin = pypdf.PdfReader(folder / "origin_statement.zh-Hans.pdf").pages[0].extract_text()
    assert "\x00" not in origin and "日本 / 日本" in origin
    invoice = pypdf.PdfReader(folder / "commercial_invoice.ko.pdf").pages[0].extract_text()
    assert "\x00" not in invoice and "서울특별시 강남구 테헤란로 123" in invoice
