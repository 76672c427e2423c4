"""「必要な書類は？」 for a product and a market lists the documents the checklist's
requirements name, per side, each cited (seen as a user in session 21: after 「フィリピンに緑茶を
輸出したい」, 「必要な書類は？」 led with the trans-fat rule; 「アメリカに日本酒を輸出します。必要な書類を
教えてください」 gave the commercial invoice card and three loose sentences; the English question
for Singapore gave the requirements overview with no document in it)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.documents_list import asks_documents
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.understand import understand
from tests.answering.test_chat_api import ask, client, container  # noqa: F401  (fixtures)
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP PH INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "フィリピンに緑茶を輸出したい。必要な書類は？",
        "アメリカに日本酒を輸出します。必要な書類を教えてください",
        "ドイツに電気ケトルを輸出します。どんな書類が必要？",
        "What documents do I need to export green tea to Singapore?",
    ],
)
def test_a_question_for_every_paper_of_an_export_is_a_documents_question(text: str) -> None:
    assert asks_documents(understand(text, COVERED))


@pytest.mark.parametrize(
    "text",
    [
        # one paper singled out: the answer is that paper's rule, not the list
        "えびが入っていると、EUに入れるときに特別な書類がいる？常温で日持ちするお菓子です。",
        "水筒をスペインに卸します。バイヤーから『プラスチック部分の書類を出して』と言われた。何の書類？",
        "フランスに日本酒を輸出したい。原産地証明書は必要？",
        # no product: no checklist to read the papers from
        "アメリカに輸出するとき必要な書類は？",
    ],
)
def test_one_paper_or_no_product_is_not_the_list(text: str) -> None:
    assert not asks_documents(understand(text, COVERED))


def _bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("・", "• "))]


def test_the_papers_come_per_side_each_cited_and_none_twice(engine: AnswerEngine) -> None:
    q = engine.understand("フランスに日本酒を輸出したい。必要な書類は？")
    found = engine.answer(q)
    text = found.text
    assert text.startswith("フランス向けの日本酒の輸出で必要な主な書類です"), text
    heads = [
        line for line in text.splitlines() if line.endswith("の手続き:") or line.endswith("書類:")
    ]
    assert heads[0] == "フランス側の手続き:" and heads[-1] == "日本側の手続き:", heads
    assert "船積みの基本書類:" in heads, heads
    # the market's own rules name their papers, each cited where its source is in the index
    # (the slice lacks some of France's documents: those rules are listed uncited)
    market = text.split("フランス側の手続き:")[1].split("船積みの基本書類:")[0]
    assert "ラベル原稿" in market and re.search(r"\[\d+\]$", _bullets(market)[0]), market
    # Japan's side: the export declaration's papers and the liquor tax exemption's, all cited
    japan = _bullets(text.split("日本側の手続き:")[1])
    assert all(re.search(r"\[\d+\]$", b) for b in japan), japan
    assert any(b.startswith("・税関への輸出申告と輸出許可") for b in japan), japan
    assert any("酒税" in b for b in japan), japan
    # the invoice is named once, in the basic papers, not again under the declaration
    assert text.count("商業インボイス、") + text.count("商業インボイス [") == 1, text
    assert "チェックリストで確認できます" in text and not found.escalate


def test_english_names_the_papers_in_english(engine: AnswerEngine) -> None:
    found = engine.answer(engine.understand("What documents do I need to export sake to France?"))
    assert found.text.startswith("The main documents for France (sake)"), found.text
    assert "Basic shipping documents:" in found.text and "On the Japanese side:" in found.text
    assert not re.search(r"[\u3040-\u30ff]", found.text), found.text


@pytest.mark.slow
def test_a_follow_up_asks_the_papers_of_the_product_and_market_before(
    client: TestClient,  # noqa: F811
    keys: Keys,
) -> None:
    first = ask(client, keys, "フランスに日本酒を輸出したい")
    done = ask(client, keys, "フランスに日本酒を輸出したい", "必要な書類は？")
    text = done["answer"]
    assert text != first["answer"]
    assert text.startswith("フランス向けの日本酒の輸出で必要な主な書類です"), text
    assert "日本側の手続き:" in text


def test_the_overview_names_the_goods_in_the_users_words(engine: AnswerEngine) -> None:
    # s21 trial: 「いちご大福を香港に…」 was 「香港向けのいちごの要件」 (the product word inside)
    found = engine.answer(engine.understand("いちご大福をアメリカに輸出したい。何が必要？"))
    assert found.text.startswith("米国向けのいちご大福の要件はチェックリストで"), found.text
