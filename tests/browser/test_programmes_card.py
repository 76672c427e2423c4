"""The widget's programme card in Chromium, fed with a real /v1/programmes/match answer:
names, the deadline-soon mark, the open questions and the official links, in Japanese."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.browser.conftest import _free_port
from tests.programmes.conftest import record

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TODAY = dt.date(2026, 11, 29)
RENDER = """async () => {
  const res = await fetch('/v1/programmes/match', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({profile: {prefecture: '東京都', company_size: 'small'}, lang: 'ja'})});
  const data = await res.json();
  const card = window.ExportAssistWidget.cards.render('programmes', data);
  card.id = 'programme-card';
  document.body.appendChild(card);
  return data.matches.map(m => m.id);
}"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """The app in demo mode over a small fictitious catalogue (one call closes in 21 days)."""
    import uvicorn

    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "p.yaml").write_text(
        record("soon-call", "{kind: call, closes: 2026-12-20}", name="締切間近の補助")
        + record(
            "tokyo-only",
            "{kind: rolling}",
            "{prefectures: [東京都], sme_only: true}",
            name="東京都だけの補助",
        )
        + record(
            "plan-loan",
            "{kind: rolling}",
            "{conditions_ja: [販路開拓計画の承認を受けていること], conditions_en: [An approved plan]}",
            name="計画承認者向けの融資",
        ),
        encoding="utf-8",
    )
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path / "data", programmes_dir=folder,
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"}, auth={"demo_keys": "on"},
    )  # fmt: skip
    container = Container(settings, clock=lambda: TODAY)
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(container=container),
            host="127.0.0.1",
            port=_free_port(),
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=10)
    container.engine.dispose()


def test_programme_card_shows_names_deadline_mark_and_sources(site: str, browser: Any) -> None:
    page = browser.new_page(locale="ja-JP")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site}/")
    page.wait_for_function("window.ExportAssistWidget && window.ExportAssistWidget.cards")
    ids = page.evaluate(RENDER)
    assert set(ids) == {"soon-call", "tokyo-only", "plan-loan"}
    card = page.locator("#programme-card")
    text = card.inner_text()
    assert "使える可能性のある支援策 3件" in text and "2026-11-29時点" in text
    soon = card.locator("li[data-programme='soon-call']")
    assert "締切: 2026-12-20 (21)" in soon.inner_text() and "締切間近" in soon.inner_text()
    assert "締切間近" not in card.locator("li[data-programme='tokyo-only']").inner_text()
    assert soon.locator("a").get_attribute("href") == "https://www.example.go.jp/soon-call/"
    assert "確認日: 2026-11-29" in soon.inner_text()
    # the condition still to confirm is labelled once (was 「要確認: 確認: …」)
    loan = card.locator("li[data-programme='plan-loan'] .eaw-asks").inner_text()
    assert loan == "要確認: 販路開拓計画の承認を受けていること"
    assert errors == []
    page.close()
