"""Corpus lint and freshness: the real corpus is clean, and each rule catches what it should;
`export-assist corpus stale|lint|coverage` as a user runs them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app
from export_assist.compliance.corpus_lint import lint_corpus, url_problem
from export_assist.compliance.freshness import due

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "regulations"
TODAY = dt.date(2026, 11, 29)

GOOD_DOC = """---
id: t-good
title: Good
title_ja: 良い文書
country: US
language: ja
verified_on: 2026-11-29
sources:
  - title: Entry
    url: https://www.cbp.gov/trade/basic-import-export
---
## 手続

本文。

## Sources

- https://www.cbp.gov/trade/basic-import-export

Checked: 2026-11-29
"""

OLD_DOC = """---
id: t-old
title: Old
country: CN
language: en
verified_on: 2026-01-10
volatile: true
review_status: needs_review
summary_ja: ""
summary_ja: ""
sources:
  - title: Home
    url: https://www.samr.gov.cn/
  - title: Plain
    url: http://www.customs.gov.cn/customs/302249/index.html
---
## Body

Text.

## Sources

Checked: 2026-01-09
"""

CARDS = """- id: t-card-ok
  markets: [US]
  topic: customs
  title: T
  requirement: R
  severity: mandatory
  evidence: [t-good]
  sources: [https://www.cbp.gov/trade/basic-import-export]
  verified_on: 2026-11-29
  status: verified

- id: t-card-bad
  markets: [CN]
  topic: customs
  title: T
  requirement: R
  severity: mandatory
  evidence: [t-missing]
"""


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "regulations"
    for folder, name, text in [("us", "good.md", GOOD_DOC), ("cn", "old.md", OLD_DOC)]:
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / name).write_text(text, encoding="utf-8")
    (root / "cards").mkdir()
    (root / "cards" / "x.yaml").write_text(CARDS, encoding="utf-8")
    return root


@pytest.mark.skipif(not CORPUS.is_dir(), reason="regulations/ is not in this checkout")
def test_the_real_corpus_has_no_lint_findings() -> None:
    findings = lint_corpus(CORPUS)
    assert [str(f) for f in findings] == []


def test_url_rules() -> None:
    assert url_problem("https://www.meti.go.jp/policy/anpo/catchall.html") is None
    assert url_problem("https://sppt.cfsa.net.cn:8086/db") is None
    assert url_problem("https://example.gov/index.php?r=view&id=4") is None
    assert "home page" in (url_problem("https://www.tisi.go.th") or "")
    assert "home page" in (url_problem("https://www.samr.gov.cn/") or "")
    assert "https" in (url_problem("http://www.customs.gov.cn/a/b.html") or "")


def test_each_rule_reports_at_the_file(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    messages = [(Path(f.path).name, f.message) for f in lint_corpus(root, TODAY)]
    old = [m for name, m in messages if name == "old.md"]
    assert any("https://www.samr.gov.cn/' is a home page" in m for m in old)
    assert any("is not an https link" in m for m in old)
    assert any("needs_review without review_notes" in m for m in old)
    assert any("Japanese summary" in m for m in old)
    assert any("front matter repeats summary_ja" in m for m in old)
    assert not [m for name, m in messages if name == "good.md"]
    (root / "cn" / "old.md").write_text(OLD_DOC.replace('summary_ja: ""\n', "", 1), "utf-8")
    again = [f.message for f in lint_corpus(root, TODAY)]
    assert any("'Checked: 2026-01-09' differs from verified_on 2026-01-10" in m for m in again)
    cards = [m for name, m in messages if name == "x.yaml"]
    assert any("evidence 't-missing' is not a corpus document" in m for m in cards)
    assert any("card 't-card-bad': no sources" in m for m in cards)
    assert any("card 't-card-bad': no verified_on date" in m for m in cards)
    assert not any("t-card-ok" in m for m in cards)


def test_a_title_without_japanese_needs_a_faithful_title_ja(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    good = root / "us" / "good.md"

    def title_findings(front: str) -> list[str]:
        good.write_text(GOOD_DOC.replace("title: Good\ntitle_ja: 良い文書\n", front), "utf-8")
        found = [f.message for f in lint_corpus(root, TODAY) if Path(f.path).name == "good.md"]
        return [m for m in found if "title" in m]

    assert title_findings("title: Good\n") == ["a title without Japanese needs title_ja"]
    assert title_findings("title: 良い文書\n") == []  # a Japanese title is its own
    assert title_findings("title: Good\ntitle_ja: Good (JA)\n") == [
        "title_ja 'Good (JA)' holds no Japanese"
    ]
    # official names and numbers are kept as they are, and none is added
    kept = "title: EU Regulation 1169/2011 - two labels\ntitle_ja: EU規則1169/2011：2つの表示\n"
    assert title_findings(kept) == []
    added = "title: EU food labelling\ntitle_ja: EU食品表示(規則1169/2011)\n"
    assert title_findings(added) == ["title_ja names number(s) 1169, 2011 that the title does not"]


def test_a_document_id_in_body_text_is_a_finding(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    mention = GOOD_DOC.replace(
        "本文。", "詳しくは「t-old」を参照(t-good 自身とURL内の/t-old/は除く)。"
    )
    (root / "us" / "good.md").write_text(mention, encoding="utf-8")
    good = [f.message for f in lint_corpus(root, TODAY) if Path(f.path).name == "good.md"]
    assert good == ["body names document id 't-old' (say what it is)"]


def test_ids_in_card_fields_and_shown_front_matter_are_findings(tmp_path: Path) -> None:
    # Review notes reach users and advisors on citations and checklist items: an id such as
    # 'fr-triman-epr' tells them nothing. Sentence-final full stops and Japanese text right
    # after an id must not hide it; a path or a file name is not a mention.
    root = _corpus(tmp_path)
    card = CARDS.split("\n\n")[0].replace(
        "  status: verified",
        "  status: needs_review\n"
        "  requirement_ja: 詳しくはt-old参照。\n"
        "  documents: [Label, Record kept as regulations/cn/t-old.md]\n"
        "  review_notes: Inherits the open review notes of t-good, t-old.\n",
    )
    (root / "cards" / "x.yaml").write_text(card, encoding="utf-8")
    noted = GOOD_DOC.replace(
        "sources:", "review_status: needs_review\nreview_notes: see t-old.\nsources:"
    )
    (root / "us" / "good.md").write_text(noted, encoding="utf-8")
    messages = [f.message for f in lint_corpus(root, TODAY)]
    assert "review_notes names id 't-old' (say what it is)" in messages
    on_card = sorted(m.split(": ", 1)[1] for m in messages if "'t-card-ok':" in m)
    assert on_card == [
        "card 't-card-ok': requirement_ja names id 't-old' (say what it is)",
        "card 't-card-ok': review_notes names id 't-good' (say what it is)",
        "card 't-card-ok': review_notes names id 't-old' (say what it is)",
    ]


def test_an_allowance_covers_a_finding_until_its_date(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    (root / "lint-allow.yaml").write_text(
        "- path: regulations/cn/old.md\n  finding: is a home page\n"
        "  reason: no deep link found yet\n  until: 2026-12-31\n",
        encoding="utf-8",
    )
    now = [f.message for f in lint_corpus(root, TODAY)]
    later = [f.message for f in lint_corpus(root, dt.date(2027, 1, 1))]
    assert not any("home page" in m for m in now)
    assert any("home page" in m for m in later)


def test_stale_lists_what_is_due_oldest_first(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    items = due(root, 30, TODAY)
    assert [(i.kind, i.id) for i in items] == [("card", "t-card-bad"), ("document", "t-old")]
    assert items[1].age_days(TODAY) == 323 and items[1].volatile
    assert [i.id for i in due(root, 400, TODAY)] == ["t-card-bad"]  # never checked
    assert "t-good" in [i.id for i in due(root, 0, dt.date(2026, 12, 1))]


def test_cli_stale_lint_and_coverage(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    runner = CliRunner()
    common = ["--root", str(root), "--today", "2026-11-29"]
    res = runner.invoke(app, ["corpus", "stale", "--days", "30", *common])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert [r[3] for r in rows] == ["t-card-bad", "t-old"]
    assert rows[1][:2] == ["2026-01-10", "323d"] and "volatile" in rows[1][4]
    failing = runner.invoke(app, ["corpus", "stale", "--days", "30", "--fail", *common])
    assert failing.exit_code == 1
    bad_date = runner.invoke(app, ["corpus", "stale", "--root", str(root), "--today", "soon"])
    assert bad_date.exit_code == 2 and "--today must be a date" in bad_date.output
    lint = runner.invoke(app, ["corpus", "lint", *common])
    assert lint.exit_code == 1 and "is a home page" in lint.stdout
    out = tmp_path / "corpus.md"
    out.write_text("# Notes kept\n\nhand-written\n", encoding="utf-8")
    for _ in range(2):  # writing twice keeps the notes once and replaces the report
        res = runner.invoke(app, ["corpus", "coverage", "--write", str(out), *common])
        assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert text.count("hand-written") == 1 and text.count("# Regulation corpus coverage") == 1
    assert "| t-old | 2026-01-10 | 323 | needs_review | yes | DUE |" in text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="regulations/ is not in this checkout")
def test_origin_routes_cite_corpus_documents_for_every_market() -> None:
    import yaml

    from export_assist.compliance.corpus_meta import scan_corpus

    routes_file = REPO / "src" / "export_assist" / "compliance" / "data" / "origin_routes.yaml"
    routes = yaml.safe_load(routes_file.read_text(encoding="utf-8"))
    doc_ids = {d.meta.id for d in scan_corpus(CORPUS)[0]}
    missing = {m: e for m, r in routes.items() for e in r.get("evidence", []) if e not in doc_ids}
    assert missing == {}
    assert {"CA", "MY", "ID", "PH", "IN"} <= set(routes)
