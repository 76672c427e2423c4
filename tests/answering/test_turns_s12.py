"""Session-12 turns without a model (s11 trial X2, X8, X12, X15/X24): a new advice question
is not the pending clarifying question again, a buyer request after an HS turn asks for
buyers (wholesalers and retailers too), 「候補」 is no product, an origin statement can be
asked for (and a question about one stays a question), other goods asked of the same
market do not lean on the earlier goods. New sentences of the same kinds as the trial's."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import resolve_history
from export_assist.answering.shipment_fields import extract, form_answer, merge
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "VN", "TH", "SG", "TW", "DE", "EU", "GB", "AU"})


def test_an_advice_question_after_a_pending_question_is_asked_fresh() -> None:
    # X12: the pending 「どの国・地域…」 (checklist without a market) swallowed it
    q = resolve_history(
        ["乾燥しいたけを輸出したいです"], "代理店契約の条文をチェックしてもらえますか？", COVERED
    )
    assert q.advice and q.intent == "regulation"
    assert q.phrase != "代理店"


def test_a_buyer_request_after_an_hs_turn_asks_for_buyers() -> None:
    # X2: the HS code was answered again
    q = resolve_history(
        ["麦焼酎のHSコードを教えて"], "香港で麦焼酎を扱う問屋を探してください", COVERED
    )
    assert q.intent == "buyers" and q.phrase == "麦焼酎"
    wholesale = understand("Find wholesalers of green tea in Germany", COVERED)
    assert wholesale.intent == "buyers"


def test_candidates_are_no_product() -> None:
    # X8: 「ベトナムで候補を扱うバイヤー候補です」
    q = resolve_history(["冷凍ブリをタイに輸出したい"], "タイの輸入業者候補を探して", COVERED)
    assert q.intent == "buyers" and q.phrase == "冷凍ブリ" and q.destinations == ["TH"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("タイ向けの原産地申告文を作成してください", "documents"),
        ("日EU・EPAの原産地に関する申告を作ってほしい", "documents"),
        ("Could you prepare a statement on origin for the shipment to Germany?", "documents"),
        ("原産地申告文は誰が作るのですか？", "regulation"),
        ("原産地申告書は輸入者が作成できますか", "regulation"),
        ("Who has to make out the statement on origin?", "regulation"),
    ],
)
def test_an_origin_statement_is_asked_for_and_a_question_about_one_is_a_question(
    text: str, intent: str
) -> None:
    # X15/X24: 「原産地申告書を作成してください」 got the EPA rules
    assert understand(text, COVERED).intent == intent


def test_the_origin_statement_reads_its_agreement_or_says_why_none() -> None:
    rcep = "オーストラリアのKoala Foods Pty Ltdに煎茶50箱、RCEPの原産地申告文を作成してください"
    draft = merge([extract(rcep, q := understand(rcep, COVERED))])
    assert draft.documents == ["origin_statement"] and draft.fields["agreement"] == "rcep"
    assert "product" not in draft.fields or "RCEP" not in draft.fields["product"]
    assert "・適用する協定(EPA): RCEP" in form_answer(draft, q)
    de = "ドイツのElbe Tee GmbHに緑茶を送ります。原産地申告文を作成してください"
    assert merge([extract(de, understand(de, COVERED))]).fields["agreement"] == "jp_eu_epa"
    uk = "イギリスのThames Tea Ltdに緑茶を送ります。原産地申告文を作成してください"
    both = merge([extract(uk, q := understand(uk, COVERED))])  # the UK is in CPTPP too
    assert "agreement" in both.missing() and "日英EPA、CPTPPのいずれか" in form_answer(both, q)
    us = "アメリカのOak Foods Inc.に煎茶を送ります。原産地申告書を作成してください"
    none = merge([extract(us, q := understand(us, COVERED))])
    assert "agreement" not in none.missing()
    assert "米国はこれらの協定の締約相手国ではありません" in form_answer(none, q)


def test_other_goods_for_the_same_market_do_not_lean_on_the_earlier_goods() -> None:
    # test9-like follow-up: the kettle's answer quoted the sake importer's licence
    q = resolve_history(
        ["シンガポールの問屋に焼酎を卸している"], "同じ問屋に炊飯器も売りたい。何が必要？", COVERED
    )
    assert q.destinations == ["SG"] and not q.context
    same = resolve_history(["シンガポールに焼酎を輸出したい"], "焼酎の表示は何が必要？", COVERED)
    assert same.destinations == ["SG"]
