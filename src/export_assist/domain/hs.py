"""HS code suggestions and the clarifying question that decides between them."""

from __future__ import annotations

from pydantic import BaseModel, Field

# how a suggestion's reason starts when no word of the product occurs in the code's texts
NO_WORD_MATCHED = "closest by meaning"


class HsSuggestion(BaseModel):
    """A 6-digit HS code suggested for a product description."""

    code: str
    description: str
    description_ja: str = Field(default="", description="The description in Japanese, if known")
    score: float
    reason: str
    reason_ja: str = Field(
        default="", description="The reason in Japanese (the product's matched words, the heading)"
    )
    coverage: float = Field(
        default=0.0, description="Share of the description's words found in the code's text"
    )
    confidence: float | None = Field(
        default=None,
        description="Calibrated probability that this is the expert's 6-digit code "
        "(measured per confidence bucket on the tuning split; None when not calibrated)",
    )


class HsQuestion(BaseModel):
    """One clarifying question: the best candidates differ on exactly this attribute."""

    attribute: str = Field(
        description=(
            "material | use | form | kind (a family word such as 工作機械) | feature (the words"
            " of the nomenclature that tell sibling subheadings apart, e.g. enamelled)"
        )
    )
    question_en: str
    question_ja: str
    options: list[str] = Field(
        description="The values the candidates differ on (nomenclature words)"
    )
    codes: list[str] = Field(description="The candidate codes the answer decides between")
