"""How the signals about a product combine: the HS code it was given, the head of its name,
other keywords, the nearest example products and the suggested HS codes."""

from __future__ import annotations

from collections.abc import Iterable

from export_assist.compliance import rules
from export_assist.compliance.profile_keywords import FOOD_CONDITIONS, allowed, kind_of, kinds
from export_assist.domain.compliance import Inference
from export_assist.domain.hs import HsSuggestion


def longest(code: str, table: dict[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    """The entry of the longest prefix of `code` in a table of HS prefixes."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return code[:n], table[code[:n]]
    return None


def hs_categories(code: str) -> tuple[str, ...]:
    """The categories an HS code's longest known prefix says."""
    match = longest(code, rules.HS_CATEGORIES)
    return match[1] if match else ()


def confident_categories(
    suggestions: list[HsSuggestion], min_coverage: float = 0.5
) -> tuple[str, ...]:
    """The top suggestion's categories, when most of the description's words support it.

    One shared word ("desk" in "desk lamp" and "desk fan") is no evidence of the kind of goods.
    """
    if not suggestions or suggestions[0].coverage <= min_coverage:
        return ()
    return hs_categories(suggestions[0].code)


AGREE_OF, AGREE_MIN = 5, 3  # of the top five suggestions, three must share a category


def agreed_categories(suggestions: list[HsSuggestion]) -> tuple[str, ...]:
    """Categories that at least three of the top five suggested codes map to, counting
    only codes that share a word with the description (a code reached through its
    chapter alone, as "desk" reaches fans, is no evidence)."""
    counts: dict[str, int] = {}
    for s in suggestions[:AGREE_OF]:
        for value in hs_categories(s.code) if s.coverage > 0 else ():
            counts[value] = counts.get(value, 0) + 1
    return tuple(v for v, n in counts.items() if n >= AGREE_MIN)


def kinds_in(found: Iterable[Inference]) -> set[str]:
    """The kinds of goods the category inferences say."""
    return {k for i in found if i.kind == "category" and (k := kind_of(i.value))}


def kinds_or_goods(found: Iterable[Inference]) -> frozenset[str]:
    """The kinds of goods the category inferences say; goods when they say none (tableware)."""
    cats = [i.value for i in found if i.kind == "category"]
    return kinds(cats) if cats else frozenset()


def agree(by_keyword: list[Inference], by_meaning: list[Inference]) -> list[Inference]:
    """Keywords and the nearest example products together; the examples win a conflict.

    A keyword sees one word ("rice" in "porcelain rice bowl", "food" in "cling film for food");
    the nearest examples see the whole name. When they share no category, the name wins.
    """
    keyword_cats = {i.value for i in by_keyword if i.kind == "category"}
    meaning_cats = {i.value for i in by_meaning}
    if keyword_cats and meaning_cats and not keyword_cats & meaning_cats:
        return [i for i in by_keyword if i.kind == "condition"] + by_meaning
    return by_keyword + by_meaning


def fitting(found: list[Inference], head_kinds: frozenset[str]) -> list[Inference]:
    """Only the category inferences that fit the kind of goods the head of the name says."""
    return [i for i in found if i.kind != "category" or allowed(i.value, head_kinds)]


def overrule(by_keyword: list[Inference], by_hs: list[Inference]) -> list[Inference] | None:
    """Suggested HS codes against keywords of another kind of goods: the codes, which read
    the whole name, win ("rice-bran soap" is HS 3401, not rice); None when they agree."""
    hs_kinds, keyword_kinds = kinds_or_goods(by_hs), kinds_in(by_keyword)
    if not hs_kinds or not keyword_kinds or hs_kinds & keyword_kinds:
        return None
    kept = [
        i
        for i in by_keyword
        if (i.kind == "category" and kind_of(i.value) is None)
        or (i.kind == "condition" and i.value not in FOOD_CONDITIONS)
    ]
    return kept + by_hs


def consistent(by_hs: list[Inference], by_keyword: list[Inference]) -> list[Inference]:
    """HS inferences, plus keyword ones that do not contradict the kind of goods the HS says."""
    hs_kinds = kinds_in(by_hs)
    if not hs_kinds:
        return by_hs + by_keyword
    kept = [i for i in by_keyword if i.kind == "condition" or kind_of(i.value) in (None, *hs_kinds)]
    return by_hs + kept


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, each once."""
    return list(dict.fromkeys(values))


def dedupe(found: list[Inference]) -> list[Inference]:
    """The first inference of each (kind, value)."""
    seen: set[tuple[str, str]] = set()
    out: list[Inference] = []
    for inf in found:
        if (inf.kind, inf.value) not in seen:
            seen.add((inf.kind, inf.value))
            out.append(inf)
    return out
