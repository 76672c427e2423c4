"""「使える補助金は？」 in the chat: the no-LLM path calls find_programmes and the answer
carries the programme payload (the widget's card), citations to official pages and the
questions that narrow the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient

from export_assist.agent.tools.programmes import FindProgrammes, ProgrammeArgs
from export_assist.agent.turn import TurnContext
from export_assist.auth.principal import Principal
from export_assist.container import Container
from tests.agent.conftest import Keys, chat, final

CATALOGUE = Path(__file__).resolve().parents[2] / "programmes"
TODAY = dt.date(2026, 11, 29)


def _wire(container: Container) -> None:
    container.settings.programmes_dir = CATALOGUE
    container.give(clock=lambda: TODAY)


def test_tool_reads_the_question_and_cites_official_pages(container: Container) -> None:
    _wire(container)
    who = Principal(key_id="k", subject="alice", role="exporter", tenant="acme")
    ctx = TurnContext(principal=who, conversation_id="c1", language="ja")
    args = ProgrammeArgs(
        question="静岡県の中小企業です。抹茶の展示会出展に使える補助金は？", markets=["US"]
    )
    result = FindProgrammes(container.programmes)(ctx, args)
    assert result.error is None and result.payload is not None
    assert result.payload.kind == "programmes"
    data = result.payload.data
    assert data["today"] == "2026-11-29" and data["matches"]
    ids = [m["id"] for m in data["matches"]]
    assert "jetro-trade-fair-japan-pavilion" in ids
    assert "tokyo-kosha-trade-fair-grant" not in ids  # Tokyo only, and its call closed
    assert all(c.source_url.startswith("https://") for c in result.citations)
    assert result.text.startswith("条件に合う支援策が")


def test_no_llm_chat_routes_the_question_to_the_programme_tool(
    client: TestClient, container: Container, keys: Keys
) -> None:
    _wire(container)
    events = chat(client, keys.exporter, message="使える補助金は？")
    calls = [d for n, d in events if n == "tool_call"]
    assert calls and calls[0]["name"] == "find_programmes"
    done = final(events)
    kinds = [p["kind"] for p in done["payloads"]]
    assert "programmes" in kinds
    assert "絞り込むために教えてください" in done["answer"]
    english = final(
        chat(client, keys.exporter, message="Which grants can a sake brewery use?", lang="en")
    )
    assert english["payloads"][0]["kind"] == "programmes"


def test_insurance_loans_and_business_meetings_are_programme_questions(
    client: TestClient, container: Container, keys: Keys
) -> None:
    """NEXI insurance, a loan and JETRO's business meetings were answered from unrelated
    regulation passages (CIF cargo insurance, US seafood HACCP) — trial findings A7, A12."""
    _wire(container)
    for message in (
        "NEXIの貿易保険について教えて",
        "北海道の水産加工会社です。輸出に使える融資は？",
        "ジェトロの商談会に参加したい。費用はかかりますか？",
    ):
        events = chat(client, keys.exporter, message=message)
        calls = [d for n, d in events if n == "tool_call"]
        assert calls and calls[0]["name"] == "find_programmes", message


def test_employees_alone_say_the_company_size(container: Container) -> None:
    """「従業員10人」 answers 会社の規模: it is not asked again (trial W1)."""
    _wire(container)
    who = Principal(key_id="k", subject="alice", role="exporter", tenant="acme")
    ctx = TurnContext(principal=who, conversation_id="c1", language="ja")
    question = "静岡県の茶農家（従業員10人）です。海外の展示会に出たいのですが補助金はありますか？"
    result = FindProgrammes(container.programmes)(ctx, ProgrammeArgs(question=question))
    assert result.payload is not None and result.payload.data["matches"]
    assert "会社の規模" not in result.text
    bare = FindProgrammes(container.programmes)(
        ctx, ProgrammeArgs(question="静岡県の茶農家です。補助金は？")
    )
    assert "会社の規模" in bare.text


def test_help_asked_in_plain_words_is_a_programme_question(
    client: TestClient, container: Container, keys: Keys
) -> None:
    """Trial T37/U16: a trade fair abroad and 「ジェトロの支援」/「使える支援」 went to the
    regulation engine and a hand-off about 「展示会」「支援」."""
    _wire(container)
    for message in (
        "UAEの展示会に出たい。ジェトロの支援はありますか？",
        "ドバイの展示会に出展したいのですが、使える支援はありますか？",
    ):
        done = final(chat(client, keys.exporter, message=message))
        assert [p["kind"] for p in done["payloads"]] == ["programmes"], message
        assert not done["escalated"]


def test_a_slot_a_programme_asks_for_is_not_asked_twice(container: Container) -> None:
    """Trial T28: 「会社の規模（資本金・従業員数）」 and 「資本金と常時従業員数を教えてください」, or
    「業種と主な商品」 and 「業種と主な商品（HSコード）を教えてください」, in one answer."""
    _wire(container)
    who = Principal(key_id="k", subject="alice", role="exporter", tenant="acme")
    ctx = TurnContext(principal=who, conversation_id="c1", language="ja")
    for question in ("展示会に出るための補助金の締め切りはいつ？", "貿易保険を使いたい"):
        text = FindProgrammes(container.programmes)(ctx, ProgrammeArgs(question=question)).text
        asked = text.split("絞り込むために教えてください:", 1)[-1]
        assert asked.count("資本金") <= 1 and asked.count("業種") <= 1, text
