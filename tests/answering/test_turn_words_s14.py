"""Session-14 follow-up words, without an index: a rule asked after a buyer search is a
rule (「その中で…」 stays with the buyers), a list word (項目, 注意点) is no goods, goods
named by their use keep their noun, and the goods a buyer is to handle are the object."""

from __future__ import annotations

import pytest

from export_assist.agent.routes import handled_goods
from export_assist.answering.followup import resolve_history
from export_assist.answering.understand import understand

COVERED = frozenset({"SG", "US", "FR", "DE", "GB", "BE", "KR", "VN"})


@pytest.mark.parametrize(
    ("earlier", "message"),
    [
        ("ドイツで緑茶の卸売業者を探して", "輸出するのに規制はある？"),
        ("Find importers of frozen scallops in the US", "Are there any regulations?"),
        ("包丁のHSコードは？", "規制はある？"),
    ],
)
def test_a_rule_after_a_tool_request_is_a_rule(earlier: str, message: str) -> None:
    q = resolve_history([earlier], message, COVERED)
    assert q.intent == "regulation"
    assert q.product or q.phrase  # the conversation's goods are kept
    assert "topic" not in q.inherited


@pytest.mark.parametrize(
    "message", ["その中で日本語が話せる会社は？", "Which of them speak Japanese?"]
)
def test_a_question_about_the_buyers_found_stays_with_the_buyers(message: str) -> None:
    q = resolve_history(["Find importers of frozen scallops in the US"], message, COVERED)
    assert q.intent == "buyers"


def test_a_list_word_is_no_goods() -> None:
    q = resolve_history(
        ["イギリスの百貨店で七味唐辛子を売りたい"], "表示の必須事項を教えて", COVERED
    )
    assert q.phrase == "七味唐辛子" and "product" in q.inherited


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("茶道用の茶筅 40カートン", "茶道用の茶筅"), ("子供用の長靴を輸出したい", "子供用の長靴")],
)
def test_goods_named_by_their_use_keep_their_noun(text: str, phrase: str) -> None:
    assert understand(text, COVERED).phrase == phrase


def test_the_goods_a_buyer_handles_are_the_object_not_the_shop() -> None:
    q = handled_goods(understand("ドイツで漆塗りの箸を扱ってくれる雑貨店を探して", COVERED))
    assert q.phrase == "漆塗りの箸"
