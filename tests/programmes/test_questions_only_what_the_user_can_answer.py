"""The questions a match asks the exporter are things the exporter can answer (s8 trial: a
Hokkaido food maker asking about e-commerce support was asked, under 「絞り込むために教えて
ください」, 「公式ページで現在の募集期間を確認してください（…）」 three times, once per programme
whose current call is unconfirmed); that check stays on each programme."""

from __future__ import annotations

from pathlib import Path

from export_assist.programmes.catalogue import load_catalogue
from export_assist.programmes.matching import match_programmes
from export_assist.programmes.profile import ExporterProfile

from .conftest import TODAY, record


def test_check_the_call_stays_on_the_programme_not_in_the_questions(tmp_path: Path) -> None:
    text = "".join(
        record(
            f"unconfirmed-{i}",
            "{kind: call, note_ja: 現行の募集は未確認, note_en: not confirmed}",
            "{sme_only: true}",
        )
        for i in range(3)
    )
    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "test.yaml").write_text(text, encoding="utf-8")
    cat = load_catalogue([folder])
    result = match_programmes(cat.programmes, ExporterProfile(), TODAY)
    assert len(result.matches) == 3
    for m in result.matches:
        assert any(a.startswith("公式ページで現在の募集期間を確認してください") for a in m.asks)
    assert not any("募集期間" in q for q in result.questions), result.questions
    assert result.questions == ["資本金と常時従業員数を教えてください"]  # the exporter can say
    assert "ask_user" not in result.model_dump()["matches"][0]


def test_a_programmes_own_condition_stays_on_the_programme(tmp_path: Path) -> None:
    """s8 trial: 「確認: 自社の品目に認定品目団体があること（一覧で確認）」 was listed under
    「絞り込むために教えてください」 for a small sake brewery."""
    text = record(
        "with-condition",
        "{kind: rolling}",
        "{sme_only: true, conditions_ja: [品目団体があること], conditions_en: [a body exists]}",
    )
    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "test.yaml").write_text(text, encoding="utf-8")
    result = match_programmes(load_catalogue([folder]).programmes, ExporterProfile(), TODAY)
    assert "確認: 品目団体があること" in result.matches[0].asks
    assert result.questions == ["資本金と常時従業員数を教えてください"]


def test_shipped_catalogue_questions_for_an_ec_food_maker() -> None:
    cat = load_catalogue([Path(__file__).resolve().parents[2] / "programmes"])
    profile = ExporterProfile(
        prefecture="北海道", employees=15, sector="food", planned_activities=["ecommerce"]
    )
    result = match_programmes(cat.programmes, profile, TODAY)
    assert result.matches
    assert not any("公式ページ" in q or q.startswith("確認: ") for q in result.questions), (
        result.questions
    )
