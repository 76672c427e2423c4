"""An origin statement asked for in chat (s11 trial X15/X24): the agreement it claims,
as the message names it (「日EU・EPA」, "RCEP") or as the buyer's country leaves only one
that the document service makes (documents/data/origin_statements.yaml), and what to say
when the buyer's country is a partner of none of them."""

from __future__ import annotations

import re

from export_assist.documents.origin import load_agreements
from export_assist.geo import EU_MEMBERS

# The agreement's names in a message, most specific first ("日英EPA" before "EPA").
_NAMED = (
    (
        "uk_jp_cepa",
        re.compile(
            r"(?i)日英(?:・)?(?:EPA|包括的経済連携)|(?<![A-Za-z])(?:UK[- ]Japan|CEPA)(?![A-Za-z])"
        ),
    ),
    (
        "jp_eu_epa",
        re.compile(
            r"(?i)日\s*(?:・)?\s*EU(?:・)?\s*EPA|日欧(?:EPA)?|(?<![A-Za-z])(?:EU[- ]Japan|JEEPA)(?![A-Za-z])"
        ),
    ),
    ("cptpp", re.compile(r"(?i)(?<![A-Za-z])(?:CP)?TPP(?![A-Za-z])|環太平洋")),
    ("rcep", re.compile(r"(?i)(?<![A-Za-z])RCEP(?![A-Za-z])|地域的な包括的経済連携")),
)
NAMES = {
    "ja": {"jp_eu_epa": "日EU・EPA", "uk_jp_cepa": "日英EPA", "cptpp": "CPTPP", "rcep": "RCEP"},
    "en": {"jp_eu_epa": "EU-Japan EPA", "uk_jp_cepa": "UK-Japan CEPA", "cptpp": "CPTPP",
           "rcep": "RCEP"},
}  # fmt: skip
NONE_FOR = {
    "ja": "原産地申告文は、経済連携協定の特恵税率を受けるための書類です。ここで作成できるのは{names}の"
    "申告文で、{market}はこれらの協定の締約相手国ではありません。",
    "en": "A statement on origin claims an agreement's preferential rate. The ones made here are "
    "for the {names}; {market} is a partner of none of them.",
}
CHOOSE = {
    "ja": "{market}向けには{names}のいずれかを選べます。",
    "en": "For {market} you can choose the {names}.",
}


def partners(agreement: str) -> set[str]:
    """The partner countries of an agreement (the EU as its members)."""
    found = set(load_agreements()[agreement].partners)
    return found | set(EU_MEMBERS) if "EU" in found else found


def agreements_for(country: str) -> list[str]:
    """The agreements whose origin statement the service makes for this buyer's country."""
    return [a for a in load_agreements() if country and country in partners(a)]


def agreement_in(text: str, country: str) -> str:
    """The agreement the message names, or the only one for the buyer's country; '' when
    neither tells."""
    for code, pattern in _NAMED:
        if pattern.search(text):
            return code
    possible = agreements_for(country)
    return possible[0] if len(possible) == 1 else ""


def origin_note(country: str, market: str, lang: str) -> str:
    """What the user needs to know before choosing: no agreement for the market, or the
    choice between two."""
    lang = "ja" if lang == "ja" else "en"
    sep = "、" if lang == "ja" else ", "
    if not country:
        return ""
    possible = agreements_for(country)
    if not possible:
        names = sep.join(NAMES[lang].values())
        return NONE_FOR[lang].format(names=names, market=market)
    if len(possible) > 1:
        return CHOOSE[lang].format(market=market, names=sep.join(NAMES[lang][a] for a in possible))
    return ""
