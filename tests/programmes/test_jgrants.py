"""jGrants adapter on the official documented response samples (no real recorded response
could be found; see data/jgrants/README.md): parsing, dates in Japan time, refresh of held
records, new export-related records, passed calls never added, the CLI, clear errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app as cli_app
from export_assist.errors import InvalidInput
from export_assist.programmes.catalogue import load_catalogue, load_catalogue_text
from export_assist.programmes.jgrants import merge, parse_response
from export_assist.programmes.jgrants_refresh import refresh, to_yaml

from .conftest import TODAY, record

DATA = Path(__file__).parent / "data" / "jgrants"
LIST = DATA / "official_example_list.json"
DETAIL = DATA / "official_example_detail.json"
BEFORE_DEADLINE = dt.date(2020, 6, 1)
runner = CliRunner()


def _both() -> list:
    found = parse_response(LIST.read_text(encoding="utf-8"))
    found += parse_response(DETAIL.read_text(encoding="utf-8"))
    return merge(found)


def test_list_sample_parses_with_japan_dates_and_areas() -> None:
    (s,) = parse_response(LIST.read_text(encoding="utf-8"))
    assert (s.id, s.name, s.title) == ("S0J0w00wer0wUgr77E", "S-01100011", "小規模事業者補助金")
    # 2021-02-28T16:41Z is 2021-03-01 01:41 in Japan: the deadline is that Japanese day.
    assert (s.opens, s.closes) == (dt.date(2020, 2, 29), dt.date(2021, 3, 1))
    assert s.areas == ["東京都", "大阪府"] and s.subsidy_max_limit == 10_000_000
    assert s.page == "https://www.jgrants-portal.go.jp/subsidy/S0J0w00wer0wUgr77E"


def test_detail_fills_what_the_list_lacks() -> None:
    (s,) = _both()
    assert s.subsidy_rate == "20%" and s.target_number_of_employees == "20名以下"
    assert s.purposes == ["新たな事業を行いたい", "設備整備・IT導入をしたい"]


def test_open_export_related_subsidy_becomes_a_review_marked_record() -> None:
    result = refresh([], _both(), BEFORE_DEADLINE)
    (p,) = result.added
    assert p.jgrants_id == "S0J0w00wer0wUgr77E" and p.review_status == "needs_review"
    assert p.window.closes == dt.date(2021, 3, 1) and p.benefit.cap_jpy == 10_000_000
    assert p.benefit.subsidy_rate == "20%" and p.eligibility.prefectures == ["東京都", "大阪府"]
    assert p.eligibility.conditions_ja == ["従業員数の条件: 20名以下"]
    # The written file is a valid catalogue file that gives back the same record.
    back = load_catalogue_text(to_yaml(result.added), "jgrants.yaml")
    assert back.problems == [] and back.programmes == [p]


def test_areas_that_are_not_prefectures_and_no_employee_limit_become_plain_facts() -> None:
    body = {
        "result": [
            {
                "id": "T1",
                "title": "輸出向け商談会出展補助（架空）",
                "target_area_search": "福岡県 / 北九州市 / 北海道",
                "target_number_of_employees": "従業員数の制約なし",
                "acceptance_end_datetime": "2026-12-20T08:00:00.000Z",
            }
        ]
    }
    (p,) = refresh([], parse_response(json.dumps(body)), TODAY).added
    assert p.eligibility.prefectures == ["福岡県", "北海道"]
    assert p.eligibility.conditions_ja == ["対象地域: 北九州市"]
    assert p.window.closes == dt.date(2026, 12, 20) and p.benefit.cap_jpy is None


def test_subsidies_not_about_exports_are_left_out() -> None:
    body = {"result": [{"id": "T2", "title": "省エネ設備導入補助（架空）"}]}
    result = refresh([], parse_response(json.dumps(body)), TODAY)
    assert result.added == [] and result.skipped == [("T2", "輸出に関する補助金ではない")]


def test_a_passed_call_is_never_added() -> None:
    result = refresh([], _both(), TODAY)
    assert result.added == []
    assert result.skipped == [("S0J0w00wer0wUgr77E", "2021-03-01 に締切済み")]


def test_held_record_gets_its_changes_listed() -> None:
    text = record("held", "{kind: call, note_ja: 未確認, note_en: unconfirmed}")
    text += "  jgrants_id: S0J0w00wer0wUgr77E\n"
    cat = load_catalogue_text(text, "t.yaml")
    assert cat.problems == []
    result = refresh(cat.programmes, _both(), TODAY)
    assert result.added == [] and result.skipped == []
    found = {(c.field, c.ours, c.jgrants) for c in result.changes}
    assert found == {
        ("window.closes", None, dt.date(2021, 3, 1)),
        ("window.opens", None, dt.date(2020, 2, 29)),
        ("benefit.cap_jpy", None, 10_000_000),
        ("benefit.subsidy_rate", None, "20%"),
    }


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("<html>busy</html>", "not JSON"),
        ('{"metadata": {}}', "expected an object with a 'result' list"),
        ('{"result": [{"id": "bad id!", "title": "x"}]}', "result[0]: id"),
    ],
)
def test_bad_bodies_are_clear_errors(text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_response(text, "saved.json")
    assert str(caught.value).startswith("saved.json: ") and says in str(caught.value)


def test_cli_refresh_writes_the_generated_file(tmp_path: Path) -> None:
    out = tmp_path / "jgrants.yaml"
    args = ["programmes", "refresh", "--from", str(LIST), "--from", str(DETAIL)]
    args += ["--folder", str(tmp_path), "--today", "2020-06-01", "--write", str(out)]
    result = runner.invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert "追加 jgrants-s0j0w00wer0wugr77e: 小規模事業者補助金（締切 2021-03-01）" in result.output
    cat = load_catalogue([out])
    assert cat.problems == [] and [p.jgrants_id for p in cat.programmes] == ["S0J0w00wer0wUgr77E"]
    # Run again: the generated file is rebuilt, not counted as a record we already hold.
    again = runner.invoke(cli_app, args)
    assert again.exit_code == 0 and "変更 0件、追加 1件" in again.output


def test_cli_refresh_refuses_missing_and_broken_files(tmp_path: Path) -> None:
    missing = runner.invoke(cli_app, ["programmes", "refresh", "--from", str(tmp_path / "x")])
    assert missing.exit_code != 0 and "no such file" in missing.output
    broken = tmp_path / "b.json"
    broken.write_text("{", encoding="utf-8")
    bad = runner.invoke(cli_app, ["programmes", "refresh", "--from", str(broken)])
    assert bad.exit_code != 0 and "not JSON" in bad.output
