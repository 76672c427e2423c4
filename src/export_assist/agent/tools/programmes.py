"""Programme tool: 「使える補助金は？」 — support programmes that fit the exporter, each with
the rules it meets, the questions still open, the deadline and its official source."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.answering import labels
from export_assist.domain.citations import Citation
from export_assist.domain.programmes import Programme
from export_assist.programmes.asked import asked_kinds
from export_assist.programmes.matching import Lang, MatchResult, ProgrammeMatch
from export_assist.programmes.named import Named, named_in
from export_assist.programmes.named_answer import named_lines
from export_assist.programmes.profile import ExporterProfile
from export_assist.programmes.service import ProgrammeService
from export_assist.programmes.text_profile import profile_from_text
from export_assist.programmes.unknown_slots import unknown_line, unknown_slots


class ProgrammeArgs(BaseModel):
    """Arguments of find_programmes; what is not given is read from the question or asked."""

    question: str = Field(min_length=1, max_length=2000, description="The user's message")
    markets: list[str] = Field(default_factory=list, max_length=10, description="ISO codes")
    prefecture: str | None = Field(default=None, description="都道府県名, e.g. 静岡県")
    sector: str | None = Field(default=None, description="food, alcohol, machinery, crafts, ...")
    company_size: str | None = Field(default=None, description="micro, small, medium or large")
    activities: list[str] = Field(
        default_factory=list, description="trade_fair, business_matching, financing, insurance, ..."
    )
    limit: int = Field(default=5, ge=1, le=10)


def _citation(m: ProgrammeMatch) -> Citation:
    c = m.citation
    return Citation(
        doc_id=f"programme:{m.id}", title=m.official_name, source_url=c.url,
        source_title=c.title, publisher=c.publisher, verified_on=c.verified_on,
        review_status=c.review_status,
    )  # fmt: skip


MISSING = {
    "prefecture": ("本社のある都道府県", "the prefecture of your head office"),
    "sector": ("業種と主な商品", "your sector and main product"),
    "company_size": ("会社の規模（資本金・従業員数）", "your company size (capital, employees)"),
    "planned_activities": (
        "やりたいこと（展示会出展、商談、融資、貿易保険など）",
        "what you plan (trade fair, buyer meetings, a loan, credit insurance, ...)",
    ),
}


# The words by which a programme's own question asks for a slot the generic list asks for
# too (trial T28: 「会社の規模（資本金・従業員数）」 beside 「資本金と常時従業員数を教えてください」).
SLOT_WORDS = {
    "prefecture": ("都道府県", "prefecture"),
    "sector": ("業種", "sector"),
    "company_size": ("資本金", "capital"),
}


def _missing(profile: ExporterProfile, ja: bool, asked: Sequence[str] = ()) -> list[str]:
    """What the message did not say that would narrow the list most, less what a
    programme's own question (`asked`) already asks."""
    empty = {
        "prefecture": not profile.prefecture,
        "sector": not profile.sector and not profile.hs_codes,
        # the size is known from any of the three (「従業員10人」 says it: trial W1)
        "company_size": not profile.company_size
        and profile.capital_jpy is None
        and profile.employees is None,
        "planned_activities": not profile.planned_activities,
    }
    said = " ".join(asked).lower()
    for key, words in SLOT_WORDS.items():
        if any(w in said for w in words):
            empty[key] = False
    return [MISSING[k][0 if ja else 1] for k, gap in empty.items() if gap]


def _line(m: ProgrammeMatch, ja: bool) -> str:
    soon = (" ⚠締切間近" if ja else " ⚠ deadline soon") if m.deadline_soon else ""
    when = f"{'締切' if ja else 'deadline'} {m.deadline}" if m.deadline else m.window
    who = f"（{m.operator}）" if ja else f" ({m.operator})"
    return f"- {m.name}{who}: {m.benefit} / {when}{soon}"


class FindProgrammes:
    """find_programmes: ranked programmes for what the exporter said, with open questions."""

    def __init__(self, programmes: ProgrammeService) -> None:
        self._programmes = programmes

    def __call__(self, ctx: TurnContext, args: ProgrammeArgs) -> ToolResult:
        """Match the profile read from the question (and the arguments) to the catalogue."""
        hints = profile_from_text(args.question, [m.upper() for m in args.markets])
        given = {
            "prefecture": args.prefecture, "sector": args.sector, "company_size": args.company_size,
            "planned_activities": args.activities or None,
        }  # fmt: skip
        profile = hints.model_copy(update={k: v for k, v in given.items() if v})
        profile = type(profile).model_validate(profile.model_dump())  # aliases and checks apply
        ja = ctx.language == "ja"
        lang: Lang = "ja" if ja else "en"
        asked = asked_kinds(args.question)  # 「工場の改修に使える補助」: that kind first
        result = self._programmes.match(profile, lang=lang, limit=args.limit, asked=asked)
        named = named_in(args.question, self._programmes.catalogue.programmes)
        if named:  # 「ものづくり補助金で展示会の費用は出せますか？」 asks about that programme
            return self._named(named, profile, result, lang, args.question)
        head = (
            f"条件に合う支援策が{len(result.matches)}件あります（{result.today}時点）。"
            if ja
            else f"{len(result.matches)} programme(s) fit (as of {result.today})."
        )
        lines = [head, *(_line(m, ja) for m in result.matches)]
        asks = _missing(profile, ja, result.questions) + result.questions
        if asks:
            lines.append("絞り込むために教えてください:" if ja else "To narrow this down, tell me:")
            lines += [f"- {q}" for q in asks[:4]]
        return _result(lines, [_citation(m) for m in result.matches], result)

    def _named(
        self, named: Named, profile: ExporterProfile, result: MatchResult, lang: Lang, asked: str
    ) -> ToolResult:
        """The named programme(s) first; other programmes only for an activity they do not
        serve; a programme the catalogue lacks, or a deadline or rate it does not hold for
        the current call, is said so and handed to an advisor."""
        answer = named_lines(named, profile, result, lang, self._programmes.catalogue.programmes)
        others = [m for m in result.matches if m.id in answer.list_ids]
        lines = [*answer.lines, *(_line(m, lang == "ja") for m in others)]
        gaps = unknown_slots(asked, named.programmes, result.today)
        if gaps:
            lines.append(unknown_line(gaps, lang == "ja"))
        handed = (bool(named.unknown) and not named.programmes) or bool(gaps)
        if handed:
            lines += ["", labels.t(lang, "escalated")]
        cited = [_programme_citation(p) for p in answer.cited] + [_citation(m) for m in others]
        return _result(lines, cited, result, weak=handed)


def _programme_citation(p: Programme) -> Citation:
    src = p.sources[0]
    return Citation(
        doc_id=f"programme:{p.id}", title=p.official_name, source_url=src.url,
        source_title=src.title, publisher=src.publisher, verified_on=p.verified_on,
        review_status=p.review_status,
    )  # fmt: skip


def _result(
    lines: list[str], cited: list[Citation], result: MatchResult, weak: bool = False
) -> ToolResult:
    return ToolResult(
        text="\n".join(lines),
        citations=cited,
        payload=StructuredPayload(kind="programmes", data=result.model_dump(mode="json")),
        weak=weak,
    )


def programmes_tool(programmes: ProgrammeService) -> Tool:
    """The find_programmes tool over the programme service."""
    return Tool("find_programmes", ProgrammeArgs, FindProgrammes(programmes))
