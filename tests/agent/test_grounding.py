"""The grounding gate's checks on their own: numbers, dates, legal references, authorities
and countries against the evidence (ja and en), and the answer's script and language."""

from __future__ import annotations

import pytest

from export_assist.agent.answer_script import script_problem
from export_assist.agent.grounded import Gate, Ungrounded, approx_tokens
from export_assist.agent.grounding import check, numbers

EVIDENCE = (
    "Foreign facilities must register with the U.S. Food and Drug Administration (FDA) "
    "under 21 CFR 1.225 before exporting. Regulation (EU) 2019/1020 applies from 16 July 2021; "
    "fees start at 1,000 euros. 令和6年4月1日から、経済産業省への届出が必要です"
    "(外国為替及び外国貿易法 第48条)。食品医薬品局(FDA)への登録。"
)


@pytest.mark.parametrize(
    "answer",
    [
        "Register with the Food and Drug Administration (FDA) under 21 CFR 1.225 [1].",
        "Regulation (EU) 2019/1020 applies from 16 July 2021 [2].",
        "Fees start at 1000 euros.",
        "２０２４年４月１日から経済産業省への届出が必要です [1]。",  # full width, era year
        "外国為替及び外国貿易法第４８条により、米国食品医薬品局への登録が必要です。",
        "1. Register with FDA.\n2. Apply the regulation [1][2].",  # ordinals, markers
        "From 2024-04-01, notify the ministry [1].",  # one date, two ways of writing it
    ],
)
def test_facts_in_the_evidence_pass(answer: str) -> None:
    found = check(answer, EVIDENCE, "米国 exporting tea to the US")
    assert found.ok, found.reason()


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("Since 2019, the rule applies.", "numbers: 2019"),
        ("Regulation (EU) 2019/1021 applies.", "numbers: 2019/1021"),
        ("Under 21 CFR 1.227 you must register.", "numbers: 1.227"),
        ("令和5年から適用されます。", "numbers: 2023"),
        ("第49条に基づき届出が必要です。", "numbers: 49"),
        ("Register with the USDA first.", "authorities: USDA"),
        ("The European Food Safety Authority decides.", "authorities: European Food Safety Auth"),
        ("厚生労働省への届出が必要です。", "authorities: 厚生労働省"),
        ("The responsible person may be in China.", "countries: CN"),
        ("ドイツでも同じです。", "countries: DE"),
    ],
)
def test_invented_facts_are_named(answer: str, why: str) -> None:
    found = check(answer, EVIDENCE, "米国")
    assert not found.ok and why in found.reason()


def test_countries_the_user_named_are_allowed() -> None:
    assert check("ブラジルへの輸出では", EVIDENCE, "ブラジルに日本酒を輸出するには?").ok
    assert not check("ブラジルへの輸出では", EVIDENCE, "ケニアに中古車").ok


def test_numbers_are_canonical() -> None:
    assert numbers("2024年3月1日、1,000円、第5条 [3]\n1. 手順") == {"2024", "3", "1", "1000", "5"}


@pytest.mark.parametrize(
    ("answer", "language", "why"),
    [
        ("米国では食品施設をFDAに登録する必要があります [1]。", "ja", None),
        ("FDA (21 CFR 1.225) への登録が必要です。", "ja", None),
        ("出口到美国的食品设施须在FDA注册。", "ja", "Chinese characters"),
        ("食品施設登録必須", "ja", "no kana"),
        ("You must register the facility with FDA before export.", "ja", "English answer"),
        ("You must register under the Food Sanitation Act (食品衛生法).", "en", None),
        ("FDAへの登録が必要です。", "en", "Japanese answer"),
    ],
)
def test_the_answer_script_matches_the_question(
    answer: str, language: str, why: str | None
) -> None:
    problem = script_problem(answer, language)
    assert (problem is None) if why is None else (why in (problem or ""))


def test_the_gate_shows_whole_checked_sentences_only() -> None:
    gate = Gate(EVIDENCE, "", "en")
    assert gate.feed("Register with FDA under 21 CFR") == ""  # no sentence end yet
    assert gate.feed(" 1.225 before exporting [1]. Fees") == (
        "Register with FDA under 21 CFR 1.225 before exporting [1]."
    )
    with pytest.raises(Ungrounded, match="numbers: 2000"):
        gate.feed(" start at 2000 euros. ")
    assert "2000" not in gate.shown


def test_an_empty_answer_is_not_grounded() -> None:
    with pytest.raises(Ungrounded, match="empty"):
        Gate(EVIDENCE, "", "en").close()


def test_token_estimate_counts_japanese_per_character() -> None:
    assert approx_tokens("輸出許可") == 5 and approx_tokens("a" * 40) == 11
