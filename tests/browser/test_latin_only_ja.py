"""Japanese mode leaves no Latin-only string, server data included: document titles in
citations, checklist items, HS descriptions, the hand-off, buyer reasons, and the
console's titles and claims. What may stay in its own language is named: official page
names (marked eaw-official), URLs, the buyers' own names and cities, the user's words,
and the proper names and codes on the allow-list."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z][A-Za-z&.'-]*[A-Za-z]")
# Proper names and codes a Japanese text may show as they are.
ALLOWED = {"FDA", "HS", "PDF", "Excel", "CE", "EU", "US", "USA", "FSVP", "GRAS", "CBP", "CFR"}
# Where text stays in its own language: the language switch, links, official page names,
# the buyers' names and cities, what the user typed, and codes.
OWN_LANGUAGE = ".eaw-lang, .eaw-url, .eaw-official, .eaw-buyer h4, .eaw-user, code, a[href^='http']"
TEXT_NODES = """([root, skip]) => {
  const out = [];
  const walk = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, parent = node.parentElement;
    const text = node.textContent.trim();
    if (!text || !parent.checkVisibility() || parent.closest(skip)) continue;
    out.push(text);
  }
  return out;
}"""
QUESTIONS = [
    "緑茶を米国に輸出するためのチェックリスト",
    "ドイツで緑茶のバイヤー候補を探して",
    "FDAへの食品施設登録は必要ですか?",
    "抹茶パウダーのHSコードを教えて",
    "暗号資産の譲渡益に課される税率は何%ですか?",
]


def latin_only(texts: list[str]) -> list[str]:
    """Texts without kana or kanji that still hold a Latin word off the allow-list."""
    out = []
    for text in texts:
        if JAPANESE.search(text):
            continue
        if [w for w in WORD.findall(re.sub(r"https?://\S+", "", text)) if w not in ALLOWED]:
            out.append(text)
    return sorted(set(out))


def test_the_widget_in_japanese_leaves_no_latin_only_string(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    for question in QUESTIONS:
        ask(page, question)
    for more in page.locator(".eaw-more summary").all():
        more.click()
    texts = page.evaluate(TEXT_NODES, [".eaw", OWN_LANGUAGE])
    assert len(texts) > 100
    assert latin_only(texts) == []
    # the citations name their documents by their Japanese titles (title_ja)
    titles = page.locator(".eaw-doc-title").all_inner_texts()
    assert "FDA食品施設登録(テスト用)" in titles and all(JAPANESE.search(t) for t in titles)
    # HS candidates with their Japanese descriptions
    hs = page.locator(".eaw-hs li").first.inner_text()
    assert hs.startswith("090210 ") and JAPANESE.search(hs), hs
    shot(page, "japanese-mode-latin-only")
    page.close()


def test_the_console_in_japanese_leaves_no_latin_only_string(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    drafts = []
    for message in (
        "本醸造酒を米国へ輸出するチェックリスト",
        "暗号資産の譲渡益に課される税率は何%ですか?",
    ):
        done = httpx.post(
            f"{url}/v1/chat?stream=false",
            json={"message": message, "language": "ja"},
            headers={"X-API-Key": keys.exporter},
            timeout=120,
        ).json()
        drafts.append((done.get("escalation") or done["payloads"][0]["draft"])["id"])
    page = context.new_page()
    page.goto(url + "/console")
    shown = ""
    for draft_id in drafts:
        page.locator(f'#queue a[data-draft="{draft_id}"]').click()
        page.wait_for_function(
            "(old) => document.getElementById('draft-title').textContent !== old"
            " && document.querySelector('#claims > li') && document.querySelector('#audit li')",
            arg=shown,
        )
        shown = page.locator("#draft-title").inner_text()
        assert JAPANESE.search(shown), shown
        # the exporter's account id is a name, not words
        skip = f"{OWN_LANGUAGE}, #exporter dd, #queue td:nth-child(3), #queue .row-owner"
        assert latin_only(page.evaluate(TEXT_NODES, ["main", skip])) == [], shown
    shot(page, "console-latin-only")
    page.close()
