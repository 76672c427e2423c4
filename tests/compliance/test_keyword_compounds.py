"""product_keywords.yaml: a compound condition keyword never hides its own categories.

A word inside a longer keyword is not read on its own ("rice" in "rice cooker"), so a
compound that is only a condition keyword ("電気ケトル": mains_powered) would swallow the
category words inside it (電気 → electronics, ケトル → household): the compound must carry
categories itself. s13 CI: the checklist profile of an electric kettle lost "electronics"."""

from __future__ import annotations

from export_assist.compliance import rules
from export_assist.compliance.profile_keywords import _keyword_pattern, hits

# Hidden on purpose: carbon fibre is a material under export control, no textile good
# (the textile labelling cards must not apply to it)
HIDDEN_ON_PURPOSE = {"炭素繊維": {"繊維"}}


def test_every_condition_compound_that_holds_category_words_has_categories() -> None:
    missing = {}
    for word in rules.KEYWORD_CONDITIONS:
        if word in rules.KEYWORD_CATEGORIES:
            continue
        inner = {
            w for w in rules.KEYWORD_CATEGORIES if w != word and _keyword_pattern(w).search(word)
        } - HIDDEN_ON_PURPOSE.get(word, set())
        if inner:
            missing[word] = sorted(inner)
    assert not missing, f"give these compounds categories of their own: {missing}"


def test_appliances_named_whole_keep_their_categories_and_conditions() -> None:
    for name, category in (
        ("電気ケトル", "electronics"),
        ("electric blanket", "textiles"),
        ("fresh fruit", "food"),
        ("machine tool", "machinery"),
    ):
        found = hits(name)
        assert any(category in h.categories for h in found), name
        assert any(h.conditions for h in found), name
