"""The grounding gate for LLM answers: every number, date, legal reference, authority and
country the model wrote must appear in the evidence it was given (cited passages and the
card facts), compared after NFKC (full/half width), thousands separators, 年/year forms
and Japanese era years. Pure functions; the script/language check is in answer_script.py."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from export_assist.answering.places import find_places

# "[1]" citation markers and "1." / "1)" list ordinals are the model's layout, not facts.
_CITE = re.compile(r"\[\s*\d+(?:\s*[,、]\s*\d+)*\s*\]")
_ORDINAL = re.compile(r"(?m)^\s*\d{1,2}[.)](?=\s)")
_URL = re.compile(r"https?://\S+")
# A compound reference keeps its shape: "2019/1020", "1.225", "2024-03-01", "0902.10".
_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_ERA = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年")
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
# Authorities: acronyms (FDA, GACC, NMPA), English agency names, Japanese 省/庁/局 names.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z&]{1,7}(?![A-Za-z])")
_BODY = r"(?:Ministry|Agency|Administration|Authority|Commission|Bureau|Inspectorate|Council)"
_EN_AUTHORITY = re.compile(
    rf"(?:[A-Z][\w&'-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){{0,5}}{_BODY}"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,4})?"
)
_JA_AUTHORITY = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,14}(?:省|庁|局|委員会|機構|税関)")
# Acronyms that name no authority, law or number (layout, units, the product's trade words).
_NOT_FACTS = frozenset(
    {"HS", "EU", "US", "USA", "UK", "JP", "OK", "PDF", "URL", "FAQ", "Q", "A", "I", "AND", "OR"}
)
_GENERIC_JA = frozenset({"当局", "関係当局", "所管官庁", "規制当局", "税関"})
_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")


@dataclass
class Grounding:
    """What an answer states that its evidence does not hold (empty: grounded)."""

    numbers: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every checked fact appears in the evidence."""
        return not (self.numbers or self.authorities or self.countries)

    def reason(self) -> str:
        """A short account for logs and the evaluation ('numbers: 2023; countries: CN')."""
        parts = [
            f"{name}: {', '.join(values)}"
            for name, values in (
                ("numbers", self.numbers),
                ("authorities", self.authorities),
                ("countries", self.countries),
            )
            if values
        ]
        return "; ".join(parts)


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters to half width), era years as Western years."""
    text = unicodedata.normalize("NFKC", text)
    return _ERA.sub(_western_year, text)


def _western_year(match: re.Match[str]) -> str:
    year = 1 if match.group(2) == "元" else int(match.group(2))
    return f"{_ERA_BASE[match.group(1)] + year}年"


def numbers(text: str) -> set[str]:
    """The numbers and numeric references of a text, in one canonical form each."""
    text = _URL.sub(" ", _ORDINAL.sub(" ", _CITE.sub(" ", normalise(text))))
    found: set[str] = set()
    for match in _NUMBER.finditer(text):
        token = match.group(0).rstrip(".,:-/")
        if _THOUSANDS.match(token):
            token = token.replace(",", "")
        found.add(token)
    return found


def _evidence_numbers(text: str) -> set[str]:
    """Evidence numbers; a date also backs its parts ('2024-03-01' backs 2024, 3 and 1),
    a reference does not ('2019/1020' backs no bare '2019')."""
    found = numbers(text)
    for token in [t for t in found if _DATE.match(t)]:
        found.update(p.lstrip("0") or "0" for p in re.split(r"[-/.]", token))
    return found


def _ungrounded_numbers(answer: str, evidence: str) -> list[str]:
    known = _evidence_numbers(evidence)
    missing = []
    for token in sorted(numbers(answer)):
        if token in known or (token.lstrip("0") or "0") in known:
            continue
        parts = [p.lstrip("0") or "0" for p in re.split(r"[-/.]", token)]
        if _DATE.match(token) and all(p in known for p in parts):
            continue  # 2024-03-01 and 2024年3月1日 are one date
        missing.append(token)
    return missing


def _ungrounded_authorities(answer: str, evidence: str) -> list[str]:
    plain = _URL.sub(" ", _CITE.sub(" ", normalise(answer)))
    folded = normalise(evidence).casefold()
    missing: list[str] = []
    for acronym in sorted({m.group(0) for m in _ACRONYM.finditer(plain)} - _NOT_FACTS):
        if not re.search(rf"(?<![a-z]){re.escape(acronym.casefold())}(?![a-z])", folded):
            missing.append(acronym)
    for m in _EN_AUTHORITY.finditer(plain):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(0)).strip()
        if " " in name and name.casefold() not in folded:
            missing.append(name)
    for m in _JA_AUTHORITY.finditer(plain):
        name = m.group(0)
        if name in _GENERIC_JA:
            continue
        # the longest tail that is a name in the evidence ("米国食品医薬品局" ⊃ "食品医薬品局")
        tails = [name[i:] for i in range(len(name)) if len(name) - i >= 2]
        if not any(tail in folded for tail in tails):
            missing.append(name)
    return missing


def _ungrounded_countries(answer: str, evidence: str, question: str) -> list[str]:
    allowed = {m.code for m in find_places(evidence, sources=True)} | {
        m.code for m in find_places(question, sources=True)
    }
    return sorted({m.code for m in find_places(answer, sources=True)} - allowed)


def check(answer: str, evidence: str, question: str = "") -> Grounding:
    """The facts of `answer` that `evidence` does not hold; countries the user named in
    `question` are allowed too (the model may repeat the question's market)."""
    return Grounding(
        numbers=_ungrounded_numbers(answer, evidence),
        authorities=_ungrounded_authorities(answer, evidence),
        countries=_ungrounded_countries(answer, evidence, question),
    )
