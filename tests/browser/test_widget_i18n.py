"""Japanese mode shows no English UI string: headers, labels, buyer reasons, the
fictitious-sample notice, review badges and errors are Japanese. Server data (titles,
authorities, quoted sources) is marked data-content and is not UI; proper nouns and
codes on the allow-list may appear."""

from __future__ import annotations

import re
from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, host_page, ready, serve, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Proper nouns, formats and codes that Japanese UI text may contain.
ALLOWED = {"FDA", "HS", "PDF", "Excel", "API", "URL", "README", "EXPORT_ASSIST_API__CORS_ORIGINS"}
ALLOWED |= {"data-api-key", "data-token-url", "data-publishable-key"}
# Agreement names as Japan's own pages write them in Japanese (MOFA: 日EU・EPA, CPTPP, RCEP協定)
ALLOWED |= {"EPA", "EU", "CPTPP", "TPP", "TPP11", "RCEP"}
# Words of the English buyer reasons ("interest '...' is 43% similar in meaning").
REASON_WORDS = re.compile(
    r"interest|similar|proximity|overlap|purchase|certification|required|works in|"
    r"based in|channel|order|language|via|reference",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][A-Za-z_\-]*[A-Za-z]|[A-Za-z]")

VISIBLE_UI_TEXT = """() => {
  const out = [];
  const root = document.querySelector('.eaw');
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, parent = node.parentElement;
    if (!node.textContent.trim() || parent.closest('[data-content]')) continue;
    if (parent.closest('.eaw-lang')) continue;  // "English": the switch to English
    if (!parent.checkVisibility()) continue;
    out.push(node.textContent.trim());
  }
  root.querySelectorAll('[placeholder], [aria-label]').forEach((e) => {
    if (e.classList.contains('eaw-lang')) return;
    out.push(e.getAttribute('placeholder') || '', e.getAttribute('aria-label') || '');
  });
  return out.filter(Boolean);
}"""


def english(texts: list[str]) -> list[str]:
    """Latin words outside the allow-list (URLs and {placeholders} removed first)."""
    found = []
    for text in texts:
        text = re.sub(r"https?://\S+|\{\w+\}", "", text)
        found += [w for w in WORD.findall(text) if w not in ALLOWED]
    return found


def test_japanese_mode_has_no_english_ui_string(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    ask(page, "緑茶を米国に輸出するためのチェックリスト")
    buyers = ask(page, "ドイツで緑茶のバイヤー候補を探して")
    ask(page, "FDAへの食品施設登録は必要ですか?")
    ask(page, "暗号資産の譲渡益に課される税率は何%ですか?")
    page.locator(".eaw-more summary").first.click()  # "show all" opened too
    assert "架空のサンプル" in buyers.inner_text()
    assert "FICTITIOUS" not in buyers.inner_text()
    assert "candidate buyer" not in buyers.inner_text()
    # each buyer's reasons are the ranker's, in Japanese (a quoted interest is data)
    reasons = buyers.locator(".eaw-reasons li").all_inner_texts()
    assert reasons and re.search(
        r"関心品目|同じ品目|HSコード近接|購入実績|認証|言語|が拠点", reasons[0]
    )
    assert not [r for r in reasons if REASON_WORDS.search(re.sub("『[^』]*』", "", r))], reasons
    texts = page.evaluate(VISIBLE_UI_TEXT)
    assert len(texts) > 40
    assert english(texts) == []
    # every string exists in both languages, and no Japanese string is English
    tables = page.evaluate("window.ExportAssistWidget.strings")
    assert set(tables["ja"]) == set(tables["en"])
    assert english(list(tables["ja"].values())) == []
    shot(page, "japanese-mode")
    page.close()


def test_japanese_mode_errors_are_japanese(live: tuple[str, DemoKeys], context: Any) -> None:
    url, _ = live
    page = context.new_page()
    forged = 'data-token="eyJhbGciOiJIUzI1NiJ9.e30.forged"'
    serve(page, url + "/badkey.html", host_page("", url, identity=forged))
    page.goto(url + "/badkey.html")
    ready(page)
    ask(page, "FDAへの食品施設登録は必要ですか?")
    alert = page.get_by_role("alert")
    assert "認証に失敗しました" in alert.inner_text()
    assert english(page.evaluate(VISIBLE_UI_TEXT)) == []
    alert.get_by_text("詳細").click()  # the server's own words, for the site owner
    assert "widget token is not valid" in alert.inner_text()
    page.close()


def test_japanese_mode_says_what_is_wrong_with_the_input(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    """The widget asks for Japanese errors (Accept-Language) and shows the server's Japanese
    problem; the English original stays under 詳細 for the site owner."""
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    sent: list[str] = []

    def blank(route: Any) -> None:  # what a page could send past the widget's own checks
        sent.append(route.request.headers.get("accept-language", ""))
        route.continue_(post_data='{"message": "   ", "language": "ja"}')

    page.route("**/v1/chat", blank)
    ask(page, "HSコードは？")
    alert = page.get_by_role("alert")
    assert sent == ["ja"]
    assert (
        "入力内容に問題があります。内容を確認してください。 質問が空です。質問を入力してください。"
        in alert.inner_text()
    )
    assert english(page.evaluate(VISIBLE_UI_TEXT)) == []
    alert.get_by_text("詳細").click()
    assert "the message is blank" in alert.inner_text()
    page.close()


def test_japanese_checklist_shows_card_fields_in_japanese(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    answer = ask(page, "緑茶を米国に輸出するためのチェックリスト")
    kvs = " ".join(answer.locator(".eaw-checklist .eaw-kvs").all_text_contents())
    assert "米国食品医薬品局(FDA)" in kvs and "FDA食品施設登録番号、米国代理人との契約書" in kvs
    assert "U.S. agent agreement" not in kvs and "Food and Drug Administration" not in kvs
    # lead times come from the cards' Japanese field, with the Japanese labels
    assert "所要期間: " in kvs and "根拠法令: " in kvs and "（目安）" in kvs
    assert "(estimate)" not in kvs and "weeks" not in kvs
    # the legal basis from the cards' legal_basis_ja (same law numbers as the English field)
    assert "根拠法令: 連邦食品・医薬品・化粧品法（FD&C法）第415条" in kvs and "FD&C Act" not in kvs
    page.close()
