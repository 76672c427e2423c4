"""Loaders: front matter, headings as sections, PDF pages, unextractable pages, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import TEST_DATA
from tests.retrieval.pdf_factory import make_pdf

from export_assist.retrieval.loaders import LoadError, load_file


def test_markdown_front_matter_and_sections() -> None:
    doc = load_file(TEST_DATA / "corpus" / "eu" / "food-labelling.md")
    assert doc.meta.id == "test-eu-food-labelling"
    assert doc.meta.hs_prefixes == ["09"]
    assert doc.meta.sources[0].url.startswith("https://eur-lex")
    assert [b.section for b in doc.blocks] == ["Mandatory particulars", "Language", "概要(日本語)"]
    assert doc.blocks[-1].language == "ja"  # the Japanese summary is a passage of its own


def test_markdown_text_is_nfkc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "jp" / "doc.md"
    path.parent.mkdir()
    path.write_text("# 見出し\n\n## 手続\n\nＨＳコード０９０２は緑茶です。\n", encoding="utf-8")
    doc = load_file(path)
    assert "HSコード0902" in doc.blocks[0].text
    assert doc.meta.country == "JP"  # from the folder, as no front matter says otherwise
    assert doc.meta.language == "ja"


def test_volatile_flag_is_read_and_reaches_chunk_metadata(tmp_path: Path) -> None:
    from export_assist.domain.corpus import Chunk
    from export_assist.retrieval.metadata import chunk_metadata

    path = tmp_path / "us" / "tariffs.md"
    path.parent.mkdir()
    head = "---\nid: t-tariffs\ntitle: T\ncountry: US\nlanguage: ja\nverified_on: 2026-11-29\n"
    path.write_text(
        head
        + "volatile: true\nreview_status: needs_review\nreview_notes: rate after July unsettled\n"
        "---\n## 税率\n\n要確認。\n"
    )
    doc = load_file(path)
    assert doc.meta.volatile is True and doc.meta.review_status == "needs_review"
    chunk = Chunk(id="c1", doc_id=doc.meta.id, text="要確認。")
    stored = chunk_metadata(chunk, doc.meta, str(path), "h")
    assert stored["volatile"] is True and stored["review_notes"] == "rate after July unsettled"
    plain = path.with_name("plain.md")
    plain.write_text("---\nid: t-plain\ntitle: P\ncountry: US\n---\n## x\n\ny\n")
    assert load_file(plain).meta.volatile is False


def test_title_ja_reaches_the_citation_and_leaves_the_embedded_text_alone(
    tmp_path: Path,
) -> None:
    from export_assist.domain.corpus import Chunk
    from export_assist.retrieval.metadata import chunk_metadata, citation_from, index_text

    path = tmp_path / "eu" / "labels.md"
    path.parent.mkdir()
    head = "---\nid: t-labels\ntitle: EU food labelling\ncountry: EU\nverified_on: 2026-11-29\n"
    path.write_text(head + "title_ja: EUの食品表示\n---\n## Allergens\n\nText.\n")
    doc = load_file(path)
    chunk = Chunk(id="c1", doc_id=doc.meta.id, text="Text.", section="Allergens", page=3)
    stored = chunk_metadata(chunk, doc.meta, str(path), "h")
    cite = citation_from({**stored, "section": "Allergens", "page": 3})
    assert (cite.title, cite.title_ja) == ("EU food labelling", "EUの食品表示")
    assert cite.label() == "EU food labelling, § Allergens, p. 3"
    assert cite.label("ja") == "EUの食品表示、§ Allergens、3ページ"
    # what is embedded (and keys the shipped vectors) does not change with title_ja
    bare = chunk_metadata(chunk, doc.meta.model_copy(update={"title_ja": ""}), str(path), "h")
    assert index_text(stored, chunk.text) == index_text(bare, chunk.text)
    # a document without one (a Japanese title) shows its own title in both languages
    assert cite.model_copy(update={"title_ja": ""}).title_in("ja") == "EU food labelling"


def test_invalid_front_matter_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\nid: Bad Id!\ntitle: x\ncountry: US\n---\n# x\n\ntext\n")
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert "bad.md" in str(info.value) and "id" in str(info.value)


def test_pdf_keeps_page_numbers_and_sidecar_metadata(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "rules.pdf", ["輸出申告は税関に行います。", "Page two: packing list."]
    )
    (tmp_path / "rules.pdf.yaml").write_text("id: pdf-rules\ntitle: Rules\ncountry: JP\n")
    doc = load_file(pdf)
    assert doc.meta.id == "pdf-rules"
    assert [b.page for b in doc.blocks] == [1, 2]
    assert "輸出申告" in doc.blocks[0].text
    assert not doc.warnings


def test_pdf_page_without_unicode_map_is_reported_not_indexed(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "mixed.pdf", ["Customs declaration rules.", ""], garbage_pages=(2,))
    doc = load_file(pdf)
    assert [b.page for b in doc.blocks] == [1]
    assert len(doc.warnings) == 1 and "page 2" in doc.warnings[0]
    assert "ToUnicode" in doc.warnings[0]


def test_corrupt_pdf_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert "broken.pdf" in str(info.value)


def test_html_sections_and_nav_dropped() -> None:
    doc = load_file(TEST_DATA / "corpus" / "us" / "fda-registration.html")
    sections = [b.section for b in doc.blocks]
    assert sections == ["Who must register", "Prior notice"]
    assert all("menu" not in b.text for b in doc.blocks)
