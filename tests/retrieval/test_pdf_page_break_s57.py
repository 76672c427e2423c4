"""A sentence cut by a page break is made whole on the page it starts on (Japan Customs'
export-declaration PDF: page 1 ended 「…書類や電子取引データ」 and page 2 began 「とともに、…5年間
保存しなければなりません」, so no chunk held the rule)."""

from __future__ import annotations

from pathlib import Path

from tests.retrieval.pdf_factory import make_pdf

from export_assist.retrieval.chunking import chunk_document
from export_assist.retrieval.loaders.pdf import _carry_over, load_pdf
from export_assist.settings import ChunkingSettings


def test_a_japanese_sentence_cut_by_the_page_break_is_joined_on_its_first_page() -> None:
    pages = ["帳簿と契約書などの書類や電子データ", "とともに、7年間保管します。次の段落です。"]
    first, second = _carry_over(pages)
    assert first == "帳簿と契約書などの書類や電子データとともに、7年間保管します。"
    assert second == "次の段落です。"


def test_an_english_sentence_is_joined_with_a_space() -> None:
    first, second = _carry_over(["The importer must file the notice", "before arrival. Then more."])
    assert first == "The importer must file the notice before arrival."
    assert second == "Then more."


def test_finished_pages_a_heading_or_a_far_end_move_nothing() -> None:
    done = ["一つ目の文です。", "二つ目の文です。"]
    assert _carry_over(done) == done
    headed = ["表の最後の行", "\n\n次の見出し\n\n本文です。"]  # a blank line before the end
    assert _carry_over(headed)[0] == "表の最後の行"
    far = ["途中で終わる文", "あ" * 400 + "。"]
    assert _carry_over(far) == far


def test_a_real_pdf_keeps_the_cut_sentence_in_one_chunk(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "records.pdf",
        [
            "帳簿書類の保存\n業として輸出する者は、書類や電子取引データ",
            "とともに、5年間保存します。\n以上です。",
        ],
    )
    doc = load_pdf(path)
    assert [b.page for b in doc.blocks] == [1, 2]
    chunks = chunk_document(doc, ChunkingSettings())
    assert any("電子取引データとともに、5年間保存します。" in c.text for c in chunks)
    assert not any(c.text.startswith("とともに") for c in chunks)
