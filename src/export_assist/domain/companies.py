"""Company names with their legal form, in English and Japanese text: "Green Leaf GmbH",
"Yamada Tea Co., Ltd.", "PT Sinar Jaya", "田中商事株式会社", "ネスレ社". The one recogniser
the chat (coverage, document parties), the translator's protected spans and the screening
evaluation share."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Capitals beyond ASCII: "Belle Épicerie SARL", "Ölmühle GmbH".
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UP}][\w&.'-]*"
# Latin letters and digits: Japanese text runs on without spaces ("Nordtee GmbH宛").
_LATIN = "A-Za-z0-9À-ÖØ-öø-ž"
# Legal forms after the name, longest first so "Co., Ltd." is taken before "Co.".
# Abbreviations that are no English word in any case ("LTD", "Gmbh"); the others only as
# written, since "ag", "sa", "spa" or "company" in lower case are words.
_ANY_CASE = (
    r"co\.?,?\s*ltd\.?|pte\.?\s*ltd\.?|pty\.?\s*ltd\.?|pvt\.?\s*ltd\.?|sdn\.?\s*bhd\.?|"
    r"gmbh(?:\s*&\s*co\.?\s*kg)?|ltd\.?|inc\.?|llc|corp\.?|plc|sarl|s\.a\.r\.l\.|s\.r\.l\.|srl|"
    r"s\.p\.a\.|bhd\.?|tbk\.?|pvt\.?|pte\.?"
)
_AS_WRITTEN = (
    r"S\.A\.S\.|S\.A\.|SAS|SA|S\.L\.|SL|AG|KG|SE|B\.V\.|BV|N\.V\.|NV|Oy|AB|A/S|K\.K\.|KK|"
    r"JSC|OOO|LLP|SpA|Co\.?|& Co\.?|Trading|Limited|LIMITED|Corporation|CORPORATION|"
    r"Incorporated|Company|COMPANY"
)
# Legal forms as written in names (the screening evaluation builds name variants with them;
# its figures depend on this order).
LEGAL_FORMS: tuple[str, ...] = (
    "LLC", "Ltd.", "GmbH", "JSC", "Co., Ltd.", "S.A.", "Inc.", "OOO", "Limited",
)  # fmt: skip
_FORM = rf"(?:(?i:{_ANY_CASE})|{_AS_WRITTEN})"
# A delivery term opens no name: "FCA Tokyo Trading Co." is the term, then the company.
_TERMS = r"(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)"
_EN = re.compile(
    rf"(?<![{_LATIN}&])(?!{_TERMS}\s)({_WORD}(?:\s+(?:{_WORD}|&))*),?\s+{_FORM}(?![{_LATIN}])"
    rf"|(?<![{_LATIN}])PT\.?\s+{_WORD}(?:\s+{_WORD})*"
)
# ... and the Chinese forms a Taiwanese or Chinese buyer's name ends in (「台北文房具股份有限公司」)
_JA_FORMS = (
    r"株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|（株）|㈱|\(有\)|（有）|㈲|"
    r"股份有限公司|有限責任公司|有限责任公司|有限公司"
)
_JA_NAME = r"[\u30a0-\u30ff\u3400-\u9fff々A-Za-z0-9&・ー]{1,20}"
_JA = re.compile(
    rf"(?:{_JA_FORMS}){_JA_NAME}|{_JA_NAME}(?:{_JA_FORMS})"
    # "ネスレ社", "ABC社": a katakana or Latin name before 社 (a kanji one is 商社, 弊社, 当社)
    rf"|(?<![\u30a0-\u30ffA-Za-z0-9])[\u30a0-\u30ffA-Za-z0-9&・ー]{{1,20}}社(?![会員長内外名])"
)
# Capitalised words that open a sentence or a phrase, not a name: "Is Pacific Rim LLC ...".
_OPENERS = frozenset(
    """a an the is are was were do does did can could should would will may must has have
    please our my your their his her its we i you they this that these those to for from
    with and or but of in on at by about buyer consignee exporter seller shipper importer
    customer dear hello hi ask check tell send ship invoice which what who whom whose where
    when how why any every each no some such another other japanese foreign""".split()
)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々、。「」（）]")


@dataclass(frozen=True)
class Company:
    """A company named in a text, and where."""

    name: str
    start: int
    end: int


def find_companies(text: str, japanese: bool = True) -> list[Company]:
    """Every company named with its legal form, in reading order, without overlaps
    (japanese=False: only names in Latin script, which a translation keeps as written)."""
    found: list[Company] = []
    for m in _EN.finditer(text):
        company = _trimmed(text, m.start(), m.end())
        if company is not None:
            found.append(company)
    for m in _JA.finditer(text) if japanese else ():
        if not any(m.start() < c.end and c.start < m.end() for c in found):
            found.append(Company(m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def companies(text: str) -> list[str]:
    """The names of the companies a text names."""
    return [c.name for c in find_companies(text)]


def _trimmed(text: str, start: int, end: int) -> Company | None:
    """The match less the sentence's opening words; None when no name word is left
    ("The Company", "Our Co.")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    # a name written into Japanese text opens no English sentence: 「ハノイのAn Phat Foods JSC向けに」
    # keeps "An" (the s54 trial's buyer lost it)
    in_japanese = start > 0 and bool(_CJK.match(text[start - 1]))
    while not in_japanese and first < len(words) - 1 and words[first].group(0).lower() in _OPENERS:
        first += 1
    if first >= len(words) - 1:  # only the legal form is left
        return None
    begin = start + words[first].start()
    name = text[begin:end].rstrip(",")
    return Company(name, begin, begin + len(name))
