"""The everyday words for a buyer (買い手, 取引相手) ask for buyers on both chat paths; the
lead's session-14 trial: 「緑茶をアメリカで売りたい。買い手を探して」 got FSVP rules instead of
tea buyers. New sentences of the kind; a buyer named in a document request or a question
about a known party stays what it was."""

from __future__ import annotations

from export_assist.agent.intent import steps
from export_assist.answering.asks import intent_of


def test_the_everyday_buyer_words_ask_for_buyers() -> None:
    for said in (
        "カナダでほうじ茶の買い手を探しています",
        "干し椎茸を台湾で売りたい。取引相手を紹介して",
    ):
        assert intent_of(said.lower(), []) == "buyers"
        assert steps(said) == ["shortlist"]


def test_a_buyer_named_or_asked_about_is_no_buyer_search() -> None:
    document = "パッキングリストを作って。中身は羊羹30箱、買い手はNordic Sweets AB（スウェーデン）"
    assert intent_of(document.lower(), []) == "documents"
    for said in (
        "買い手の住所は書類のどこに書く？",
        "取引相手が代金を払ってくれません。どうすれば？",
    ):
        assert intent_of(said.lower(), []) == "regulation"
        assert steps(said) != ["shortlist"]
