"""Comparisons in chat: 「アメリカとカナダで抹茶の規制を比較して」 (one product, two markets) or
「抹茶と日本酒をシンガポールに輸出。それぞれの要件を比べて」 (two products, one market) get the
two checklists side by side — what differs by topic, then what both share — instead of
one passage answer about one side (trial A21)."""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass

from export_assist.agent.events import Event, ToolCall, ToolDone, tokens
from export_assist.agent.tools.registry import ToolRegistry
from export_assist.agent.turn import Answer, TurnContext
from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.understand import Question, has_any, products
from export_assist.compliance.export_labels import ExportLang, Labels
from export_assist.domain.compliance import Checklist
from export_assist.geo import EU_MEMBERS
from export_assist.retrieval.normalize import nfkc

Turn = Generator[Event, None, Answer]
COMPARE_WORDS = (
    "比較",
    "比べ",
    "くらべ",
    "違い",
    "ちがい",
    "違う",
    "compare",
    "comparison",
    "difference",
    "differ",
    "versus",
    "vs",
)
TEXT = {
    "ja": {
        "head": "{what}の要件を{a}と{b}で比べました(チェックリストの要件: {a} {na}件、{b} {nb}件)。",
        "diff": "違いのある分野:",
        "only": "{side}のみ: {items}",
        "same": "共通の分野: {topics}",
        "draft": "両方のチェックリストは下書きです。アドバイザーの確認後に「確認済み」と表示されます。",
    },
    "en": {
        "head": "{what}: {a} and {b} compared ({a}: {na} requirement(s), {b}: {nb}).",
        "diff": "Where they differ:",
        "only": "only {side}: {items}",
        "same": "The same in both: {topics}",
        "draft": "Both checklists are drafts; they show as reviewed once an advisor approves them.",
    },
}


@dataclass(frozen=True)
class Sides:
    """The two sides of a comparison: one product in two markets, or two in one."""

    pairs: tuple[tuple[str, str], tuple[str, str]]  # (product, market) per side
    by_market: bool

    def label(self, side: int, lang: str) -> str:
        """How a side is named: its market, or its product."""
        product, market = self.pairs[side]
        return market_name(market, lang) if self.by_market else product


_ONE_FIGURE = frozenset({"how_much", "rate", "number"})
# goods compared with a competitor's in an advert (「競合する他社の万年筆と…比較する広告」) are the
# question's subject, not two checklists to compare (test56 t018 got the pens' and the
# stationery's checklists side by side)
_RIVALS = re.compile(
    r"(?:比較|比べ)(?:する|した|して)?(?:広告|宣伝|表示)|競合|他社|(?i:competitor|rival|comparative)"
)


def sides(q: Question) -> Sides | None:
    """The comparison the message asks for, if any (a market the corpus lacks is the
    engine's to hand off)."""
    if q.unsupported or not has_any(nfkc(q.text).lower(), COMPARE_WORDS):
        return None
    if _RIVALS.search(nfkc(q.text)):
        return None
    named = products(q.text)
    # the EU and one of its members are one market's two levels, no two markets to compare:
    # 「オランダ側で何か違う年数を言われる？」 asks the member's side of an EU rule (qa25-d019)
    if "EU" in q.destinations and EU_MEMBERS & set(q.destinations):
        return None
    # a rate or an amount compared (「お茶と比べて、日本酒にかかる関税の率はどのくらい違う」, test27
    # t026) is a fact the sources state, not the two checklists' differing areas
    if "tariff" in q.topics or q.qtype in _ONE_FIGURE:
        return None
    if len(q.destinations) == 2 and (q.phrase or named):
        product = q.phrase if len(named) <= 1 and q.phrase else " ".join(named)
        a, b = q.destinations
        return Sides(((product, a), (product, b)), by_market=True)
    if len(q.destinations) == 1 and len(named) == 2:
        market = q.destinations[0]
        return Sides(((named[0], market), (named[1], market)), by_market=False)
    return None


def compare_turn(registry: ToolRegistry, ctx: TurnContext, q: Question, found: Sides) -> Turn:
    """Build both checklists (each a draft for review) and answer with their differences."""
    jobs = (
        [(found.pairs[0][0], [found.pairs[0][1], found.pairs[1][1]])]
        if found.by_market
        else [(product, [market]) for product, market in found.pairs]
    )
    lists: list[Checklist] = []
    for product, markets in jobs:
        args = {"product": product, "destinations": markets}
        yield ToolCall(name="build_checklist", arguments=args)
        run = registry.call("build_checklist", args, ctx)
        yield ToolDone.of(run)
        data = run.result.payload.data if run.result.payload else None
        if run.result.error or not isinstance(data, dict):  # never shown raw
            return (yield from _say("", q, abstained=True))
        if data.get("question"):  # the kind of product is unclear: ask first
            return (yield from _say(str(data["question"]), q))
        lists += [Checklist.model_validate(c) for c in data.get("checklists", [])]
    if len(lists) != 2:
        return (yield from _say("", q, abstained=True))
    return (yield from _say(comparison_text(found, lists[0], lists[1], q.language), q))


def comparison_text(found: Sides, a: Checklist, b: Checklist, language: str) -> str:
    """The differences topic by topic (what only one side needs), then what both share."""
    lang: ExportLang = "ja" if language == "ja" else "en"
    words, lab = TEXT[lang], Labels(lang)
    la, lb = found.label(0, lang), found.label(1, lang)
    what = found.pairs[0][0] if found.by_market else market_name(found.pairs[0][1], lang)
    lines = [words["head"].format(what=what, a=la, b=lb, na=len(a.items), nb=len(b.items))]
    left, right = _by_topic(a, lab), _by_topic(b, lab)
    same, differ = [], []
    sep = "、" if lang == "ja" else "; "
    for topic in sorted(set(left) | set(right)):
        name = str(lab(f"topics.{topic}"))
        one, two = left.get(topic, []), right.get(topic, [])
        if one == two:
            same.append(name)
            continue
        parts = [
            words["only"].format(side=side, items=sep.join(x for x in mine if x not in theirs))
            for side, mine, theirs in ((la, one, two), (lb, two, one))
            if any(x not in theirs for x in mine)
        ]
        differ.append(f"・{name} — {' / '.join(parts)}")
    if differ:
        lines += ["", words["diff"], *differ]
    if same:
        lines += ["", words["same"].format(topics=("、" if lang == "ja" else ", ").join(same))]
    return "\n".join([*lines, "", words["draft"]])


def _by_topic(checklist: Checklist, lab: Labels) -> dict[str, list[str]]:
    """The card items' titles in the reader's language, grouped by topic."""
    grouped: dict[str, list[str]] = {}
    for item in checklist.items:
        grouped.setdefault(item.topic, []).append(lab.title(item.title, item.title_ja))
    return grouped


def _say(text: str, q: Question, abstained: bool = False) -> Turn:
    if abstained:  # say what is known (nothing) and hand off
        text = f"{t(q.language, 'thin')}\n\n{t(q.language, 'escalated')}"
    yield from tokens(text)
    return Answer(text=text, intent="checklist", abstained=abstained)
