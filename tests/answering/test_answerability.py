"""When the engine answers and when it hands off (issue 9, honest confidence): markets
partly covered, destinations Japan itself regulates, questions the sources do not answer."""

from __future__ import annotations

import pytest

from export_assist.answering.engine import Answer, AnswerEngine

pytestmark = pytest.mark.slow


def ask(engine: AnswerEngine, *turns: str) -> Answer:
    q = engine.understand(turns[-1], list(turns[:-1]))
    return engine.answer(q)


def test_a_covered_and_an_uncovered_market_answer_one_and_escalate(engine: AnswerEngine) -> None:
    a = ask(engine, "Do I need a CE mark for a rice cooker in France and Brazil?")
    assert a.escalate and a.kind == "handoff"
    assert a.text.startswith("Rules for Brazil are not yet in the regulation sources I have.")
    assert "Markets covered:" in a.text
    assert "CE" in a.text  # the covered market is still answered
    assert {c.country for c in a.citations} <= {"EU", "FR", "INTL"}
    assert "trade advisor" in a.text


def test_a_destination_japan_bans_exports_to_is_answered_from_japans_side(
    engine: AnswerEngine,
) -> None:
    a = ask(engine, "ロシアに工作機械を輸出できますか？")
    assert not a.escalate, a.text
    assert a.text.startswith("ロシア側の輸入規制は、登録済みの資料にまだ含まれていません。")
    assert "jp-sanctions-export-bans" in {c.doc_id for c in a.citations}
    assert "禁止" in a.text


def test_another_topic_for_a_regulated_destination_still_escalates(engine: AnswerEngine) -> None:
    a = ask(engine, "Which labelling rules apply to sake sold in Russia?")
    assert a.escalate and "Russia" in a.text and "trade advisor" in a.text


def test_an_uncovered_region_is_handed_off(engine: AnswerEngine) -> None:
    a = ask(engine, "Rules for exporting cosmetics to South America")
    assert a.escalate and a.text.startswith("Rules for Latin America are not yet")
    assert "the United States" in a.text  # in the covered list, not answered as the US


def test_an_amount_no_source_states_is_handed_off(engine: AnswerEngine) -> None:
    a = ask(engine, "How much does the FDA charge for an FSVP audit of a Japanese supplier?")
    assert a.escalate, a.text
    assert "trade advisor" in a.text


def test_a_fee_the_source_rules_out_is_answered(engine: AnswerEngine) -> None:
    # FDA charges nothing to register (21 CFR 1.231(c)); the document says so (登録料はかかりません)
    a = ask(engine, "How much does the FDA charge for a food facility registration renewal?")
    assert not a.escalate, a.text
    assert "no fee" in a.text


def test_an_uncovered_topic_inside_a_covered_market_is_handed_off(engine: AnswerEngine) -> None:
    a = ask(engine, "フランスでラーメン店を開くには、飲食店の営業許可をどこで取ればいいですか？")
    assert a.escalate and a.kind == "handoff", a.text
    # what is not covered is named, in Japanese: the group of requests the regulation
    # texts cannot answer (local licences, employment), not a raw word of the question
    assert "営業許可" in a.text and "専門家の助言" in a.text
    assert "アドバイザー" in a.text


def test_a_named_companys_record_is_handed_off(engine: AnswerEngine) -> None:
    a = ask(
        engine,
        "Has Schneider Lebensmittel GmbH, our new importer in Germany, ever gone bankrupt "
        "or missed a payment?",
    )
    # a partner going bankrupt is advice (vocab advice `insolvency`, s50), named as such
    assert a.escalate and "bankrupt" in a.text and "trade advisor" in a.text
    assert "Schneider" not in a.text  # a company's name is no topic the sources could cover


def test_the_exporters_own_company_named_does_not_hand_off(engine: AnswerEngine) -> None:
    a = ask(
        engine,
        "Our company, Yamada Seicha Co., Ltd., sells matcha to Germany. "
        "Which pesticide residue limits apply to our tea?",
    )
    assert not a.escalate and "0.01 mg/kg" in a.text


def test_a_year_the_sources_do_not_mention_is_handed_off(engine: AnswerEngine) -> None:
    a = ask(engine, "What will the EU duty on Japanese sake be in 2031?")
    assert a.escalate and "2031" in a.text
