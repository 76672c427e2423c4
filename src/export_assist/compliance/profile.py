"""Product -> categories and conditions: from the HS code, keywords, and embeddings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from export_assist.compliance import rules
from export_assist.compliance.exemplars import ExemplarClassifier
from export_assist.compliance.export_labels import kind_of_goods
from export_assist.domain.compliance import Inference, ProductProfile, ProfileQuestion
from export_assist.domain.hs import HsSuggestion
from export_assist.retrieval.embeddings import Embedder
from export_assist.retrieval.normalize import nfkc


def _longest(code: str, table: dict[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return code[:n], table[code[:n]]
    return None


# A CJK keyword that is not itself when this character precedes it (静電気 is not 電気).
_NOT_AFTER = {"電気": "静"}


def _keyword_pattern(word: str) -> re.Pattern[str]:
    # ASCII words match on word boundaries ("tea" must not match "steam"); CJK by substring.
    if word.isascii():
        return re.compile(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])")
    before = _NOT_AFTER.get(word)
    return re.compile((f"(?<!{re.escape(before)})" if before else "") + re.escape(word))


_CATEGORY_KW = [(_keyword_pattern(k), k, v) for k, v in rules.KEYWORD_CATEGORIES.items()]
_CONDITION_KW = [(_keyword_pattern(k), k, v) for k, v in rules.KEYWORD_CONDITIONS.items()]


def _inference(kind: str, value: str, why: tuple[str, str], source: str) -> Inference:
    """An inference with its reason in English and Japanese."""
    return Inference.model_validate(
        {"kind": kind, "value": value, "reason": why[0], "reason_ja": why[1], "source": source}
    )


class HsGuesser(Protocol):
    """Anything that suggests HS codes for a description (the HS suggester)."""

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]: ...


# Asked when nothing tells what the product is; the options are the categories that
# decide most requirements.
_QUESTION = ProfileQuestion(
    ja="製品の種類を教えてください（例: 食品、飲料・酒類、化粧品、電気製品、機械、繊維製品、"
    "日用品）。HSコードが分かればそれでも結構です。",
    en="What kind of product is it (e.g. food, beverages/alcohol, cosmetics, electrical "
    "appliance, machinery, textiles, household goods)? An HS code works too.",
    options=["food", "beverages", "cosmetics", "electronics", "machinery", "textiles", "household"],
)


class ProfileBuilder:
    """Infers what a product is; each inference carries a reason the user can check."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        threshold: float = 0.86,
        margin: float = 0.01,
        hs_guesser: HsGuesser | None = None,
    ) -> None:
        self._exemplars = (
            ExemplarClassifier(embedder, threshold=threshold, margin=margin) if embedder else None
        )
        self._hs_guesser = hs_guesser

    def build(
        self,
        description: str,
        hs_code: str | None,
        categories: Iterable[str] = (),
        conditions: Iterable[str] = (),
        infer: bool = True,
        exclude: Iterable[str] = (),
    ) -> ProductProfile:
        """A profile from what the user gave plus (when `infer`) what follows from it."""
        found: list[Inference] = [
            _inference(kind, c, ("given by the user", "利用者の指定"), "user")
            for kind, given in (("category", categories), ("condition", conditions))
            for c in given
        ]
        if infer:
            text = nfkc(description or "").lower()
            by_hs, by_keyword = self._from_hs(hs_code), self._from_keywords(text)
            if by_hs:
                found += _consistent(by_hs, by_keyword)
            elif text.strip():
                found += _agree(by_keyword, self._from_embedding(description))
                if not any(i.kind == "category" for i in found):
                    found += self._from_suggested_hs(description)
            found += self._implied(found)
        dropped = set(exclude)
        found = [i for i in found if i.source == "user" or i.value not in dropped]
        categories = _unique(i.value for i in found if i.kind == "category")
        unclear = not categories and not hs_code
        return ProductProfile(
            description=description,
            hs_code=hs_code,
            categories=categories,
            conditions=_unique(i.value for i in found if i.kind == "condition"),
            inferred=_dedupe(found),
            uncertain=["category"] if unclear else [],
            question=_QUESTION if unclear else None,
        )

    def _from_hs(self, hs_code: str | None) -> list[Inference]:
        if not hs_code:
            return []
        out: list[Inference] = []
        for kind, table in (("category", rules.HS_CATEGORIES), ("condition", rules.HS_CONDITIONS)):
            match = _longest(hs_code, table)
            if match:
                prefix, values = match
                out += [
                    _inference(kind, v, (f"HS {prefix}", f"HSコード {prefix}"), "hs_code")
                    for v in values
                ]
        return out

    def _from_keywords(self, text: str) -> list[Inference]:
        out: list[Inference] = []
        for kind, table in (("category", _CATEGORY_KW), ("condition", _CONDITION_KW)):
            for pattern, word, values in table:
                if pattern.search(text):
                    out += [
                        _inference(
                            kind, v, (f"keyword '{word}'", f"キーワード「{word}」"), "keyword"
                        )
                        for v in values
                    ]
        return out

    def _from_suggested_hs(self, description: str) -> list[Inference]:
        """Categories of the suggested HS codes: the top one's when most of the words
        support it, else those most of the top five agree on (the kind of goods is often
        clear when the subheading is not)."""
        if self._hs_guesser is None:
            return []
        suggestions = self._hs_guesser.suggest(description, k=_AGREE_OF)
        values = _confident_categories(suggestions) or _agreed_categories(suggestions)
        if not values:
            return []
        top = next(s for s in suggestions if set(_hs_categories(s.code)) & set(values))
        reason = f"HS {top.code} ({top.description}) suggested from the description"
        reason_ja = f"製品の説明から推定したHSコード {top.code}"
        return [_inference("category", v, (reason, reason_ja), "hs_suggestion") for v in values]

    def _from_embedding(self, description: str) -> list[Inference]:
        """The categories of the nearest example products, when they are clearly the closest."""
        if self._exemplars is None:
            return []
        match = self._exemplars.classify(description)
        if match is None:
            return []
        reason = f"close in meaning to '{match.example}' (similarity {match.similarity:.2f})"
        reason_ja = f"製品例「{match.example}」に意味が近い（類似度 {match.similarity:.2f}）"
        return [
            _inference("category", v, (reason, reason_ja), "embedding") for v in match.categories
        ]

    @staticmethod
    def _implied(found: list[Inference]) -> list[Inference]:
        out: list[Inference] = []
        for inf in list(found):
            table = rules.IMPLIED if inf.kind == "category" else rules.CONDITION_CATEGORIES
            out += [
                Inference(
                    kind="category",
                    value=extra,
                    reason=f"implied by {inf.value}",
                    reason_ja=f"「{kind_of_goods(inf.value, 'ja', inf.kind)}」から",
                    source=inf.source,
                )
                for extra in table.get(inf.value, ())
            ]
        return out


