"""The answer about a programme the exporter named: what it is for, what it gives, when and
how to apply, whether the activity they asked about is among what it serves, and whether
they qualify; a named programme the catalogue lacks is said to be missing (never guessed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from export_assist.domain.programmes import Programme
from export_assist.programmes.matching import Lang, MatchResult, match_programmes
from export_assist.programmes.named import Named
from export_assist.programmes.operator_names import operator_in
from export_assist.programmes.prefill import ACTIVITY_JA
from export_assist.programmes.profile import ExporterProfile

# Words that say nothing about what a programme funds (「相談」「規制」 in any question).
_NOT_ACTIVITIES = {"consulting", "regulation_check"}
_ACTIVITY_EN = {
    "trade_fair": "trade fairs abroad", "business_matching": "buyer meetings",
    "market_research": "market research", "ecommerce": "cross-border e-commerce",
    "product_development": "product development", "branding": "branding",
    "certification": "certification", "financing": "financing",
    "insurance": "export credit insurance", "overseas_office": "an office abroad",
    "invite_buyers": "inviting foreign buyers", "training": "training",
    "ip_protection": "IP protection abroad",
}  # fmt: skip


@dataclass
class NamedAnswer:
    """Lines of the answer, the programmes it cites, and which ranked ones to list after it."""

    lines: list[str]
    cited: list[Programme] = field(default_factory=list)
    list_ids: list[str] = field(default_factory=list)


def _activity(a: str, ja: bool) -> str:
    return ACTIVITY_JA.get(a, a) if ja else _ACTIVITY_EN.get(a, a)


def _about(p: Programme, profile: ExporterProfile, result: MatchResult, ja: bool) -> list[str]:
    lang: Lang = "ja" if ja else "en"
    one = match_programmes([p], profile, result.today, lang=lang, related_only=False)
    operator = operator_in(p.operator_name, lang)
    name = p.official_name if ja else p.name_en
    head = f"「{name}」（{operator}）について:" if ja else f"About {name} ({operator}):"
    window = p.window.note_ja if ja else p.window.note_en
    if p.window.closes:
        window = f"{'締切' if ja else 'deadline'} {p.window.closes}" + (
            f"（{window}）" if window else ""
        )
    rows = [
        ("内容", "What it is", p.summary_ja if ja else p.summary_en),
        ("支援", "What it gives", p.benefit.summary_ja if ja else p.benefit.summary_en),
        ("募集", "When", window),
        ("申請", "How to apply", p.how_to_apply_ja if ja else p.how_to_apply_en),
    ]
    lines = [head] + [f"・{j if ja else e}: {text}" for j, e, text in rows if text]
    if one.excluded:
        why = one.excluded[0].reason
        lines.append(f"・注意: {why}" if ja else f"・Note: {why}")
    if p.review_status == "needs_review":
        lines.append(
            "・この制度の情報には未確認の点があります。最新の情報を公式サイトで確認してください。"
            if ja
            else "・Some details of this programme are unconfirmed: check the official site for "
            "the current details."
        )
    return lines


def _fit(p: Programme, asked: Sequence[str], ja: bool) -> tuple[str, list[str]]:
    """A sentence on the asked activities, and those the programme does not serve."""
    served = [a for a in asked if a in p.activities]
    missing = [a for a in asked if a not in p.activities]
    sep = "・" if ja else ", "
    if missing:
        what = sep.join(_activity(a, ja) for a in missing)
        return (
            f"お尋ねの「{what}」は、この制度が対象とする取り組みとして登録されていません。"
            "対象経費は公募要領で確認してください。"
            if ja
            else f"{what.capitalize()} is not among what this programme is registered to "
            "support; check the eligible costs in the call's guidelines.",
            missing,
        )
    what = sep.join(_activity(a, ja) for a in served)
    return (
        f"お尋ねの「{what}」は、この制度が対象とする取り組みです（対象経費の細部は公募要領で確認してください）。"
        if ja
        else f"{what.capitalize()} is among what this programme supports (check the eligible "
        "costs in the call's guidelines).",
        [],
    )


def _sector_fits(p: Programme, profile: ExporterProfile) -> bool:
    sectors = p.eligibility.sectors
    return not sectors or (profile.sector is not None and profile.sector in sectors)


def named_lines(
    named: Named,
    profile: ExporterProfile,
    result: MatchResult,
    lang: Lang,
    catalogue: Sequence[Programme],
) -> NamedAnswer:
    """The answer's lines for what the message named (see the module docstring)."""
    ja = lang == "ja"
    asked = [a for a in profile.planned_activities if a not in _NOT_ACTIVITIES]
    answer = NamedAnswer(lines=[], cited=list(named.programmes))
    missing: list[str] = []
    for name in named.unknown:
        answer.lines.append(
            f"「{name}」は、このアシスタントの支援策カタログにまだ登録されていないため、"
            "対象経費や締切などはお答えできません。"
            if ja
            else f"{name} is not in this assistant's programme catalogue yet, so I cannot "
            "say what it covers or when it closes."
        )
    for p in named.programmes:
        answer.lines += _about(p, profile, result, ja)
        if asked:
            sentence, gaps = _fit(p, asked, ja)
            answer.lines.append(sentence)
            missing += [a for a in gaps if a not in missing]
    wanted = missing if named.programmes else asked
    if wanted:
        own = {p.id for p in named.programmes}
        # a sake maker's subsidy is no answer for an exporter whose sector is unknown
        fits = {p.id for p in catalogue if _sector_fits(p, profile)}
        answer.list_ids = [m.id for m in result.matches if m.id not in own and m.id in fits][:3]
        if answer.list_ids:
            what = ("・" if ja else ", ").join(_activity(a, ja) for a in wanted)
            answer.lines.append(
                f"「{what}」に使える支援策（{result.today}時点）:"
                if ja
                else f"Programmes for {what} (as of {result.today}):"
            )
    return answer
