"""Chunking: sizes, sentence boundaries (Japanese has no spaces), tables, articles, ids."""

from __future__ import annotations

from pathlib import Path

from export_assist.domain.corpus import DocumentMeta
from export_assist.retrieval.chunking import chunk_document, units_of
from export_assist.retrieval.loaders.base import Block, LoadedDocument
from export_assist.settings import ChunkingSettings


def _doc(blocks: list[Block], language: str = "en") -> LoadedDocument:
    meta = DocumentMeta(id="d", title="T", country="JP", language=language)
    return LoadedDocument(meta=meta, blocks=blocks, path=Path("d.md"))


def test_long_japanese_paragraph_is_split_at_sentence_ends() -> None:
    text = "".join(
        f"品目{i}がリスト規制の対象かどうかをパラメータシートで確認します。" for i in range(40)
    )
    settings = ChunkingSettings(target_chars=200, max_chars=300, overlap_sentences=0)
    chunks = chunk_document(_doc([Block(text=text)], "ja"), settings)
    assert len(chunks) > 3
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(c.text.rstrip().endswith("。") for c in chunks)


def test_small_table_is_kept_whole() -> None:
    table = "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |"
    units = units_of(Block(text=f"Intro line.\n\n{table}\n\nAfter."))
    assert table in units


def test_big_table_is_split_with_its_header_repeated() -> None:
    rows = "\n".join(f"| {i} | {'x' * 40} |" for i in range(60))
    table = f"| code | text |\n|---|---|\n{rows}"
    settings = ChunkingSettings(target_chars=400, max_chars=600, overlap_sentences=0)
    chunks = chunk_document(_doc([Block(text=table)]), settings)
    assert len(chunks) > 2
    assert all(c.text.startswith("| code | text |") for c in chunks)


def test_articles_start_new_chunks() -> None:
    text = "Article 1\nScope of the rules.\n\nArticle 2\nDefinitions used."
    settings = ChunkingSettings(target_chars=1000, max_chars=1500, overlap_sentences=1)
    chunks = chunk_document(_doc([Block(text=text, section="Rules")]), settings)
    assert [c.text.split("\n")[0] for c in chunks] == ["Article 1", "Article 2"]
    assert {c.section for c in chunks} == {"Rules"}


def test_ids_are_content_hashes() -> None:
    settings = ChunkingSettings()
    a = chunk_document(_doc([Block(text="Same text.", section="S")]), settings)
    b = chunk_document(_doc([Block(text="Same text.", section="S")]), settings)
    c = chunk_document(_doc([Block(text="Other text.", section="S")]), settings)
    assert a[0].id == b[0].id != c[0].id


def test_a_long_paragraph_is_never_cut_after_an_abbreviation() -> None:
    """A chunk cut after "No." lost the number it names: the answer then quoted
    "DGFT Notification No." with nothing after it (trial finding A19)."""
    text = " ".join(
        f"Rule {i} follows DGFT Notification No. {i}/2015 and Art. {i} of Reg. (EU) 1169/2011."
        for i in range(30)
    )
    settings = ChunkingSettings(target_chars=200, max_chars=300, overlap_sentences=0)
    chunks = chunk_document(_doc([Block(text=text)]), settings)
    assert len(chunks) > 3
    assert all(c.text.rstrip().endswith("1169/2011.") for c in chunks)
    assert " ".join(c.text.replace("\n\n", " ") for c in chunks) == text
