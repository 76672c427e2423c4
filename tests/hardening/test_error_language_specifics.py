"""A Japanese error says what is wrong (s5 user trial): errors our own code raises without
a Japanese wording (an unknown country code in a path or query, a bad HS code, an empty
upload, a product without code or description, an unsupported language) answered only
「入力内容に問題があります。」 and kept the reason in `message_en`."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from export_assist.api.error_text import error_body
from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def test_an_unknown_country_code_in_the_path_is_named_in_japanese(client: TestClient) -> None:
    origin = _error(client.get("/v1/origin/ZZ", headers=JA), 422)
    assert "不明な国コードです" in origin["message"] and "'ZZ'" in origin["message_en"]
    duties = _error(client.get("/v1/duties?hs=0902.10&market=XX", headers=JA), 422)
    assert "不明な国コードです" in duties["message"]


def test_a_bad_hs_code_in_the_path_is_named_in_japanese(client: TestClient) -> None:
    code = _error(client.get("/v1/hs/codes/abc", headers=JA), 422)
    assert "HSコードは2〜10桁の数字" in code["message"]


def test_an_empty_buyer_upload_says_the_file_is_empty(client: TestClient, keys: Keys) -> None:
    empty = _error(client.post("/v1/buyers/import", headers={**keys.headers("advisor"), **JA}), 422)
    assert "ファイルが空です" in empty["message"]


def test_a_shortlist_without_product_says_so_in_japanese(client: TestClient, keys: Keys) -> None:
    body = {"product": {}, "markets": ["US"]}
    headers = {**keys.headers("exporter"), **JA}
    error = _error(client.post("/v1/shortlists", json=body, headers=headers), 422)
    assert error["details"] == [
        {"field": "product", "problem": "製品のHSコードか説明のどちらかを指定してください"}
    ]
    assert "a product needs" not in error["message"]


def test_an_unsupported_language_detail_is_japanese() -> None:
    details = [{"field": "lang", "problem": "unsupported language 'xx'"}]
    body = error_body("invalid_input", "unsupported language 'xx'", details, japanese=True)
    message = str(body["error"]["message"])  # type: ignore[index]
    assert message.startswith("入力内容に問題があります。（lang: 対応していない言語です")
    # the detail too (s6 trial: its `problem` stayed English while `message` was Japanese)
    (detail,) = body["error"]["details"]  # type: ignore[index]
    assert detail["problem"].startswith("対応していない言語です")
    assert detail["problem_en"] == "unsupported language 'xx'"
    english = error_body("invalid_input", "unsupported language 'xx'", details)
    assert english["error"] == {"code": "invalid_input", "message": "unsupported language 'xx'",
                                "details": details}  # fmt: skip


def test_an_unknown_chat_country_is_refused_like_everywhere_else(
    client: TestClient, keys: Keys
) -> None:
    """s5 trial A26: {"country": "ZZ"} was answered for Thailand."""
    body = {"message": "抹茶の表示ルールは？", "country": "ZZ"}
    headers = {**keys.headers("exporter"), **JA}
    error = _error(client.post("/v1/chat", json=body, headers=headers), 422)
    assert error["details"][0]["field"] == "country"
    assert "不明な国コードです" in error["message"] and "'ZZ'" in error["message_en"]
    english = _error(client.post("/v1/chat", json=body, headers=keys.headers("exporter")), 422)
    assert "Unknown country code 'ZZ'" in english["message"]


def test_a_wrong_export_format_lists_the_choices_in_japanese(client: TestClient) -> None:
    """s11 trial: 「次のいずれかを指定してください: 'json', 'markdown', 'xlsx' or 'pdf'」."""
    body = {"product": "ヒノキのまな板", "destinations": ["DE"]}
    error = _error(client.post("/v1/checklists?format=docx", json=body, headers=JA), 422)
    assert "'json'、'markdown'、'xlsx'、'pdf'" in error["message"]
    assert " or " not in error["message"] and "or 'pdf'" in error["message_en"]


def test_an_advisors_incomplete_decision_says_why_in_japanese() -> None:
    """s11 trial: a rejection without a comment read 「入力内容に問題があります（request: a
    rejection needs a comment saying what is wrong）」 in the Japanese console."""
    for english, japanese in [
        ("a rejection needs a comment saying what is wrong", "コメント（comment）が必要です"),
        ("an edit needs the corrected text in 'text'", "修正後の文（text）が必要です"),
        ("a deal needs deal_value_jpy and market", "成約額（deal_value_jpy）と市場"),
    ]:
        details = [{"field": "request", "problem": english}]
        error: Any = error_body("invalid_input", english, details, japanese=True)["error"]
        assert japanese in error["message"] and japanese in error["details"][0]["problem"]
        assert error["message_en"].endswith(english) or english in error["message_en"]
