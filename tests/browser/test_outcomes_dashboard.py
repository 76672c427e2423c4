"""The outcome dashboard in Chromium: a seeded, clearly fictitious event history; every
number in every chart (and the table) is checked against a plain SQL count."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export_assist.api.app import create_app
from export_assist.auth.demo import ensure_demo_keys
from export_assist.container import Container
from export_assist.geo import country_name_ja
from export_assist.outcomes.seed import fictitious_history
from export_assist.settings import Settings
from tests.browser.conftest import _free_port
from tests.browser.helpers import shot
from tests.outcomes.sql_truth import truth

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TODAY = dt.date(2026, 11, 29)
REPO = Path(__file__).resolve().parents[2]
READ_CHARTS = """() => {
  const c = window.outcomeCharts;
  const grab = (ch) => ({labels: ch.data.labels, sets: ch.data.datasets.map(d => ({label: d.label, data: d.data}))});
  return {funnel: grab(c.funnel), cost: grab(c.cost), value: grab(c.value)};
}"""


@pytest.fixture
def dashboard(tmp_path: Path) -> Iterator[tuple[str, str, Path, dict[str, str]]]:
    """The app in demo mode with a fictitious history in the demo tenant."""
    import uvicorn

    db = tmp_path / "app.db"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path / "data", programmes_dir=REPO / "programmes",
        database={"url": f"sqlite:///{db}"}, auth={"demo_keys": "on"},
    )  # fmt: skip
    container = Container(settings, clock=lambda: TODAY)
    app = create_app(container=container)
    keys = ensure_demo_keys(container.keys, settings)
    advisor = container.keys.authenticate(keys.advisor)
    ids = [p.id for p in container.programmes.catalogue.programmes][:6]
    container.outcomes.record_many(advisor, fictitious_history(ids, TODAY, exporters=30, seed=11))
    names = {p.id: p.official_name for p in container.programmes.catalogue.programmes}
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", advisor.tenant, db, names
    server.should_exit = True
    thread.join(timeout=10)
    container.engine.dispose()


def _label(by: str, key: str, names: dict[str, str]) -> str:
    """The group's label as the Japanese dashboard shows it."""
    if key == "-":
        return "（指定なし）"
    if by == "market":
        return country_name_ja(key)
    return names.get(key, key) if by == "programme" else key


@pytest.mark.parametrize("by", ["programme", "advisor", "region", "market"])
def test_every_chart_number_equals_a_sql_count(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any, by: str
) -> None:
    url, tenant, db, names = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.select_option("#by", by)
    page.click("#by-form button[type=submit]")
    page.wait_for_selector(f"body[data-loaded='{by}']")
    assert "架空のイベント" in page.inner_text("#fictitious")
    charts = page.evaluate(READ_CHARTS)
    expected = truth(db, tenant, by)
    by_label = {_label(by, k, names): v for k, v in expected.items()}
    labels = charts["funnel"]["labels"]
    assert sorted(labels) == sorted(by_label)
    stages = ["contacted", "meeting", "sample_sent", "deal"]
    for i, label in enumerate(labels):
        want = by_label[label]
        for s, stage in enumerate(stages):
            assert charts["funnel"]["sets"][s]["data"][i] == want[stage], (by, label, stage)
        assert charts["cost"]["sets"][0]["data"][i] == want["cost_per_deal_jpy"], (by, label)
        assert charts["value"]["sets"][0]["data"][i] == want["value_per_yen"], (by, label)
    # The table shows the same figures, one row per group plus the total.
    assert page.locator("#rows tr").count() == len(labels) + 1
    first = page.locator("#rows tr").first
    cells = first.locator("td").all_inner_texts()
    want = by_label[cells[0]]
    assert (
        cells[1] == f"{int(want['contacted']):,}" and cells[6] == f"{int(want['deal_value_jpy']):,}"
    )
    page.close()


