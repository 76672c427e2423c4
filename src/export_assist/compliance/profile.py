"""Product -> categories and conditions: from the HS code, the head of the name and other
keywords, the nearest example products and the suggested HS codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from export_assist.compliance import rules
from export_assist.compliance.exemplars import ExemplarClassifier
from export_assist.compliance.export_labels import kind_of_goods, kinds_line
from export_assist.compliance.profile_combine import (
    AGREE_OF,
    agree,
    agreed_categories,
    confident_categories,
    consistent,
    dedupe,
    fitting,
    hs_categories,
    kinds_in,
    kinds_or_goods,
    longest,
    overrule,
    unique,
)
from export_assist.compliance.profile_keywords import (
    KeywordReading,
    inference,
    kind_of,
    read_keywords,
)
from export_assist.domain.compliance import Inference, ProductProfile, ProfileQuestion
from export_assist.domain.hs import HsSuggestion
from export_assist.retrieval.embeddings import Embedder
from export_assist.retrieval.normalize import nfkc

__all__ = ["HsGuesser", "ProfileBuilder", "agree"]


class HsGuesser(Protocol):
    """Anything that suggests HS codes for a description (the HS suggester)."""

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]: ...


# Asked when nothing tells what the product is; the options are the categories that
# decide most requirements.
_QUESTION = ProfileQuestion(
    ja="製品の種類を教えてください（例: 食品、飲料・酒類、化粧品、電気製品、機械、繊維製品、"
    "日用品、植物）。HSコードが分かればそれでも結構です。",
    en="What kind of product is it (e.g. food, beverages/alcohol, cosmetics, electrical "
    "appliance, machinery, textiles, household goods, plants)? An HS code works too.",
    options=[
        "food",
        "beverages",
        "cosmetics",
        "electronics",
        "machinery",
        "textiles",
        "household",
        "plants",
    ],
)


def _doubt_question(chosen: list[str], other: list[str]) -> ProfileQuestion:
    """Asked when two readings of the name disagree on the kind of goods, or when the one
    reading is a guess (`other` empty)."""
    a_ja, b_ja = kinds_line(chosen, "ja"), kinds_line(other, "ja")
    a_en, b_en = kinds_line(chosen, "en"), kinds_line(other, "en")
    if not other:
        return ProfileQuestion(
            ja=f"製品の種類を確認させてください。製品名から「{a_ja}」と推定して要件を挙げましたが、"
            "確かではありません。" + _QUESTION.ja,
            en=f"Please confirm the kind of product: I guessed {a_en} from the name and listed "
            "its requirements, but I am not sure. " + _QUESTION.en,
            options=unique([*chosen, *_QUESTION.options]),
        )
    return ProfileQuestion(
        ja=f"製品の種類を確認させてください。「{a_ja}」として要件を挙げましたが、"
        f"「{b_ja}」でしょうか？ HSコードが分かればそれでも結構です。",
        en=f"Please confirm the kind of product: I listed the requirements for {a_en}; "
        f"or is it {b_en}? An HS code works too.",
        options=unique([*chosen, *other]),
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

    def warm(self) -> None:
        """Embed the product-kind exemplars now (serve's warm-up; a no-op without them)."""
        if self._exemplars is not None:
            self._exemplars.warm()

    @property
    def exemplars_ready(self) -> bool:
        """Whether the exemplars are embedded (or there are none to embed)."""
        return self._exemplars is None or self._exemplars.ready

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
            inference(kind, c, ("given by the user", "利用者の指定"), "user")
            for kind, given in (("category", categories), ("condition", conditions))
            for c in given
        ]
        doubt: list[str] | None = None  # another reading's categories ([]: only unsure)
        if infer:
            text = nfkc(description or "").lower()
            by_hs = self._from_hs(hs_code)
            if by_hs:
                found += consistent(by_hs, read_keywords(text).inferences)
            elif text.strip():
                inferred, doubt = self._from_name(description, read_keywords(text))
                found += inferred
            found += self._implied(found)
        dropped = set(exclude)
        found = [i for i in found if i.source == "user" or i.value not in dropped]
        categories = unique(i.value for i in found if i.kind == "category")
        question = _QUESTION if not categories and not hs_code else None
        given = any(i.source == "user" and i.kind == "category" for i in found)
        if doubt is not None and categories and not given:  # only the name spoke, unsure
            question = _doubt_question(_kind_bearing(categories), doubt)
        return ProductProfile(
            description=description,
            hs_code=hs_code,
            categories=categories,
            conditions=unique(i.value for i in found if i.kind == "condition"),
            inferred=dedupe(found),
            uncertain=["category"] if question else [],
            question=question,
        )

    def _from_name(
        self, description: str, reading: KeywordReading
    ) -> tuple[list[Inference], list[str] | None]:
        """Inferences from the name alone, and, when they are unsure (the user is asked),
        the categories of a reading that disagrees with them ([] when none does)."""
        # the examples may not bring back a kind the name's own words ruled out
        by_meaning = _not_of(self._from_embedding(description), reading.refuted)
        if reading.head:  # the head says the kind; the examples add only what fits it
            return reading.inferences + fitting(by_meaning, reading.head_kinds), None
        found = agree(reading.inferences, by_meaning)
        if not any(i.kind == "category" for i in found):
            by_hs, sure = self._from_suggested_hs(description)
            # codes that only share a word each ("static" converters) are a guess: ask
            return found + by_hs, None if sure or not by_hs else []
        keyword_kinds = kinds_in(reading.inferences)
        if not keyword_kinds:
            return found, None
        suggested, sure = self._from_suggested_hs(description)
        by_hs = _not_of(suggested, reading.refuted)
        # one keyword of another kind against the codes: the codes win, when they are sure
        # (「青汁 粉末 30包」: '30' matched knitted fabric "not exceeding 30 cm" in the full
        # nomenclature; five textile codes that agree are no reason to drop 青汁)
        if not by_meaning:
            ruled = overrule(reading.inferences, by_hs) if sure else None
            return (ruled, None) if ruled is not None else (found, None)
        meaning_kinds, hs_kinds = kinds_or_goods(by_meaning), kinds_or_goods(by_hs)
        if keyword_kinds & meaning_kinds or not hs_kinds or hs_kinds & meaning_kinds:
            return found, None
        # the examples overruled a keyword, and the HS codes side with the keyword
        return found, [i.value for i in reading.inferences if i.kind == "category"]

    def _from_hs(self, hs_code: str | None) -> list[Inference]:
        if not hs_code:
            return []
        out: list[Inference] = []
        for kind, table in (("category", rules.HS_CATEGORIES), ("condition", rules.HS_CONDITIONS)):
            match = longest(hs_code, table)
            if match:
                prefix, values = match
                out += [
                    inference(kind, v, (f"HS {prefix}", f"HSコード {prefix}"), "hs_code")
                    for v in values
                ]
        return out

    def _from_suggested_hs(self, description: str) -> tuple[list[Inference], bool]:
        """Categories of the suggested HS codes: the top one's when most of the words
        support it (sure), else those most of the top five agree on (the kind of goods is
        often clear when the subheading is not; not sure)."""
        if self._hs_guesser is None:
            return [], False
        suggestions = self._hs_guesser.suggest(description, k=AGREE_OF)
        sure = confident_categories(suggestions)
        values = sure or agreed_categories(suggestions)
        if not values:
            return [], False
        top = next(s for s in suggestions if set(hs_categories(s.code)) & set(values))
        reason = f"HS {top.code} ({top.description}) suggested from the description"
        reason_ja = f"製品の説明から推定したHSコード {top.code}"
        found = [inference("category", v, (reason, reason_ja), "hs_suggestion") for v in values]
        return found, bool(sure)

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
            inference("category", v, (reason, reason_ja), "embedding") for v in match.categories
        ]

    @staticmethod
    def _implied(found: list[Inference]) -> list[Inference]:
        out: list[Inference] = []
        for inf in list(found):
            tables = (
                (("category", rules.IMPLIED), ("condition", rules.CATEGORY_CONDITIONS))
                if inf.kind == "category"
                else (("category", rules.CONDITION_CATEGORIES),)
            )
            out += [
                Inference(
                    kind=kind,  # type: ignore[arg-type]
                    value=extra,
                    reason=f"implied by {inf.value}",
                    reason_ja=f"「{kind_of_goods(inf.value, 'ja', inf.kind)}」から",
                    source=inf.source,
                )
                for kind, table in tables
                for extra in table.get(inf.value, ())
            ]
        return out


def _not_of(found: list[Inference], refuted: set[str]) -> list[Inference]:
    """Inferences whose kind of goods is not among the refuted ones."""
    return [i for i in found if kind_of(i.value) not in refuted] if refuted else found


def _kind_bearing(categories: list[str]) -> list[str]:
    """The categories that say a kind of goods (food, textiles), else all of them."""
    return [c for c in categories if c in rules.KINDS] or categories
