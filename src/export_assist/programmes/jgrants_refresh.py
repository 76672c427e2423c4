"""From jGrants subsidies to catalogue changes: what changed in records we already hold,
and export-related subsidies to add as new records (always marked for review)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import yaml
from pydantic import ValidationError

from export_assist.domain.programmes import Benefit, Eligibility, Programme, ProgrammeSource, Window
from export_assist.programmes.jgrants import API_DOCS, JGrantsSubsidy

# Words that make a jGrants subsidy export-related (title, catch phrase, detail, purposes).
EXPORT_WORDS = ("輸出", "海外", "販路開拓", "越境", "インバウンド")
# jGrants use purposes (its own wording) → our activities.
PURPOSE_ACTIVITIES: dict[str, tuple[str, ...]] = {
    "販路拡大・海外展開をしたい": ("market_research", "trade_fair", "business_matching"),
    "新たな事業を行いたい": ("product_development",),
    "設備整備・IT導入をしたい": ("product_development",),
    "研究開発・実証事業を行いたい": ("product_development",),
    "人材育成を行いたい": ("training",),
    "資金繰りを改善したい": ("financing",),
}


@dataclass(frozen=True)
class Change:
    """One field of a catalogue record that jGrants now states differently."""

    programme_id: str
    field: str
    ours: object
    jgrants: object


@dataclass
class RefreshResult:
    """What a saved jGrants response means for the catalogue."""

    changes: list[Change] = field(default_factory=list)
    added: list[Programme] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (jGrants id, why)


def _is_export_related(s: JGrantsSubsidy) -> bool:
    text = " ".join(x or "" for x in (s.title, s.subsidy_catch_phrase, s.detail, s.use_purpose))
    return any(word in text for word in EXPORT_WORDS)


def _changes(p: Programme, s: JGrantsSubsidy) -> list[Change]:
    found: list[Change] = []
    if s.closes and s.closes != p.window.closes:
        found.append(Change(p.id, "window.closes", p.window.closes, s.closes))
    if s.opens and s.opens != p.window.opens:
        found.append(Change(p.id, "window.opens", p.window.opens, s.opens))
    cap = s.subsidy_max_limit if s.subsidy_max_limit and s.subsidy_max_limit > 0 else None
    if cap and cap != p.benefit.cap_jpy:
        found.append(Change(p.id, "benefit.cap_jpy", p.benefit.cap_jpy, cap))
    if s.subsidy_rate and s.subsidy_rate != p.benefit.subsidy_rate:
        found.append(Change(p.id, "benefit.subsidy_rate", p.benefit.subsidy_rate, s.subsidy_rate))
    return found


def _activities(s: JGrantsSubsidy) -> list[str]:
    acts: list[str] = []
    for purpose in s.purposes:
        acts += [a for a in PURPOSE_ACTIVITIES.get(purpose, ()) if a not in acts]
    return acts or ["market_research"]


def _record(s: JGrantsSubsidy, today: dt.date) -> Programme:
    """A new, review-marked record; only what jGrants states, in plain sentences."""
    who = s.institution_name or "実施機関はjGrantsに記載なし"
    other_areas = [a for a in s.area_names if a not in s.areas]
    asks_ja = [f"対象地域: {a}" for a in other_areas]
    asks_en = [f"Target area (as listed): {a}" for a in other_areas]
    if s.employee_limit:
        asks_ja.append(f"従業員数の条件: {s.employee_limit}")
        asks_en.append(f"Employee condition (as listed): {s.employee_limit}")
    cap = s.subsidy_max_limit if s.subsidy_max_limit and s.subsidy_max_limit > 0 else None
    return Programme.model_validate(
        {
            "id": f"jgrants-{s.id.lower()}",
            "official_name": s.title,
            "name_en": f"jGrants subsidy {s.name or s.id} (title in Japanese only)",
            "operator": "prefecture" if len(s.areas) == 1 else "other",
            "operator_name": who,
            "url": s.page,
            "summary_ja": f"jGrantsに掲載された補助金「{s.title}」。内容は公式ページで確認する。",
            "summary_en": "A subsidy listed on jGrants; read its official page for the details.",
            "benefit": Benefit(
                kind="subsidy",
                summary_ja="経費の一部を補助（jGrantsの記載による）",
                summary_en="Part of the costs (as listed on jGrants)",
                subsidy_rate=s.subsidy_rate or None,
                cap_jpy=cap,
            ),
            "activities": _activities(s),
            "eligibility": Eligibility(
                prefectures=s.areas, conditions_ja=asks_ja, conditions_en=asks_en
            ),
            "window": Window(
                kind="call",
                opens=s.opens,
                closes=s.closes,
                note_ja="jGrantsの受付期間による",
                note_en="Application period as listed on jGrants",
            ),
            "how_to_apply_ja": "jGrantsの掲載ページで公募要領を確認し、jGrantsから電子申請する。",
            "how_to_apply_en": "Read the call on its jGrants page and apply online through jGrants.",
            "sources": [
                ProgrammeSource(title=s.title, url=s.page, publisher="jGrants（デジタル庁）"),
                ProgrammeSource(
                    title="Jグランツ APIドキュメント", url=API_DOCS, publisher="デジタル庁"
                ),
            ],
            "verified_on": today,
            "volatile": True,
            "review_status": "needs_review",
            "review_notes": (
                f"Added automatically from a jGrants response on {today}; summary, "
                "eligibility and activities still need a person to read the call."
            ),
            "jgrants_id": s.id,
        }
    )


def refresh(
    catalogue: list[Programme], subsidies: list[JGrantsSubsidy], today: dt.date
) -> RefreshResult:
    """Changes to records we hold (by jgrants_id) and new export-related open subsidies."""
    held = {p.jgrants_id: p for p in catalogue if p.jgrants_id}
    urls = {p.url for p in catalogue}
    out = RefreshResult()
    for s in subsidies:
        if s.id in held:
            out.changes += _changes(held[s.id], s)
        elif s.closes and s.closes < today:
            out.skipped.append((s.id, f"{s.closes} に締切済み"))  # never propose a passed call
        elif not _is_export_related(s):
            out.skipped.append((s.id, "輸出に関する補助金ではない"))
        elif s.page in urls:
            out.skipped.append((s.id, "同じページの記録がすでにある"))
        else:
            try:
                out.added.append(_record(s, today))
            except ValidationError as exc:  # e.g. a title too short to be a name
                out.skipped.append((s.id, f"記録にできない（{exc.errors()[0]['msg']}）"))
    return out


HEADER = """\
# Generated by `export-assist programmes refresh --from FILE --write` from saved jGrants
# responses; replaced on every run (edit the curated files, not this one). Every record
# here is marked needs_review until a person has read its call.
"""


def to_yaml(programmes: list[Programme]) -> str:
    """The records as a catalogue file (a YAML list), with the generated-file header."""
    rows = [p.model_dump(mode="json", exclude_none=True) for p in programmes]
    body = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False) if rows else "[]\n"
    return HEADER + body
