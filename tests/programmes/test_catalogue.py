"""The shipped catalogue validates; the loader reports problems as file:line."""

from __future__ import annotations

from pathlib import Path

from export_assist.programmes.catalogue import load_catalogue, load_catalogue_text

from .conftest import CATALOGUE, record


def test_every_shipped_record_is_valid() -> None:
    cat = load_catalogue([CATALOGUE])
    assert [str(p) for p in cat.problems] == []
    assert len(cat.programmes) >= 38
    operators = {p.operator for p in cat.programmes}
    assert {"jetro", "smrj", "meti", "maff", "jfc", "nexi", "prefecture"} <= operators
    for p in cat.programmes:
        assert p.url.startswith("https://")
        assert p.sources and all(s.url.startswith("https://") for s in p.sources)
        if p.review_status == "needs_review":
            assert p.review_notes.strip(), p.id


def test_a_closed_date_is_only_recorded_when_a_source_names_it() -> None:
    cat = load_catalogue([CATALOGUE])
    dated = [p for p in cat.programmes if p.window.closes]
    for p in dated:
        assert p.window.note_ja, p.id  # the note says which call the date belongs to


def test_errors_name_file_line_and_field(tmp_path: Path) -> None:
    bad = record("bad-one", "{kind: rolling, closes: 2027-01-01}").replace(
        "url: https://www.example.go.jp/bad-one/", "url: http://www.example.go.jp/"
    )
    cat = load_catalogue_text(bad, "x.yaml")
    messages = [str(p) for p in cat.problems]
    assert any(m.startswith("x.yaml:7: 'bad-one': url:") and "https" in m for m in messages)
    assert any("window" in m and "rolling" in m for m in messages)
    assert cat.programmes == []


def test_duplicate_ids_and_urls_are_refused() -> None:
    text = record("a-one", "{kind: rolling}") + record("a-one", "{kind: rolling}")
    cat = load_catalogue_text(text, "d.yaml")
    assert len(cat.programmes) == 1
    assert "duplicate id 'a-one'" in str(cat.problems[0])


def test_needs_review_without_notes_is_refused() -> None:
    text = record("no-notes", "{kind: rolling}").replace(
        "review_status: verified", "review_status: needs_review"
    )
    cat = load_catalogue_text(text, "n.yaml")
    assert "review_notes" in str(cat.problems[0])