def _confident_categories(
    suggestions: list[HsSuggestion], min_coverage: float = 0.5
) -> tuple[str, ...]:
    """The top suggestion's categories, when most of the description's words support it.

    One shared word ("desk" in "desk lamp" and "desk fan") is no evidence of the kind of goods.
    """
    if not suggestions or suggestions[0].coverage <= min_coverage:
        return ()
    return _hs_categories(suggestions[0].code)


def _hs_categories(code: str) -> tuple[str, ...]:
    match = _longest(code, rules.HS_CATEGORIES)
    return match[1] if match else ()


_AGREE_OF, _AGREE_MIN = 5, 3  # of the top five suggestions, three must share a category


def _agreed_categories(suggestions: list[HsSuggestion]) -> tuple[str, ...]:
    """Categories that at least three of the top five suggested codes map to, counting
    only codes that share a word with the description (a code reached through its
    chapter alone, as "desk" reaches fans, is no evidence)."""
    counts: dict[str, int] = {}
    for s in suggestions[:_AGREE_OF]:
        for value in _hs_categories(s.code) if s.coverage > 0 else ():
            counts[value] = counts.get(value, 0) + 1
    return tuple(v for v, n in counts.items() if n >= _AGREE_MIN)


def _agree(by_keyword: list[Inference], by_meaning: list[Inference]) -> list[Inference]:
    """Keywords and the nearest example products together; the examples win a conflict.

    A keyword sees one word ("rice" in "porcelain rice bowl", "food" in "cling film for food");
    the nearest examples see the whole name. When they share no category, the name wins.
    """
    keyword_cats = {i.value for i in by_keyword if i.kind == "category"}
    meaning_cats = {i.value for i in by_meaning}
    if keyword_cats and meaning_cats and not keyword_cats & meaning_cats:
        return [i for i in by_keyword if i.kind == "condition"] + by_meaning
    return by_keyword + by_meaning


def _consistent(by_hs: list[Inference], by_keyword: list[Inference]) -> list[Inference]:
    """HS inferences, plus keyword ones that do not contradict the kind of goods the HS says."""
    kinds = {rules.KINDS[i.value] for i in by_hs if i.kind == "category" and i.value in rules.KINDS}
    if not kinds:
        return by_hs + by_keyword
    kept = [
        i for i in by_keyword if i.kind == "condition" or rules.KINDS.get(i.value) in (None, *kinds)
    ]
    return by_hs + kept


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _dedupe(found: list[Inference]) -> list[Inference]:
    seen: set[tuple[str, str]] = set()
    out: list[Inference] = []
    for inf in found:
        if (inf.kind, inf.value) not in seen:
            seen.add((inf.kind, inf.value))
            out.append(inf)
    return out
