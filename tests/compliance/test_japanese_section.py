"""The Japanese key points of an English document (`## 要点（日本語）`): the lint keeps them
faithful (no added number, the review mark kept), and ingest makes them passages of their own
whose sentences a Japanese answer can quote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from export_assist.answering.select import mostly_japanese
from export_assist.compliance.corpus_lint import lint_corpus
from export_assist.compliance.japanese_section import section_findings, split_section
from export_assist.domain.corpus import DocumentMeta
from export_assist.retrieval.chunking import chunk_document
from export_assist.retrieval.loaders.markdown import load_markdown
from export_assist.settings import ChunkingSettings

DOC = """---
id: t-fssai
title: India food import
title_ja: インドの食品輸入
country: IN
language: en
verified_on: 2026-11-29
review_status: needs_review
review_notes: The shelf-life rule was read in a law-firm note only.
summary_ja: インドへの食品輸入の概要。
sources:
  - title: FSSAI import
    url: https://fssai.gov.in/cms/food-import.php
---
## Food

- Food importers need an FSSAI central licence.
- Customs clears food only with a remaining shelf life of not less than 60% of its original
  shelf life or three months before expiry, whichever is less (see review note).

## 要点（日本語）

- 食品の輸入者は、インド食品安全基準局（FSSAI）の中央ライセンスを持つ必要があります。
- 通関時の残存賞味期間は、元の期間の60%以上または期限の3か月前以上のいずれか短い方が必要です（要確認）。

## Sources

- FSSAI: https://fssai.gov.in/cms/food-import.php

Checked: 2026-11-29
"""


def _meta(review: str = "needs_review") -> DocumentMeta:
    return DocumentMeta(id="t", title="T", country="IN", review_status=review)


def test_the_section_is_cut_at_the_next_heading() -> None:
    parts = split_section(DOC)
    assert parts is not None
    section, rest = parts
    assert "FSSAI" in section and "## Sources" not in section
    assert "## Sources" in rest and "中央ライセンス" not in rest
    assert split_section(DOC.replace("## 要点（日本語）", "## Notes")) is None


def test_a_faithful_section_has_no_finding() -> None:
    assert section_findings(DOC, _meta()) == []
    assert section_findings(DOC.replace("（要確認）", ""), _meta("verified")) == []


def test_an_added_number_and_a_lost_review_mark_are_findings() -> None:
    added = DOC.replace("60%以上", "65%以上")
    assert any("number(s) 65" in m for m in section_findings(added, _meta()))
    unmarked = DOC.replace("（要確認）", "")
    assert any("要確認" in m for m in section_findings(unmarked, _meta()))
    english = DOC.replace(DOC[DOC.index("- 食品") : DOC.index("## Sources")], "- Text.\n\n")
    assert "holds no Japanese" in section_findings(english, _meta())[0]


def test_the_lint_reports_it_at_the_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "food.md"
    path.write_text(DOC.replace("3か月", "6か月"), encoding="utf-8")
    messages = [f.message for f in lint_corpus(tmp_path, dt.date(2026, 11, 29))]
    assert any("number(s) 6 " in m for m in messages)


def test_ingest_makes_the_section_a_japanese_passage(tmp_path: Path) -> None:
    path = tmp_path / "food.md"
    path.write_text(DOC, encoding="utf-8")
    chunks = chunk_document(load_markdown(path), ChunkingSettings())
    ja = [c for c in chunks if c.section == "要点(日本語)"]
    assert len(ja) == 1 and "FSSAI" in ja[0].text
    assert mostly_japanese(ja[0].text)
    assert all(not mostly_japanese(c.text) for c in chunks if c.section == "Food")
