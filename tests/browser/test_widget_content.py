"""What an answer shows: downloads for a long checklist, citations grouped per document
(a long list summarised), markdown rendered safely, keyboard and screen-reader use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_long_checklist_downloads_as_pdf_and_xlsx(
    live: tuple[str, DemoKeys], context: Any, tmp_path: Path
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    answer = ask(page, "緑茶を米国に輸出するためのチェックリスト")
    for name, magic in (("PDF", b"%PDF"), ("Excel", b"PK")):
        with page.expect_download(timeout=60000) as info:
            answer.get_by_role("button", name=name).click()
        saved = tmp_path / info.value.suggested_filename
        info.value.save_as(saved)
        assert saved.read_bytes()[:4].startswith(magic), name
    page.close()


def test_citations_are_grouped_per_document(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    # 41 citations from 12 documents, as a long checklist brings
    citations = [
        {
            "doc_id": f"doc-{i % 12}",
            "title": f"Regulation {i % 12}",
            "section": f"第{i % 3}節",
            "source_url": f"https://example.gov/{i % 12}",
            "verified_on": "2026-11-28",
        }
        for i in range(41)
    ]
    html = page.evaluate(
        "(c) => { const n = window.__eaw.sources.render(c);"
        " document.querySelector('.eaw-log').appendChild(n); return n.outerHTML; }",
        citations,
    )
    sources = page.locator(".eaw-sources")
    # the markers run to [41] (passages), the list has 12 entries (documents): both named
    assert sources.locator("h4").inner_text() == "出典(12件の資料から41か所: [1]〜[41])"
    assert sources.locator(".eaw-source").count() == 12  # each document once
    assert sources.locator("> ol > .eaw-source").count() == 4  # the rest behind "show all"
    assert sources.locator("summary").inner_text() == "ほか8件の資料を表示"
    first = sources.locator(".eaw-source").first.inner_text()
    assert first.startswith("[1, 13, 25, 37]") and first.count("第0節") == 1
    assert json.dumps(html).count("Regulation 0<") == 1
    page.close()


def test_source_heading_agrees_with_the_answer_markers(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    """s5 trial: an answer cited [1]..[5] under 「出典(2件の資料)」: markers count passages."""
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    render = (
        "(c) => { const n = window.__eaw.sources.render(c);"
        " document.querySelector('.eaw-log').appendChild(n); return n.querySelector('h4').innerText; }"
    )

    def cite(doc: int, section: str) -> dict[str, str]:
        return {"doc_id": f"d{doc}", "title": f"Doc {doc}", "section": section,
                "source_url": f"https://example.gov/{doc}", "verified_on": "2026-11-28"}  # fmt: skip

    five = [cite(1, "a"), cite(1, "b"), cite(2, "c"), cite(2, "d"), cite(2, "e")]
    assert page.evaluate(render, five) == "出典(2件の資料から5か所: [1]〜[5])"
    assert page.evaluate(render, [cite(1, "a"), cite(2, "b")]) == "出典(2件の資料)"
    page.close()


def test_markdown_is_rendered_safely(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    answer = ask(page, '**FDA** <img src=x onerror="window.__xss=1"> 登録は必要ですか?')
    ask(page, "FDAへの食品施設登録は必要ですか?")
    assert page.locator(".eaw-log img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert "**" in page.locator(".eaw-user").first.inner_text()  # the user's text, as typed
    assert "**" not in page.locator(".eaw-bot .eaw-answer").last.inner_text()
    assert answer.locator("script").count() == 0
    page.close()


def test_keyboard_and_screen_reader_use(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    log = page.get_by_role("log", name="会話")
    assert log.get_attribute("aria-live") == "polite"
    page.get_by_role("button", name="新しい会話").focus()
    order = []
    for _ in range(4):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.className || document.activeElement.id"))
    assert order == ["eaw-lang", "eaw-log", "eaw-input", "eaw-send"]
    page.get_by_label("質問を入力").focus()
    page.keyboard.type("FDAへの食品施設登録は必要ですか?")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.eaw-bot[aria-busy=false]') !== null")
    page.wait_for_function("document.querySelector('.eaw-sr').textContent === '回答が届きました。'")
    assert page.get_by_role("button", name="英語表示に切り替え").count() == 1
    page.get_by_role("button", name="英語表示に切り替え").click()
    assert page.get_by_label("Your question").count() == 1
    shot(page, "english-mode")
    page.close()


def test_english_sources_name_a_japanese_write_up_by_its_official_page(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    """s10 trial (widget, English): the sources of an SG food answer read
    「[1] シンガポールへの食品輸出：SFAの輸入業者ライセンス…」 with Japanese section headings."""
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    cite = {
        "doc_id": "sg-food-import-sfa",
        "title": "シンガポールへの食品輸出：SFAの輸入業者ライセンス・登録",
        "source_title": "Licensing & Registration of Traders",
        "section": "事前準備",
        "source_url": "https://www.sfa.gov.sg/food-import-export/licensing-registration-of-traders",
        "verified_on": "2026-11-28",
    }
    english = {**cite, "doc_id": "sg-food-labelling", "title": "Singapore food labelling",
               "section": "Mandatory particulars", "source_title": "Food Regulations"}  # fmt: skip
    render = (
        "([c, lang]) => { window.__eaw.cfg.lang = lang; const n = window.__eaw.sources.render(c);"
        " return [...n.querySelectorAll('.eaw-source')].map((li) => li.innerText); }"
    )
    first, second = page.evaluate(render, [[cite, english], "en"])
    assert first.startswith("[1] Licensing & Registration of Traders") and "事前準備" not in first
    assert "シンガポール" not in first and "Mandatory particulars" in second
    first, second = page.evaluate(render, [[cite, english], "ja"])
    assert "シンガポールへの食品輸出" in first and "事前準備" in first
    assert "Mandatory particulars" not in second  # as before: Japanese headings only
    page.close()