def test_a_slower_earlier_answer_does_not_overwrite_the_grouping_asked_for_last(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    """The page loads by programme; the advisor switches to markets before that answer is back.
    The late programme answer must not replace the market figures (CI saw exactly this)."""
    url, tenant, db, _ = dashboard
    page = context.new_page()
    held: list[Any] = []

    def hold_first_programme(route: Any) -> None:
        if "by=programme" in route.request.url and not held:
            held.append(route)
        else:
            route.continue_()

    page.route("**/v1/outcomes/summary?*", hold_first_programme)
    page.goto(f"{url}/console/outcomes")
    deadline = time.monotonic() + 10
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, "the page's first load asks by programme"
    page.select_option("#by", "market")
    page.click("#by-form button[type=submit]")
    page.wait_for_selector("body[data-loaded='market']")
    with page.expect_response(lambda r: "by=programme" in r.url):
        held[0].continue_()
    page.wait_for_timeout(300)  # time for the late answer to be read and (wrongly) drawn
    assert page.get_attribute("body", "data-loaded") == "market"
    labels = page.evaluate("() => window.outcomeCharts.funnel.data.labels")
    assert sorted(labels) == sorted(country_name_ja(k) for k in truth(db, tenant, "market"))
    page.close()


def test_a_bad_key_is_a_readable_error(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    url, *_ = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.fill("#key", "ea_wrong")
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#error:not([hidden])")
    assert page.inner_text("#error").startswith("認証に失敗しました")  # the code, in Japanese
    assert page.locator("#error details span[lang=en]").text_content()  # the server's words
    page.close()


def test_an_event_recorded_in_the_form_shows_in_the_figures(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    url, tenant, db, _ = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.select_option("#by", "market")
    page.click("#by-form button[type=submit]")
    page.wait_for_selector("body[data-loaded='market']")
    page.fill("#ev-exporter", "架空の新規輸出者（架空）")
    page.select_option("#ev-kind", "deal")
    page.fill("#ev-date", "2026-11-20")
    page.fill("#ev-region", "静岡県")
    page.fill("#ev-market", "AU")
    page.fill("#ev-amount", "1234567")
    page.click("#event-form button[type=submit]")
    page.wait_for_selector("#rows tr[data-key='AU']")
    cells = page.locator("#rows tr[data-key='AU'] td").all_inner_texts()
    want = truth(db, tenant, "market")["AU"]
    assert cells[4] == str(want["deal"]) and cells[6] == f"{int(want['deal_value_jpy']):,}"
    assert want["deal_value_jpy"] == 1234567
    page.close()


ENGLISH_UI = ["Funnel", "Contacted", "Meeting", "Sample sent", "Deal", "Support per deal",
              "Export value per yen", "Download CSV", "Group by", "Record", "Total"]  # fmt: skip
JAPANESE_UI = ["ファネル", "接触", "面談", "サンプル送付", "成約", "成約1件あたりの支援額（円）",
               "支援1円あたりの輸出額（円）", "CSVをダウンロード", "集計の単位", "記録", "合計"]  # fmt: skip
STAGES_JA = ["接触", "面談", "サンプル送付", "成約"]


def _csv(page: Any) -> list[list[str]]:
    with page.expect_download() as got:
        page.click("#csv")
    text = Path(got.value.path()).read_text("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_dashboard_speaks_japanese_and_switches_to_english(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    url, *_ = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.select_option("#by", "market")
    page.click("#by-form button[type=submit]")
    page.wait_for_selector("body[data-loaded='market'][data-lang='ja']")
    charts = page.evaluate(READ_CHARTS)
    assert [s["label"] for s in charts["funnel"]["sets"]] == STAGES_JA
    assert charts["cost"]["sets"][0]["label"] == "成約1件あたりの支援額（円）"
    assert "アメリカ" in charts["funnel"]["labels"]  # markets by their Japanese names
    text = page.inner_text("body")
    assert page.get_attribute("html", "lang") == "ja"
    assert [w for w in JAPANESE_UI if w not in text] == []
    assert [w for w in ENGLISH_UI if w in text] == []
    rows = _csv(page)
    assert rows[0][:3] == ["キー", "単位", "接触"] and rows[-1][1] == "合計"
    shot(page, "outcomes-ja")

    page.click("#lang-switch")
    page.wait_for_selector("body[data-loaded='market'][data-lang='en']")
    charts = page.evaluate(READ_CHARTS)
    assert [s["label"] for s in charts["funnel"]["sets"]] == [
        "Contacted",
        "Meeting",
        "Sample sent",
        "Deal",
    ]
    assert "United States" in charts["funnel"]["labels"]
    assert page.locator("#rows tr").last.locator("td").first.inner_text() == "Total"
    assert _csv(page)[0][:3] == ["Key", "Group", "Contacted"]
    page.reload()  # the choice is remembered
    page.wait_for_selector("body[data-lang='en']")
    assert page.inner_text("h1") == "Outcomes of support"
    page.close()


def test_form_errors_name_the_field_in_japanese(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    url, *_ = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.wait_for_selector("body[data-loaded]")
    page.fill("#ev-exporter", "架空の輸出者（架空）")
    page.select_option("#ev-kind", "deal")
    page.fill("#ev-date", "2026-11-20")
    page.fill("#ev-region", "静岡県")
    page.click("#event-form button[type=submit]")  # a deal without amount or market
    page.wait_for_selector("#error:not([hidden])")
    assert page.inner_text("#error") == "成約を記録するには、金額（円）と輸出先を入力してください。"
    page.select_option("#ev-kind", "contacted")
    page.fill("#ev-region", "架空県")  # not a prefecture: the server says which field
    page.click("#event-form button[type=submit]")
    page.wait_for_function("document.getElementById('error').textContent.includes('都道府県')")
    assert page.inner_text("#error").startswith("入力内容に問題があります（都道府県）")
    assert "prefecture" in (page.locator("#error details span[lang=en]").text_content() or "")
    page.close()


def test_the_programme_is_chosen_by_name_and_an_unknown_id_says_why(
    dashboard: tuple[str, str, Path, dict[str, str]], context: Any
) -> None:
    """s10 trial: 支援策ID was a bare text field (an advisor knows 「ジャパンパビリオン」, not
    its id), and an unknown id gave only 「入力内容に問題があります。内容を確認してください。」
    with the reason in English under 詳細."""
    url, _, _, names = dashboard
    page = context.new_page()
    page.goto(f"{url}/console/outcomes")
    page.wait_for_selector("body[data-loaded]")
    page.wait_for_function("document.querySelectorAll('#ev-programmes option').length > 0")
    choices = page.evaluate(
        "() => [...document.querySelectorAll('#ev-programmes option')].map(o => [o.value, o.label])"
    )
    assert {v for v, _ in choices} == set(names)
    assert all(label.startswith(names[v]) for v, label in choices)
    page.fill("#ev-exporter", "架空の輸出者（架空）")
    page.select_option("#ev-kind", "support_used")
    page.fill("#ev-date", "2026-11-20")
    page.fill("#ev-region", "静岡県")
    page.fill("#ev-programme", "no-such-programme")
    page.fill("#ev-amount", "300000")
    page.click("#event-form button[type=submit]")
    page.wait_for_selector("#error:not([hidden])")
    assert page.inner_text("#error").startswith(
        "支援策ID「no-such-programme」はカタログにありません。"
    )
    page.close()
