"""Restricted-party screening: normalisation, list loaders, fuzzy matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.errors import InvalidInput
from export_assist.screening.lists import load_csv, load_ftm, load_path
from export_assist.screening.normalize import normalize_name, skeleton_key
from export_assist.screening.screener import Screener
from tests.conftest import shared_data
from tests.matching.conftest import SCREENING_DATA

LIST = SCREENING_DATA / "fictitious_end_user_list.csv"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(load_csv(LIST))


def test_normalisation_folds_forms_order_script_and_diacritics() -> None:
    assert normalize_name("Société Générale S.A.") == normalize_name("societe generale")
    assert normalize_name("OOO Aeroskan") == normalize_name(
        "Общество с ограниченной ответственностью «Аэроскан»"
    )
    assert normalize_name("ZAKHAROV, Nikita") == normalize_name("Nikita Zakharov")
    assert skeleton_key("Zacharov Nikita") == skeleton_key("Nikita Zakharov")
    assert normalize_name("株式会社サクラ") == normalize_name("サクラ")


def test_csv_list_loads_names_aliases_and_countries() -> None:
    entries = load_csv(LIST)
    assert [e.entry_id for e in entries] == ["t-001", "t-002", "t-003", "t-004"]
    assert "Vorstal Precision" in entries[0].names
    assert entries[0].countries == ["IR"]
    assert entries[0].source_url == "https://example.org/eul/t-001"


def test_csv_list_without_name_column_is_an_error() -> None:
    with pytest.raises(InvalidInput, match="'name' column"):
        load_csv(SCREENING_DATA / "bad_list.csv")


def test_missing_list_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not found"):
        load_path(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    "name",
    [
        "Vorstal Precision Machinery Co., Ltd.",  # exact with a different suffix form
        "VORSTAL PRECISION MACHINERY LIMITED",  # case and legal form
        "Precision Machinery Vorstal",  # word order
        "ボルスタル精密機械株式会社",  # native script alias with a Japanese legal form
        "Kryazh Electronica LLC",  # transliteration of the Russian name
        "Кряж Электроника",  # Cyrillic without the legal form
        "Societe Lumiere d'Equipement Industriel",  # diacritics dropped
        "Halvorsen, Tarquin",  # a person, surname first
    ],
)
def test_variants_of_listed_names_are_hits(screener: Screener, name: str) -> None:
    result = screener.screen([name])
    assert result.status == "hit", (name, result)
    assert result.matches[0].reason


@pytest.mark.parametrize(
    "name",
    [
        "Vortex Precision Foods Inc.",
        "Kryazh Dairy Farms",
        "Lumiere Bakery SARL",
        "Tarquin Tea House",
    ],
)
def test_unrelated_near_names_are_not_hits(screener: Screener, name: str) -> None:
    assert screener.screen([name]).status != "hit", name


def test_country_mismatch_is_explained(screener: Screener) -> None:
    result = screener.screen(["Vorstal Precision Machinery"], country="US")
    assert result.status == "hit"
    assert "listed for IR, buyer in US" in result.matches[0].reason


def test_empty_screener_says_not_screened() -> None:
    assert Screener([]).screen(["anything"]).status == "not_screened"


def test_ftm_delta_files_apply_add_and_delete(tmp_path: Path) -> None:
    base = tmp_path / "entities.ftm.json"
    base.write_text(
        '{"id":"a","schema":"Company","properties":{"name":["Alpha Widget LLC"],"topics":["sanction"]}}\n'
        '{"id":"b","schema":"Person","properties":{"name":["Bo Beta"],"topics":["sanction"]}}\n'
        '{"id":"c","schema":"Address","properties":{"full":["1 Road"]}}\n'
        '{"id":"d","schema":"Company","properties":{"name":["Donor GmbH"]}}\n'
    )
    delta = tmp_path / "entities.delta.json"
    delta.write_text(
        '{"op":"DEL","entity":{"id":"b"}}\n{"op":"ADD","entity":{"id":"e","schema":"Organization","properties":{"name":["Echo Org"],"topics":["crime.terror"]}}}\n'
    )
    entries = load_ftm([base, delta], "test")
    assert sorted(e.entry_id for e in entries) == [
        "a",
        "e",
    ]  # b deleted, c not a party, d not listed


def test_ftm_bad_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "entities.ftm.json"
    bad.write_text('{"id":"a","schema":"Company","properties":{}}\n{not json\n')
    with pytest.raises(InvalidInput, match=r"entities.ftm.json:2"):
        load_ftm([bad], "x")


def test_real_opensanctions_files_load_and_screen() -> None:
    folder = shared_data("opensanctions")
    entries = load_path(folder)
    lists = {e.list_name for e in entries}
    assert {"zala", "t1", "t2"} <= lists
    assert "parteispenden" not in lists  # donations data: parties, but not restricted ones
    screener = Screener(entries)
    assert screener.screen(["Zala Aero Group"]).status == "hit"
    assert screener.screen(["Aeroskan OOO"], "RU").status == "hit"
    assert screener.screen(["Concern Kalashnikov JSC"]).status == "hit"
    assert screener.screen(["Zacharov, Nikita Aleksandrovich"]).status == "hit"
    assert screener.screen(["Daimler AG"]).status == "clear"
