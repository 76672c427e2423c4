"""A passage the assistant found for an escalated question reads as text in the console
(s7 user trial): its Markdown came through raw, 「見つかった資料（関連性は低め）: - 日本と香港の
間には**EPA/FTAはありません**。…」. The bold marks go and list items read as 「・」."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FOUND = (
    "見つかった資料（関連性は低め）: - 日本と香港の間には**EPA/FTAはありません**。\n"
    "- 香港は関税がないため、輸入時に特恵原産地証明は不要です。"
)


def test_found_passages_show_no_markdown(live: tuple[str, DemoKeys], context: Any) -> None:
    url, keys = live
    body = {
        "kind": "answer",
        "title": "確認依頼された質問: ベビーフードを香港に輸出する場合の規制は？",
        "claims": [{"text": "質問: ベビーフードを香港に輸出する場合の規制は？"}, {"text": FOUND}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    page = context.new_page()
    page.goto(url + "/console")
    page.locator(f'#queue a[data-draft="{res.json()["id"]}"]').click()
    found = page.locator("#claims > li").nth(1).locator("p").first
    found.wait_for()
    text = found.inner_text()
    assert text.startswith(
        "見つかった資料（関連性は低め）: ・日本と香港の間にはEPA/FTAはありません。"
    ), text
    assert "・香港は関税がないため" in text
    assert "**" not in text and "- " not in text
    # s8 trial: the user's question is not shown as a claim from "the buyer directory or the user"
    question = page.locator("#claims > li").nth(0).locator(".cites").inner_text()
    assert question.startswith("利用者からの質問です（出典はありません）。"), question
    assert "バイヤー名簿" not in question
    page.close()


def test_a_question_with_nothing_found_tells_the_advisor_how_to_answer(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    # s13 trial: the only claim said 「回答にあたる資料は次の項目から…」 with no next item,
    # and nothing said that the answer is written as the edited text of the question
    url, keys = live
    body = {
        "kind": "answer",
        "title": "確認依頼された質問: チリに乾燥しいたけを輸出できますか",
        "claims": [{"text": "質問: チリに乾燥しいたけを輸出できますか"}],
    }
    res = httpx.post(f"{url}/v1/drafts", json=body, headers={"X-API-Key": keys.exporter})
    assert res.status_code == 201, res.text
    page = context.new_page()
    page.goto(url + "/console")
    page.locator(f'#queue a[data-draft="{res.json()["id"]}"]').click()
    note = page.locator("#claims > li").nth(0).locator(".cites")
    note.wait_for()
    text = note.inner_text()
    assert "検索で見つかった資料もありません" in text and "次の項目" not in text, text
    assert "「修正後の文」に書いて「修正」を押す" in text, text
    page.close()
