"""FEFTA questionnaire: says what to check and with whom; it is not a legal classification."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from export_assist.compliance.evidence import EvidenceFinder
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.citations import Citation
from export_assist.geo import normalize_country

Answer = Literal["yes", "no", "unknown"]
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

    @field_validator("destination")
    @classmethod
    def _dest(cls, value: str) -> str:
        try:
            return normalize_country(value)
        except Exception as exc:
            raise ValueError(str(exc)) from exc


class ExportControlFlag(BaseModel):
    """Something to check, with whom, why, and where it is written."""

    check: Literal["list_control", "catch_all", "sanctions"]
    what: str
    with_whom: str
    why: str
    citations: list[Citation] = Field(default_factory=list)


class ExportControlResult(BaseModel):
    """The flags raised; an empty list still recommends keeping the classification record."""

    destination: str
    flags: list[ExportControlFlag]
    disclaimer: str = (
        "This questionnaire says what to check; it is not a legal classification. "
        "The exporter is responsible for classification (該非判定) and licensing."
    )


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
    """Raise the sanctions, list-control and catch-all flags that the answers call for."""
    evidence = evidence or EVIDENCE
    flags = [
        f
        for f in (_sanctions_flag(answers), _list_flag(answers), _catch_all_flag(answers))
        if f is not None
    ]
    if finder is not None:
        for flag in flags:
            hits = finder.find(flag.what, evidence[flag.check], k=2)
            flag.citations = [h.citation for h in hits]
    return ExportControlResult(destination=answers.destination, flags=flags)


def _sanctions_flag(a: ExportControlAnswers) -> ExportControlFlag | None:
    # An SME asking about machine tools for Russia must hear of the ban first, not only
    # of classification and catch-all (seen in the s5 user trial).
    if a.destination not in SANCTIONED:
        return None
    return ExportControlFlag(
        check="sanctions",
        what="Japan bans exports to this destination under FEFTA sanctions (an export "
        "approval under Article 48(3) that is not granted) for the goods METI lists, beyond "
        "list control and catch-all; for Russia and Belarus the measures began on 18 March "
        "2022 and have been extended repeatedly (machine tools, dual-use goods, luxury goods "
        "and more). Check the item "
        "against METI's current notices before any offer, also for shipments through third "
        "countries.",
        with_whom="METI Trade Licensing Division (貿易審査課)",
        why=f"{a.destination} is under Japan's export sanctions (Russia, Belarus, North "
        "Korea, Iran)",
    )


def _list_flag(a: ExportControlAnswers) -> ExportControlFlag | None:
    dual_use = bool(set(a.categories) & DUAL_USE_CATEGORIES)
    if a.listed_item == "no" and not dual_use:
        return None
    why = (
        "you said the item is listed"
        if a.listed_item == "yes"
        else "the product's category often contains listed items (machinery, electronics, chemicals)"
        if dual_use
        else "you have not yet confirmed the item is outside Appended Table 1"
    )
    return ExportControlFlag(
        check="list_control",
        what="Classify the goods against Export Trade Control Order Appended Table 1 "
        "(該非判定) and keep the classification sheet; a listed item needs a METI licence "
        "for every destination.",
        with_whom="The manufacturer (for its 該非判定書 / parameter sheet); METI Security "
        "Export Control Policy Division for licences",
        why=why,
    )


def _catch_all_flag(a: ExportControlAnswers) -> ExportControlFlag | None:
    if not _catch_all(a):
        return None
    return ExportControlFlag(
        check="catch_all",
        what="Check the end user and end use (METI End User List, the buyer's business, "
        "the use stated in the contract); if there is WMD or military concern, apply "
        "for a licence before export.",
        with_whom="METI Security Export Control Policy Division (事前相談)",
        why=_catch_all_reason(a),
    )


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
        return "METI informed you (inform requirement)"
    if a.military_or_wmd_use == "yes":
        return "you know of a military or WMD use"
    if a.destination in ARMS_EMBARGO:
        return f"{a.destination} is an arms-embargo destination (Appended Table 3-2)"
    return (
        f"{a.destination} is not a Group A destination and the end user/use is not confirmed clear"
    )
