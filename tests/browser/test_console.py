"""The advisor console: repeated drafts are one group, approve all with exceptions,
the conversation and the exporter beside the draft, buyer details beside each claim,
search."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAKE = "純米吟醸酒を米国へ輸出するチェックリスト"


def _chat(url: str, key: str, message: str) -> dict[str, Any]:
    response = httpx.post(
        f"{url}/v1/chat?stream=false",
        json={"message": message, "language": "ja"},
        headers={"X-API-Key": key},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def _repeat(url: str, keys: DemoKeys, draft_id: str) -> str:
    """The same draft sent again (as the assistant does when a question is repeated)."""
    headers = {"X-API-Key": keys.exporter}
    d = httpx.get(f"{url}/v1/drafts/{draft_id}", headers=headers).json()
    body = {k: d[k] for k in ("kind", "title", "payload", "conversation_id")}
    body["claims"] = [{"text": c["text"], "citations": c["citations"]} for c in d["claims"]]
    response = httpx.post(f"{url}/v1/drafts", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_console_groups_repeated_drafts_and_approves_all_with_exceptions(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    drafts = [_chat(url, keys.exporter, SAKE)["payloads"][0]["draft"]["id"]]
    drafts += [_repeat(url, keys, drafts[0]) for _ in range(2)]
    assert len(set(drafts)) == 3
    page = context.new_page()
    page.goto(url + "/console")
    page.get_by_label("検索").fill("純米吟醸")
    rows = page.locator("#queue tr")
    page.wait_for_function("document.querySelectorAll('#queue tr').length === 1")
    assert rows.first.locator(".group-count").inner_text() == "×3"  # three drafts, one row
    rows.first.locator("a").click()
    page.locator("#claims > li").first.wait_for()
    assert "他に2件" in page.locator("#group").inner_text()
    # beside the draft: the conversation it came from and the exporter
    page.locator("#conversation li").first.wait_for()
    assert SAKE in page.locator("#conversation").inner_text()
    # the product the chat read, not the whole request sentence
    exporter = page.locator("#exporter").inner_text()
    assert "純米吟醸酒" in exporter and SAKE not in exporter and "アメリカ" in exporter
    assert "所管：" in page.locator("#claims > li").first.inner_text()
    total = page.locator("#claims > li").count()
    for pos in (0, 1):
        page.locator("#claims > li").nth(pos).get_by_label("例外").check()
    page.get_by_label("承認する項目へのコメント").fill("一括確認済み")
    page.get_by_role("button", name="例外以外の未確認項目をすべて承認").click()
    page.wait_for_function(
        "document.getElementById('bulk-msg').textContent.includes('承認しました')"
    )
    assert (
        f"下書き3件で{3 * (total - 2)}項目を承認しました" in page.locator("#bulk-msg").inner_text()
    )
    shot(page, "console-group")
    for draft_id in drafts:
        got = httpx.get(f"{url}/v1/drafts/{draft_id}", headers={"X-API-Key": keys.advisor}).json()
        statuses = [c["status"] for c in got["claims"]]
        assert statuses[:2] == ["pending", "pending"] and set(statuses[2:]) == {"approved"}
        assert got["claims"][2]["comment"] == "一括確認済み"
    page.close()


def test_console_shows_buyer_details_beside_shortlist_claims(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, keys = live
    _chat(url, keys.exporter, "フランスで和菓子のバイヤー候補を探して")
    page = context.new_page()
    page.goto(url + "/console")
    page.get_by_label("種類").select_option("shortlist")
    page.get_by_role("button", name="絞り込む").click()
    page.locator("#queue a", has_text="和菓子").first.click()
    claim = page.locator("#claims > li").first
    claim.wait_for()
    text = claim.inner_text()
    assert "バイヤー：" in text and "取引制限リスト照合：" in text and "理由：" in text
    assert "出典なし" not in text
    page.close()
