"""LLM translator against the scripted OpenAI-compatible server; service behaviour."""

from __future__ import annotations

import pytest

from export_assist.errors import InvalidInput
from export_assist.settings import LLMSettings
from export_assist.translation.llm import LLMTranslator
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase
from tests.support.openai_server import Reply, ScriptedOpenAIServer


def _llm(server: ScriptedOpenAIServer, concurrency: int = 1) -> LLMTranslator:
    return LLMTranslator(
        LLMSettings(base_url=server.base_url, max_retries=0), concurrency=concurrency
    )


def test_prompt_carries_glossary_and_spans(termbase: TermBase) -> None:
    src = "経済産業省の該非判定を2025-04-01までに行う。"
    with ScriptedOpenAIServer(
        ["Complete the export control classification with METI by 2025-04-01."]
    ) as server:
        result = TranslationService(termbase, [_llm(server)]).translate(src, "ja", "en")
    assert result.ok and result.backends == ["llm"]
    system = server.requests[0].messages[0]["content"]
    assert "該非判定 → export control classification" in system
    assert "2025-04-01" in system and "Japanese" in system and "English" in system
    assert server.requests[0].last_user == src
    # a small model that starts repeating itself is stopped, not left holding the server
    assert 64 < server.requests[0].json["max_tokens"] <= 64 + 4 * len(src)


def test_violation_triggers_one_revision(termbase: TermBase) -> None:
    script = [
        "The determination costs USD 1,200.",
        "The export control classification costs USD 1,200.",
    ]
    with ScriptedOpenAIServer(script) as server:
        result = TranslationService(termbase, [_llm(server)]).translate(
            "該非判定の費用はUSD 1,200です。", "ja", "en"
        )
    assert result.ok, result.violations
    revise = server.requests[1].messages
    assert revise[-2] == {"role": "assistant", "content": "The determination costs USD 1,200."}
    assert (
        "'該非判定' must be translated as 'export control classification'" in revise[-1]["content"]
    )


def test_persisting_violation_is_reported(termbase: TermBase) -> None:
    with ScriptedOpenAIServer(["Total 1.200 USD."] * 2) as server:
        service = TranslationService(termbase, [_llm(server)])
        result = service.translate("合計USD 1,200。", "ja", "en")
    assert [(v.kind, v.expected) for v in result.violations] == [("protected_span", "1,200")]
    assert not result.ok and result.text == "Total 1.200 USD."


def test_back_translation_and_labels_from_term_base(termbase: TermBase) -> None:
    script = [
        lambda r: {"Check the origin.": "原産地を確認する。"}.get(r.last_user, "Check the origin.")
    ]
    with ScriptedOpenAIServer(responder=script[0]) as server:
        result = TranslationService(termbase, [_llm(server)]).translate(
            "正味重量\n原産地を確認する。", "ja", "en", back_translate=True
        )
    assert result.text == "Net Weight\nCheck the origin."
    assert [s.status for s in result.segments] == ["term_base", "translated"]
    assert result.segments[1].back_translation == "原産地を確認する。"
    assert result.back_translation is not None and "原産地を確認する。" in result.back_translation


def test_no_backend_keeps_source_and_marks_it(termbase: TermBase) -> None:
    result = TranslationService(termbase, []).translate(
        "梱包明細書\n経済産業省に確認する。", "ja", "th"
    )
    assert result.segments[0].target == "รายการบรรจุหีบห่อ"
    seg = result.segments[1]
    assert seg.status == "not_translated" and seg.target == "経済産業省に確認する。"
    assert seg.glossary[0].target.startswith("กระทรวงเศรษฐกิจ")
    assert result.not_translated == 1 and result.violations[0].kind == "not_translated"


def test_endpoint_down_falls_back_with_warning(termbase: TermBase) -> None:
    with ScriptedOpenAIServer([Reply.fail(500, "boom")]) as server:
        result = TranslationService(termbase, [_llm(server)]).translate(
            "原産地を確認する。", "ja", "en"
        )
    assert result.not_translated == 1
    assert "llm: the LLM endpoint failed" in result.warnings[0]


def test_concurrent_segments_keep_order(termbase: TermBase) -> None:
    with ScriptedOpenAIServer(responder=lambda r: f"<{r.last_user}>") as server:
        result = TranslationService(termbase, [_llm(server, concurrency=4)]).translate(
            "一。二。三。四。五。", "ja", "en"
        )
    assert result.text == "<一。> <二。> <三。> <四。> <五。>"


def test_bad_requests(termbase: TermBase) -> None:
    service = TranslationService(termbase, [], max_chars=10)
    with pytest.raises(InvalidInput, match="unsupported language 'xx'"):
        service.translate("a", "xx", "en")
    with pytest.raises(InvalidInput, match="same"):
        service.translate("a", "en", "en")
    with pytest.raises(InvalidInput, match="limit is 10"):
        service.translate("a" * 11, "ja", "en")
    with pytest.raises(InvalidInput, match="not configured"):
        service.translate("a", "ja", "en", backend="llm")
