"""The term base: coverage of languages and categories, recognition, enforcement."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.errors import ConfigurationError, NotFound
from export_assist.languages import LANGUAGES
from export_assist.translation.termbase import TermBase

CATEGORIES = {"document", "field", "incoterm", "unit", "payment", "regulatory", "authority", "agreement", "transport", "note"}  # fmt: skip


def test_every_term_has_all_nine_languages(termbase: TermBase) -> None:
    assert len(termbase) >= 100
    for term in termbase.terms.values():
        missing = set(LANGUAGES) - set(term.forms)
        assert not missing, f"{term.id} lacks {missing}"
    assert {t.category for t in termbase.terms.values()} == CATEGORIES


def test_all_eleven_incoterms_2020_rules(termbase: TermBase) -> None:
    rules = {t.id.split(".")[1] for t in termbase.terms.values() if t.category == "incoterm"}
    assert rules == {"EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"}


def test_domain_terms_are_right(termbase: TermBase) -> None:
    assert (
        termbase.label("reg.export_control_classification", "en") == "export control classification"
    )
    assert "METI" in termbase.get("auth.meti").accepted("de")
    assert termbase.exact("包装明細書", "ja", "de") == "Packliste"
    assert termbase.exact("Net weight:", "en", "ja") == "正味重量"
    assert termbase.exact("hello", "en", "ja") is None


def test_find_longest_match_and_codes_inside_japanese(termbase: TermBase) -> None:
    hits = termbase.find("関税分類と経産省の該非判定、FOB横浜。", "ja")
    assert [h.term.id for h in hits] == [
        "reg.tariff_classification", "auth.meti", "reg.export_control_classification", "incoterm.FOB",
    ]  # fmt: skip
    assert termbase.find("FOBX", "ja") == []


def test_missing_terms_reported_and_inflection_accepted(termbase: TermBase) -> None:
    hits = termbase.find("経済産業省の該非判定", "ja")
    wrong = termbase.missing(hits, "Check the determination with METI.", "en")
    assert [h.term.id for h in wrong] == ["reg.export_control_classification"]
    de_hits = termbase.find("originating product", "en")
    assert termbase.missing(de_hits, "Die Ursprungserzeugnisse sind ...", "de") == []


def test_extra_files_override_and_bad_files_fail(tmp_path: Path, termbase: TermBase) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "terms:\n- {id: field.exporter, category: field, ja: 輸出者, en: Shipper}\n",
        encoding="utf-8",
    )
    assert TermBase.load([extra]).label("field.exporter", "en") == "Shipper"
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms:\n- {category: x}\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="malformed"):
        TermBase.load([bad])
    with pytest.raises(NotFound):
        termbase.get("nope")
