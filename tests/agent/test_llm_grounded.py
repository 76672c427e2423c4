"""The grounded LLM path against a scripted OpenAI-compatible HTTP server (real client, real
protocol): one generation over the engine's passages, shown with its citations; invented
numbers, years, authorities or countries and wrong-language answers fall back to the
extractive answer; an endpoint that is down gives the extractive answer, never a raw error."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.agent.grounded import PROMPT_BUDGET, approx_tokens
from export_assist.agent.schemas import ChatRequest
from export_assist.auth.principal import Principal
from export_assist.container import Container
from tests.agent.conftest import Keys, chat, final
from tests.support.openai_server import Reply, ScriptedOpenAIServer

FDA_Q = "Do I need to register my food facility with FDA before exporting tea to the US?"
CATCH_ALL = "キャッチオール規制で輸出許可が必要になるのはどんな場合ですか?"
CATCH_ALL_ANSWER = (
    "リスト規制に該当しない貨物でも、大量破壊兵器等の開発に用いられるおそれがあると知った場合や、"
    "経済産業省から通知を受けた場合は、輸出許可が必要です [1]。"
)
GROUNDED = (
    "Yes. Foreign facilities that hold food for the United States must register with FDA "
    "before exporting [1]. Renew the registration in every even-numbered year [1]."
)
EXTRACTIVE = "must register with FDA before exporting"  # the engine's card sentence


def _answer_without_llm(container: Container, message: str) -> str:
    """The extractive answer for the same question (the fallback the gate must give)."""
    stored, container.settings.llm.base_url = container.settings.llm.base_url, None
    try:
        service = container.new_chat()
    finally:
        container.settings.llm.base_url = stored
    who = Principal(key_id="t", subject="t", role="exporter", tenant="t")
    return service.run(who, ChatRequest(message=message)).answer


def test_a_grounded_answer_is_shown_with_its_citations(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(Reply.text(GROUNDED))
    events = chat(llm_client, keys.exporter, message=FDA_Q)
    done = final(events)
    assert done["mode"] == "llm" and done["llm_fallback"] is None and not done["escalated"]
    assert done["answer"].startswith(GROUNDED) and done["notices"] == []
    assert done["citations"][0]["doc_id"] == "test-us-fda-registration"
    assert [c["name"] for c in done["tool_calls"]] == ["answer_question"]
    shown = "".join(d["text"] for n, d in events if n == "token")
    assert shown == done["answer"]
    # one generation: no tool schemas, a small prompt carrying the engine's passage
    assert len(server.requests) == 1
    body = server.requests[0].json
    assert "tools" not in body and body["stream"] is True
    prompt = "\n".join(m["content"] for m in body["messages"])
    assert approx_tokens(prompt) <= PROMPT_BUDGET
    assert "English" in body["messages"][0]["content"]
    assert "[1] FDA food facility registration" in server.requests[0].last_user
    assert "even-numbered year" in server.requests[0].last_user


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("Yes. Since 2019, register with FDA and renew every 3 years [1].", "numbers: 2019, 3"),
        ("Yes. Register the facility with the USDA before exporting [1].", "authorities: USDA"),
        ("Yes. Register with FDA before exporting to the United States or Canada [1].", "CA"),
        ("Yes. File under 21 CFR 1.227 with FDA before exporting [1].", "numbers: 1.227, 21"),
    ],
    ids=["year", "authority", "country", "legal-reference"],
)
def test_an_invented_fact_falls_back_to_the_extractive_answer(
    llm_client: TestClient,
    container: Container,
    keys: Keys,
    server: ScriptedOpenAIServer,
    reply: str,
    why: str,
) -> None:
    server.add(Reply.text(reply))
    done = final(chat(llm_client, keys.exporter, message=FDA_Q))
    assert done["mode"] == "llm" and why in done["llm_fallback"]
    assert EXTRACTIVE in done["answer"] and reply not in done["answer"]
    assert done["answer"] == _answer_without_llm(container, FDA_Q)
    assert done["citations"][0]["doc_id"] == "test-us-fda-registration"


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("You need an export licence when the ministry notifies you [1].", "English answer"),
        ("如果经济产业省通知出口者，出口须获得许可 [1]。", "Chinese characters"),
    ],
    ids=["english", "chinese"],
)
def test_a_wrong_language_answer_falls_back(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer, reply: str, why: str
) -> None:
    server.add(Reply.text(reply))
    done = final(chat(llm_client, keys.exporter, message=CATCH_ALL))
    assert done["language"] == "ja" and why in done["llm_fallback"]
    assert reply not in done["answer"] and "経済産業省" in done["answer"]
    assert "日本語" in server.requests[0].json["messages"][0]["content"]


def test_a_japanese_grounded_answer_passes(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(Reply.text(CATCH_ALL_ANSWER))
    done = final(chat(llm_client, keys.exporter, message=CATCH_ALL))
    assert done["llm_fallback"] is None and done["answer"].startswith(CATCH_ALL_ANSWER)
    assert done["citations"][0]["doc_id"] == "test-jp-catch-all"
    assert done["answer"].endswith("出典の原文と確認日をご確認ください。")


def test_an_ungrounded_second_sentence_resets_what_was_shown(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    first = "Yes. Foreign facilities must register with FDA before exporting [1]. "
    server.add(Reply.text(first + "The fee is 500 dollars per year [1]."))
    events = chat(llm_client, keys.exporter, message=FDA_Q)
    names = [n for n, _ in events]
    shown = [d["text"] for n, d in events if n == "token"]
    assert shown[0] == first.strip()  # sentence by sentence: the grounded one was shown...
    assert "500" not in "".join(shown)  # ...the invented fee never was
    notice = next(d for n, d in events if n == "notice")
    assert notice["reset"] and names.index("notice") > names.index("token")
    done = final(events)
    assert "numbers: 500" in done["llm_fallback"] and EXTRACTIVE in done["answer"]


def test_endpoint_down_gives_the_extractive_answer_without_a_raw_error(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.stop()
    events = chat(llm_client, keys.exporter, message=CATCH_ALL)
    assert [n for n, _ in events].count("error") == 0
    done = final(events)
    assert done["mode"] == "no-llm" and "経済産業省" in done["answer"]
    assert "Connection" not in done["answer"] and "Error" not in done["answer"]
    assert done["notices"] and "言語モデル" in done["notices"][0]


def test_tool_requests_keep_their_tool_turn_without_a_generation(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    done = final(chat(llm_client, keys.exporter, message="このタオルのHSコードは?"))
    assert done["mode"] == "llm" and server.requests == []
    assert done["tool_calls"][0]["name"] == "suggest_hs_codes"
    assert "素材" in done["answer"]


def test_with_rewriting_off_a_question_gets_the_engines_answer_and_no_generation(
    llm_client: TestClient, container: Container, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    # `make run-llm` turns rewriting off for the small local model (it lost key facts)
    container.settings.llm.answer_rewrite = False
    done = final(chat(llm_client, keys.exporter, message=FDA_Q))
    assert done["llm_fallback"] is None and server.requests == []
    assert done["answer"] == _answer_without_llm(container, FDA_Q)
    assert done["citations"][0]["doc_id"] == "test-us-fda-registration"


def test_a_smaller_prompt_budget_sends_a_smaller_prompt(
    llm_client: TestClient, container: Container, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    sizes, prompts = [], []
    for budget in (PROMPT_BUDGET, 200):
        container.settings.llm.prompt_budget_tokens = budget
        server.add(Reply.text(GROUNDED))
        assert final(chat(llm_client, keys.exporter, message=FDA_Q))["llm_fallback"] is None
        prompt = "\n".join(m["content"] for m in server.requests[-1].json["messages"])
        sizes.append(approx_tokens(prompt))
        prompts.append(prompt)
    # the checked answer stays; the passages beside it go first
    assert sizes[1] < sizes[0] <= PROMPT_BUDGET
    assert "[1] FDA food facility registration" in prompts[0]
    assert "[1] FDA food facility registration" not in prompts[1]


def test_a_japanese_question_shows_the_model_the_japanese_titles(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    """The passages go to the model under the title the answer may name: the Japanese one."""
    server.add(Reply.text("はい。海外の食品施設もFDAへの登録が必要です [1]。"))
    final(chat(llm_client, keys.exporter, message="FDAへの食品施設登録は必要ですか?"))
    assert "[1] FDA食品施設登録(テスト用)" in server.requests[0].last_user
    assert "FDA food facility registration (test fixture)" not in server.requests[0].last_user
