"""The FEFTA questionnaire answers a Japanese SME in Japanese (s5 trial E2): `what`,
`with_whom`, `why` and the disclaimer were English even with `Accept-Language: ja`."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.compliance.export_control import ExportControlAnswers, assess
from export_assist.compliance.export_control_text import EN, JA
from export_assist.container import Container


def test_every_text_has_both_languages() -> None:
    assert EN.keys() == JA.keys()


def test_japanese_answers_name_the_destination_in_japanese() -> None:
    answers = ExportControlAnswers(destination="RU", categories=["machinery"], language="ja")
    flags = assess(answers, None).flags
    assert [f.check for f in flags] == ["sanctions", "list_control", "catch_all"]
    assert "外為法第48条第3項" in flags[0].what and "2022年3月18日" in flags[0].what
    assert flags[0].why.startswith("ロシア（RU）は日本の輸出制裁の対象です")
    assert (
        flags[1].why.startswith("この製品の種類") and "安全保障貿易管理政策課" in flags[2].with_whom
    )
    english = assess(answers.model_copy(update={"language": None}), None)
    assert english.flags[0].why.startswith("RU is under Japan's export sanctions")
    assert english.disclaimer.startswith("This questionnaire says what to check")


def test_the_api_follows_accept_language_and_the_body(compliance_container: Container) -> None:
    client = TestClient(create_app(container=compliance_container))
    body = {"destination": "CN", "categories": ["machinery"], "end_user_on_list": "no"}
    url = "/v1/export-control/questionnaire"
    ja = client.post(url, json=body, headers={"Accept-Language": "ja,en;q=0.8"}).json()
    assert ja["disclaimer"].startswith("この質問票は確認すべきことを示すもので")
    catch_all = next(f for f in ja["flags"] if f["check"] == "catch_all")
    assert catch_all["what"].startswith("需要者と用途を確認してください")
    assert catch_all["why"].startswith("中国（CN）はグループA")
    en = client.post(url, json=body).json()
    assert en["disclaimer"].startswith("This questionnaire")
    asked = client.post(url, json={**body, "language": "en"}, headers={"Accept-Language": "ja"})
    assert asked.json()["disclaimer"].startswith("This questionnaire")


def test_japanese_flags_keep_their_citations(compliance_container: Container) -> None:
    # English documents of the test corpus: the search runs on the English wording
    evidence = {
        "catch_all": ["t-us-fda-food", "t-eu-radio-equipment"],
        "list_control": [],
        "sanctions": [],
    }
    answers = ExportControlAnswers(destination="CN", listed_item="no", language="ja")
    finder = compliance_container.evidence_finder
    (ja,) = assess(answers, finder, evidence).flags
    (en,) = assess(answers.model_copy(update={"language": "en"}), finder, evidence).flags
    assert ja.check == "catch_all" and ja.citations and ja.citations == en.citations
