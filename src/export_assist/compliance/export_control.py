"""FEFTA questionnaire: says what to check and with whom; it is not a legal classification."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from export_assist.compliance.evidence import EvidenceFinder
from export_assist.compliance.export_control_text import Language, text
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.citations import Citation
from export_assist.geo import normalize_country

Answer = Literal["yes", "no", "unknown"]
Check = Literal["list_control", "catch_all", "sanctions"]
# Export Trade Control Order, Appended Table 3 ("Group A"): catch-all controls do not
# apply to these destinations (except when informed by METI). Verify against the corpus.
GROUP_A: frozenset[str] = frozenset(
    "AR AU AT BE BG CA CZ DK FI FR DE GR HU IE IT KR LU NL NZ NO PL PT ES SE CH GB US".split()
)
# Appended Table 3-2: UN arms-embargo destinations (conventional-weapons catch-all).
ARMS_EMBARGO: frozenset[str] = frozenset("AF CF CD IQ LB LY KP SO SS SD".split())
# Destinations Japan bans exports to by name under FEFTA sanctions, beyond list control and
# catch-all (regulations/jp/jp-sanctions-export-bans.md): an export approval that is not given.
SANCTIONED: frozenset[str] = frozenset("RU BY KP IR".split())
DUAL_USE_CATEGORIES = {"machinery", "electronics", "chemicals", "radio", "batteries"}
EVIDENCE = {
    "list_control": ["jp-fefta-list-control", "jp-export-control-classification"],
    "catch_all": ["jp-fefta-catch-all-end-user-list"],
    "sanctions": ["jp-sanctions-export-bans"],
}


class ExportControlAnswers(BaseModel):
    """What the exporter knows; 'unknown' is an honest answer and is flagged."""

    destination: str
    product: str = Field(default="", max_length=500)
    categories: list[str] = Field(default_factory=list)
    listed_item: Answer = "unknown"
    end_user_on_list: Answer = "unknown"
    military_or_wmd_use: Answer = "unknown"
    informed_by_meti: Answer = "no"
    language: Language | None = Field(
        default=None, description="Language of the texts (default: Accept-Language, else en)"
    )

    @field_validator("destination")
    @classmethod
    def _dest(cls, value: str) -> str:
        try:
            return normalize_country(value)
        except Exception as exc:
            raise ValueError(str(exc)) from exc


class ExportControlFlag(BaseModel):
    """Something to check, with whom, why, and where it is written."""

    check: Check
    what: str
    with_whom: str
    why: str
    citations: list[Citation] = Field(default_factory=list)


class ExportControlResult(BaseModel):
    """The flags raised; an empty list still recommends keeping the classification record."""

    destination: str
    flags: list[ExportControlFlag]
    disclaimer: str = Field(default_factory=lambda: text("disclaimer"))


def with_product_kinds(
    answers: ExportControlAnswers, profiles: ProfileBuilder
) -> ExportControlAnswers:
    """The answers with the kinds of goods the product is, when only the product was named:
    「NC旋盤」 alone raised no machinery reason (s5 user trial)."""
    if not answers.product.strip() or answers.categories:
        return answers
    profile = profiles.build(answers.product, None)
    return answers.model_copy(update={"categories": list(profile.categories)})


def assess(
    answers: ExportControlAnswers,
    finder: EvidenceFinder | None,
    evidence: dict[str, list[str]] | None = None,
) -> ExportControlResult:
    """Raise the sanctions, list-control and catch-all flags that the answers call for,
    in the answers' language (English unless it is "ja")."""
    evidence = evidence or EVIDENCE
    lang: Language = answers.language or "en"
    raised = (_sanctions_flag, _list_flag, _catch_all_flag)
    flags = [f for f in (make(answers, lang) for make in raised) if f is not None]
    if finder is not None:
        for flag in flags:  # searched with the English wording the corpus is written in
            hits = finder.find(text(f"{flag.check}.what"), evidence[flag.check], k=2)
            flag.citations = [h.citation for h in hits]
    disclaimer = text("disclaimer", lang)
    return ExportControlResult(destination=answers.destination, flags=flags, disclaimer=disclaimer)


def _flag(check: Check, why_key: str, a: ExportControlAnswers, lang: Language) -> ExportControlFlag:
    """A flag's texts in the language."""
    return ExportControlFlag(
        check=check,
        what=text(f"{check}.what", lang),
        with_whom=text(f"{check}.with_whom", lang),
        why=text(why_key, lang, a.destination),
    )


def _sanctions_flag(a: ExportControlAnswers, lang: Language) -> ExportControlFlag | None:
    # An SME asking about machine tools for Russia must hear of the ban first, not only
    # of classification and catch-all (seen in the s5 user trial).
    if a.destination not in SANCTIONED:
        return None
    return _flag("sanctions", "sanctions.why", a, lang)


def _list_flag(a: ExportControlAnswers, lang: Language) -> ExportControlFlag | None:
    dual_use = bool(set(a.categories) & DUAL_USE_CATEGORIES)
    if a.listed_item == "no" and not dual_use:
        return None
    why = "listed" if a.listed_item == "yes" else "dual_use" if dual_use else "unconfirmed"
    return _flag("list_control", f"list_control.why.{why}", a, lang)


def _catch_all_flag(a: ExportControlAnswers, lang: Language) -> ExportControlFlag | None:
    if not _catch_all(a):
        return None
    return _flag("catch_all", f"catch_all.why.{_catch_all_reason(a)}", a, lang)


def _catch_all(a: ExportControlAnswers) -> bool:
    if a.informed_by_meti == "yes" or a.military_or_wmd_use == "yes":
        return True
    if a.destination in GROUP_A:
        return False
    return (
        a.end_user_on_list != "no" or a.military_or_wmd_use != "no" or a.destination in ARMS_EMBARGO
    )


def _catch_all_reason(a: ExportControlAnswers) -> str:
    if a.informed_by_meti == "yes":
        return "informed"
    if a.military_or_wmd_use == "yes":
        return "military"
    if a.destination in ARMS_EMBARGO:
        return "embargo"
    return "not_group_a"
