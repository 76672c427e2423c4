"""Sibling subheadings carry distinct Japanese labels built from the nomenclature's own
distinguishing words (issue 15, session 11): 7323.91/92/94 were all
「鉄鋼製の家庭用品・台所用品（7323項の細分）」, so the chat could not ask what separates them."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.sibling_words import words_of
from export_assist.compliance.hs.table import packaged_table
from export_assist.domain.hs import HsSuggestion


@pytest.mark.parametrize(
    "codes",
    [
        ("732391", "732392", "732394"),  # cast iron / enamelled or not
        ("630221", "630231", "630239"),  # bed linen: cotton printed / not / other fibres
        ("030751", "030752", "030759"),  # octopus: fresh / frozen / dried, salted
        ("870321", "870322", "870323"),  # cars by cylinder capacity
        ("846721", "846722"),  # hand tools: drills / saws
    ],
)
def test_siblings_have_distinct_japanese_labels(codes: tuple[str, ...]) -> None:
    table = packaged_table()
    labels = [table.label_ja(c) for c in codes]
    assert len(set(labels)) == len(labels), labels
    assert not any("項の細分" in label for label in labels), labels


def test_label_words_follow_the_nomenclature() -> None:
    table = packaged_table()
    assert "ほうろう引きでないもの" in table.label_ja("732391")
    assert "ほうろう引きのもの" in table.label_ja("732392")
    assert "冷凍" in table.label_ja("030752") and "たこ" in table.label_ja("030752")
    # "not over 1000cc" is at most 1000cc, "over 1000 but not over 1500cc" a range
    assert "1000cc以下" in table.label_ja("870321")
    assert "1000cc超、1500cc以下" in table.label_ja("870322")


def test_negation_ends_at_the_comma_outside_brackets() -> None:
    words = {
        w.english: w.negated
        for w in words_of("Seaweeds; not fit for human consumption, fresh, chilled")
    }
    assert words["fit for human consumption"] and not words["fresh"]
    bracketed = {
        w.english: w.negated
        for w in words_of("Bed linen; of cotton (not printed, knitted or crocheted)")
    }
    assert bracketed["printed"] and bracketed["knitted or crocheted"] and not bracketed["cotton"]


def test_siblings_that_differ_by_a_process_make_the_question() -> None:
    """A cast-iron kettle: the ranker cannot know whether it is enamelled; ask that."""
    table = packaged_table()
    cands = [
        HsSuggestion(code=c, description=table.describe(c), score=0.4, reason="", confidence=p)
        for c, p in (("732392", 0.35), ("732391", 0.3))
    ]
    asked = clarifying_question(from_text("鋳物の湯沸かし"), cands, table)
    assert asked is not None and asked.attribute == "feature", asked
    assert (
        "ほうろう引きのもの" in asked.question_ja and "ほうろう引きでないもの" in asked.question_ja
    )
    assert "not enamelled" in asked.question_en
    assert set(asked.codes) == {"732392", "732391"}
    # sure of the first one: shown as the answer, nothing asked
    sure = [cands[0].model_copy(update={"confidence": 0.8}), cands[1]]
    assert clarifying_question(from_text("鋳物の湯沸かし"), sure, table) is None


def test_units_and_two_word_goods_read_in_japanese() -> None:
    """s12: 「2litres超」 was left in English, and heading 1212's siblings read
    「海藻（豆）」 (locust beans) and 「海藻（砂糖）」 (sugar beet, sugar cane)."""
    table = packaged_table()
    assert "リットル超" in table.label_ja("220429") and "litre" not in table.label_ja("220429")
    labels = {c: table.label_ja(c) for c in ("121291", "121292", "121293", "121294")}
    assert "てん菜" in labels["121291"] and "いなごまめ" in labels["121292"], labels
    assert "さとうきび" in labels["121293"] and "チコリー" in labels["121294"], labels
    assert not any("（豆）" in x or "（砂糖）" in x for x in labels.values()), labels
    assert not table.label_ja("121292").startswith("海藻（"), labels


def test_an_everyday_towel_names_the_terry_subheading() -> None:
    """s14: after 「綿です」 a towel was asked terry or not (6302.60 / 6302.91 / 6302.51), so the
    duty was never looked up. 6302.60's label 「綿製タオル」 names the towel (its 綿製 is a
    material, no goods word), and an everyday タオル is terry towelling; without a material
    the material is still asked."""
    table = packaged_table()
    cands = [
        HsSuggestion(code=c, description=table.describe(c), score=0.3, reason="", confidence=p)
        for c, p in (("630260", 0.3), ("630291", 0.14), ("630251", 0.12), ("630293", 0.12))
    ]
    assert clarifying_question(from_text("綿のハンドタオル"), cands, table) is None
    asked = clarifying_question(from_text("ハンドタオル"), cands, table)
    assert asked is not None and asked.attribute == "material", asked
    assert "綿" in asked.question_ja


def test_used_for_a_purpose_is_not_second_hand() -> None:
    """s14: 8516.79 ("used for domestic purposes", an electric kettle's code) read
    「中古、家庭用」; used tyres stay 中古."""
    table = packaged_table()
    assert "中古" not in table.label_ja("851679") and "家庭用" in table.label_ja("851679")
    assert "中古" in table.label_ja("401220")
