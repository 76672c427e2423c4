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


# A Japanese document's English key points (session 26): English questions on Japanese-only
# documents (test22 t005, escalation_dev20 d019) found no sentence they could read.
DOC_JA = """---
id: t-vn-origin
title: ベトナムの特恵原産地
country: VN
language: ja
verified_on: 2026-12-03
review_status: needs_review
review_notes: 酒類の税率は二次資料で確認。
sources:
  - title: CPTPP
    url: https://www.customs.go.jp/roo/english/index.htm
---
## 特恵ルート

- CPTPPはベトナムについて2019年1月14日に発効し、輸出者が原産地証明を作成します。
- 酒類の特別消費税は2026年1月1日から引き上げられます（要確認）。

## Key points (English)

### Preferential routes

- CPTPP entered into force for Viet Nam on 14 January 2019; the exporter makes out the origin statement.
- The special consumption tax on liquor rises from 1 January 2026 (to be confirmed).

## Sources

- Japan Customs: https://www.customs.go.jp/roo/english/index.htm
"""


def test_english_key_points_of_a_japanese_document_are_linted_both_ways() -> None:
    meta = DocumentMeta(id="t", title="T", country="VN", review_status="needs_review")
    assert section_findings(DOC_JA, meta) == []
    added = DOC_JA.replace("on 14 January 2019", "on 15 January 2019")
    assert any(
        "'## Key points (English)' names number(s) 15" in m for m in section_findings(added, meta)
    )
    unmarked = DOC_JA.replace(" (to be confirmed)", "")
    assert any("to be confirmed" in m for m in section_findings(unmarked, meta))
    japanese = DOC_JA.replace(
        "- The special",
        "- 酒類の特別消費税は引き上げられます。税率は二次資料で確認しました。\n- The special",
    )
    japanese = japanese.replace(
        "- CPTPP entered",
        "- ＣＰＴＰＰはベトナムについて発効しました。輸出者が原産地証明を作成します。\n- CPTPP entered",
    )
    assert any("holds no English" in m for m in section_findings(japanese, meta))


def test_ingest_makes_the_english_points_passages_an_english_reader_can_quote(
    tmp_path: Path,
) -> None:
    path = tmp_path / "origin.md"
    path.write_text(DOC_JA, encoding="utf-8")
    chunks = chunk_document(load_markdown(path), ChunkingSettings())
    en = [c for c in chunks if c.section.startswith("Key points (English)")]
    assert len(en) == 1 and "14 January 2019" in en[0].text
    assert not mostly_japanese(en[0].text)
    assert all(mostly_japanese(c.text) for c in chunks if c.section == "特恵ルート")
