"""An advisor's queue title says the goods and market a bare follow-up leaves unsaid."""

from __future__ import annotations

from export_assist.agent.draft_words import titled


def test_a_bare_follow_up_gets_the_conversations_goods_and_market() -> None:
    assert titled("ja", "送料は？", ["煎茶", "台湾"]) == "送料は？（煎茶・台湾）"
    assert titled("en", "Shipping cost?", ["sencha", "Taiwan"]) == "Shipping cost? (sencha, Taiwan)"


def test_what_the_question_says_is_not_repeated() -> None:
    assert titled("ja", "台湾への煎茶の送料は？", ["煎茶", "台湾"]) == "台湾への煎茶の送料は？"
    assert titled("ja", "台湾の送料は？", ["煎茶", "台湾"]) == "台湾の送料は？（煎茶）"
    assert titled("ja", "送料は？", []) == "送料は？"
