"""A duty question with an HS code and a market goes to lookup_duties: the official lookup
with the code filled in (no API enabled: no network), the note that no rate is guessed, in
the question's language, and the lookup as the payload the widget shows."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.agent.conftest import Keys, chat, final


def test_a_japanese_duty_question_gets_the_official_lookup(client: TestClient, keys: Keys) -> None:
    done = final(
        chat(client, keys.exporter, message="HS 0902.10の緑茶を米国に輸出するときの関税率は？")
    )
    assert [c["name"] for c in done["tool_calls"]] == ["lookup_duties"]
    assert "https://hts.usitc.gov/search?query=0902.10" in done["answer"]
    assert "推測して表示することはしません" in done["answer"]
    payload = done["payloads"][0]
    assert payload["kind"] == "duties" and payload["data"]["source"] == "links_only"
    assert payload["data"]["rates"] == []


def test_an_english_duty_question_for_the_eu(client: TestClient, keys: Keys) -> None:
    message = "What is the import duty on HS 0902.10 green tea in Germany?"
    done = final(chat(client, keys.exporter, message=message, language="en"))
    assert [c["name"] for c in done["tool_calls"]] == ["lookup_duties"]
    assert "taric/measures.jsp?Lang=en&Taric=0902100000&Area=JP" in done["answer"]
    assert "never show a guessed rate" in done["answer"]


def test_a_duty_question_naming_a_product_looks_the_code_up_first(
    client: TestClient, keys: Keys
) -> None:
    done = final(chat(client, keys.exporter, message="米国へ日本酒を輸出する場合の関税は？"))
    assert [c["name"] for c in done["tool_calls"]] == ["suggest_hs_codes", "lookup_duties"]
    assert "2206.00" in done["answer"]  # the code comes from the HS tool, and says so
    assert "と推定して調べました" in done["answer"] or "最も近いHSコードの候補" in done["answer"]
    assert "https://hts.usitc.gov/search?query=2206.00" in done["answer"]
    assert "推測して表示することはしません" in done["answer"]
    assert "TTB" not in done["answer"]  # not the licence passages any more


def test_a_vague_product_gets_the_candidates_not_a_rate(client: TestClient, keys: Keys) -> None:
    done = final(chat(client, keys.exporter, message="タオルを米国に輸出するときの関税は？"))
    assert [c["name"] for c in done["tool_calls"]] == ["suggest_hs_codes"]
    assert "関税率はHSコード(6桁)で決まります" in done["answer"]
    assert "hts.usitc.gov" not in done["answer"]
