"""The duty tool: MFN and preferential rates where an official API is connected (the UK
Trade Tariff API, when enabled), else the official lookup with the code filled in; never a
guessed rate. Also the words that make a message a duty question."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.answering import vocab
from export_assist.answering.asking import asked_sentences
from export_assist.answering.qtypes import question_type
from export_assist.answering.understand import without_claiming
from export_assist.answering.words import has_any
from export_assist.duties.service import DutyService
from export_assist.retrieval.normalize import nfkc

DUTY_WORDS = (
    "関税率",
    "関税はいくら",
    "関税は何",
    "関税はかか",
    "関税は?",
    "関税は？",
    "関税はどの",
    "関税がかか",
    "関税って",
    "関税の額",
    "税率",
    # 「そのコードでEUの関税を教えて」 asks for the rate (trial A22)
    "関税を教えて",
    "関税を調べて",
    "関税を知りたい",
    "関税も教えて",
    "関税も調べて",
    "duty rate",
    "import duty",
    "customs duty",
    "tariff rate",
    "mfn",
    "how much duty",
    "what duty",
    "duty on",
    "duties on",
    "tariff on",
    "tariffs on",
)


# An excise duty is a tax the corpus's market documents explain, not a customs tariff: "How is
# UK alcohol duty on it worked out nowadays?" (test22 t022) asks the Alcohol Duty's rules.
_EXCISE = re.compile(
    r"\b(?:alcohol|excise|spirits?|beer|wine|cider|tobacco|stamp|fuel|sugar|soft drinks?)"
    r"\s+(?:dut(?:y|ies)|tax(?:es)?)(?:\s+on)?\b"
)


# Whether small or low-value parcels pay duty at all is the market's rule (the EU's €150
# relief and its end, a de minimis), not a rate to look up (qa24-d017: 「こういう小さい荷物にも
# 向こうで関税がかかるんですか？」 got HS candidates for the goods)
_LOW_VALUE = re.compile(
    r"少額|小さい荷物|小さな荷物|小口|小包|免税(?:枠|範囲|の範囲)|いくらまで(?:なら)?(?:免税|無税|関税)"
    r"|\blow[- ]value\b|\bde minimis\b|\bsmall (?:parcels?|packages?|consignments?|shipments?)\b"
)


# A tax other than customs duty (vocab.OTHER_TAXES) named with 「税率」 asks the company's or
# payroll's tax, not the goods' tariff: 「ミュンヘンの営業税（Gewerbesteuer）は実効でどれくらいの
# 税率？」 (escalation_dev31 d020) got the tariff lookup for "pottery".
_CUSTOMS = re.compile(r"関税|\bdut(?:y|ies)\b|\btariffs?\b|\bmfn\b")
# ... as is a liquor or goods tax said in Japanese, or a tax levied at the wholesale stage
# (s53: tuning test49 t005 「日本酒には卸売の段階で特別な税がかかる…その税率は」, Australia's
# WET, got the tariff lookup for sake)
_EXCISE_JA = re.compile(
    r"酒税|物品税|(?:特別な|別の|独自の)税(?!関)|卸売(?:の)?段階[^。？?]{0,12}税"
)


def asks_low_value_relief(message: str) -> bool:
    """Whether a message asks if small or low-value parcels pay duty (a rule, not a rate)."""
    return bool(_LOW_VALUE.search(nfkc(message).lower()))


# No duty said as a fact, and a tax asked beside it: the import VAT or GST, not the tariff
# ("…says there is no customs duty on knives but that they still pay some tax when the goods
# come in. What tax is that?", test45 t031 got the duty lookup)
_NO_DUTY = re.compile(
    r"\b(?:there is|there's|is|pay|pays|with|charge|charges) no (?:customs |import )?dut(?:y|ies)\b|"
    r"\bno (?:customs |import )?dut(?:y|ies) (?:on|but)\b|"
    r"関税(?:は|が)(?:かからない|かかりません|かからず|ゼロ|無税|0%)(?:そう|と|けど|けれど|が|ので|なら|で|、)"
)
_A_TAX = re.compile(r"\btax(?:es)?\b|税金|消費税|付加価値税|(?:別|他|ほか)の税")


# A date asked after a scene that mentions a rate: 「…RCEPの税率とも比べたいと言っています。RCEPは
# 日本とオーストラリアの間でいつから使えるようになったのですか？」 asks when the agreement applied,
# not a rate (test53 t030 got the Australian duty overview)
def _asks_a_date_only(low: str) -> bool:
    """The message sets a scene, then asks only dates, in sentences that name no duty."""
    asked = asked_sentences(low)
    if len(asked) == 1 and asked[0] == low.strip():
        return False  # one sentence: nothing set the scene
    return all(
        question_type(s) == "when" and not any(word in s for word in DUTY_WORDS) for s in asked
    )


def asks_duty(message: str) -> bool:
    """Whether a message asks what duty a product pays (not how to classify it, nor how to
    claim a preferential rate: that is an origin question, nor an excise duty, nor another
    tax's rate, nor a date asked after a scene that mentions a rate)."""
    low = _EXCISE.sub(" ", without_claiming(nfkc(message).lower()))
    if _asks_a_date_only(low):
        return False
    if (has_any(low, vocab.OTHER_TAXES) or _EXCISE_JA.search(low)) and not _CUSTOMS.search(low):
        return False
    if _NO_DUTY.search(low) and _A_TAX.search(_NO_DUTY.sub(" ", low)):
        return False
    return any(word in low for word in DUTY_WORDS)


class DutyArgs(BaseModel):
    """Arguments of lookup_duties."""

    hs_code: str = Field(min_length=6, max_length=13, description="HS code, 6-10 digits")
    # a name is read as on the REST route (「アラブ首長国連邦」 was refused at 4 characters)
    market: str = Field(
        min_length=2, max_length=80, description="Destination: ISO alpha-2, EU or a country name"
    )


class LookupDuties:
    """lookup_duties: the duty answer in the turn's language, the lookup as the payload."""

    def __init__(self, service: DutyService) -> None:
        self._service = service

    def __call__(self, ctx: TurnContext, args: DutyArgs) -> ToolResult:
        """Look the code up; the text lists the rates found and the official links."""
        found = self._service.lookup(args.hs_code, args.market)
        ja = ctx.language == "ja"
        lines = [found.message_ja if ja else found.message_en]
        lines += [
            f"- {r.kind.upper()}: {r.rate} ({r.area_name or r.area})" for r in found.rates[:4]
        ]
        lines += [f"- {(ja and link.title_ja) or link.title}: {link.url}" for link in found.links]
        payload = StructuredPayload(kind="duties", data=found.model_dump(mode="json"))
        return ToolResult(text="\n".join(lines), payload=payload)


def duty_tool(service: DutyService) -> Tool:
    """The lookup_duties tool over the duty service."""
    return Tool("lookup_duties", DutyArgs, LookupDuties(service))
