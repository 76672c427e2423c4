"""Japanese users read card fields in Japanese: the answer's direct sentence and the
checklist (JSON, XLSX, PDF) for German packaging name the authority and documents in
Japanese; English mode keeps the English fields."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from export_assist.answering.compose import card_sentence
from export_assist.answering.understand import understand
from export_assist.compliance import render
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from export_assist.translation.termbase import TermBase
from tests.answering.test_compose import COVERED, card

LUCID = "de-verpackg-lucid-registration"


def test_japanese_answer_on_german_packaging_names_documents_in_japanese() -> None:
    q = understand("ドイツで包装された商品を売るにはLUCID登録が必要ですか？", COVERED)
    text = card_sentence(card(LUCID), q, TermBase.load())
    assert "所管: 包装登録中央機関(ZSVR)" in text
    assert "必要書類: LUCID登録番号、ブランド一覧、素材別の包装数量データ" in text
    assert "Brand list" not in text and "Zentrale Stelle" not in text


def test_english_answer_keeps_the_english_fields() -> None:
    q = understand("Do I need LUCID registration for packaging in Germany?", COVERED)
    text = card_sentence(card(LUCID), q, None)
    assert "authority: Zentrale Stelle Verpackungsregister (ZSVR)" in text
    assert "LUCID registration number" in text and "LUCID登録番号" not in text


def _packaging_checklist(container: Container):  # type: ignore[no-untyped-def]
    request = ChecklistRequest(product="ペットボトル入り緑茶飲料", destinations=["DE"])
    [checklist] = container.checklists.build(request)
    item = next(i for i in checklist.items if i.requirement_id == LUCID)
    return checklist, item


def test_japanese_checklist_exports_show_japanese_documents(corpus_container: Container) -> None:
    checklist, item = _packaging_checklist(corpus_container)
    assert item.documents_ja[0] == "LUCID登録番号" and item.authority_ja.startswith("包装登録")
    book = load_workbook(io.BytesIO(render.checklists_xlsx([checklist], "ja")))
    cells = {str(c.value) for row in book.worksheets[-1].iter_rows() for c in row if c.value}
    assert any("LUCID登録番号" in c and "ブランド一覧" in c for c in cells)
    assert "包装登録中央機関(ZSVR)" in cells and "LUCID registration number" not in " ".join(cells)
    english = load_workbook(io.BytesIO(render.checklists_xlsx([checklist], "en")))
    words = " ".join(str(c.value) for r in english.worksheets[-1].iter_rows() for c in r if c.value)
    assert "LUCID registration number" in words and "LUCID登録番号" not in words
    pdf = render.checklists_pdf([checklist], "ja", corpus_container.fonts())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "LUCID登録番号" in text.replace("\n", "")
