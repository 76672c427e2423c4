"""An origin statement asked for in chat (s11 trial X15/X24): the agreement it claims,
as the message names it (「日EU・EPA」, "RCEP") or as the buyer's country leaves only one
that the document service makes (documents/data/origin_statements.yaml), and what to say
when the buyer's country is a partner of none of them. The agreements under which origin
is proved by a certificate issued in Japan (日タイEPA, AJCEP...: data/origin_certificates.yaml)
are named for the buyer's country with that difference, and an RCEP statement with the
condition it needs (the importing Party accepts exporters' declarations, Art. 3.16.2)."""

from __future__ import annotations

import re
from functools import cache

from export_assist.answering.vocab import load_data
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

CERTIFICATE = {
    "ja": "{market}向けには{names}もありますが、{these}では輸出者の申告文ではなく、"
    "日本商工会議所が発給する特定原産地証明書(第一種)で原産地を証明します(ここでは作成できません。"
    "日本商工会議所への企業登録と原産品判定の依頼が先に必要です{other})。",
    "en": "For {market} there {these} the {names}: under {them}, origin is proved by a "
    "certificate of origin issued by the Japan Chamber of Commerce and Industry, not by the "
    "exporter's statement (not made here; it needs a company registration and an origin "
    "determination with the Chamber first{other}).",
}
OTHER_WAYS = {
    "ja": {"approved_exporter": "。{names}は認定輸出者による証明も可", "self_declaration": "。{names}は自己申告も可"},
    "en": {"approved_exporter": "; the {names} also allows an approved exporter's certificate",
           "self_declaration": "; the {names} also allows a self-declaration"},
}  # fmt: skip
RCEP_CONDITION = {
    "ja": "RCEPの輸出者・生産者による申告は、輸入国がこの方法を実施している場合に限り使えます"
    "(協定第3.16条2・3:各締約国に実施までの猶予期間があります。{market}が実施済みかは要確認)。"
    "実施前なら、日本商工会議所の原産地証明書か、経済産業大臣の認定を受けた認定輸出者の申告を使います。",
    "en": "An RCEP declaration by the exporter or producer is accepted only where the "
    "importing Party has implemented it (Art. 3.16.2-3 give each Party time to do so; "
    "whether {market} has is to be confirmed). Until then, use a certificate from the Japan "
    "Chamber of Commerce and Industry or an approved exporter's declaration (approval by METI).",
}


@cache
def _certificates() -> dict[str, dict[str, str]]:
    return dict(load_data("origin_certificates.yaml")["agreements"])


def certificate_agreements(country: str) -> list[dict[str, str]]:
    """Japan's EPAs with this country under which origin is proved by a certificate issued
    in Japan (names in both languages, and `other_ways` where the agreement allows more)."""
    return [a for a in _certificates().values() if country and country in a["partners"]]


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


def origin_note(country: str, market: str, lang: str, chosen: str = "") -> str:
    """What the user needs to know before choosing: no agreement for the market, or the
    choice between two (not said when one is `chosen`); the agreements that need a
    certificate instead; an RCEP statement's condition."""
    lang = "ja" if lang == "ja" else "en"
    sep = "、" if lang == "ja" else ", "
    if not country:
        return ""
    possible = agreements_for(country)
    said = []
    if chosen:
        possible = [chosen] if chosen in possible else []
    elif not possible:
        said.append(NONE_FOR[lang].format(names=sep.join(NAMES[lang].values()), market=market))
    elif len(possible) > 1:
        names = sep.join(NAMES[lang][a] for a in possible)
        said.append(CHOOSE[lang].format(market=market, names=names))
    if certified := certificate_agreements(country):
        other = "".join(
            OTHER_WAYS[lang][a["other_ways"]].format(names=a[lang])
            for a in certified
            if a.get("other_ways")
        )
        names = sep.join(a[lang] for a in certified)
        many = len(certified) > 1
        these = {
            "ja": "これらの協定" if many else "この協定",
            "en": "are also" if many else "is also",
        }
        them = "these" if many else "it"
        text = CERTIFICATE[lang].format(
            market=market, names=names, other=other, these=these[lang], them=them
        )
        said.append(text)
    if "rcep" in possible:
        said.append(RCEP_CONDITION[lang].format(market=market))
    return ("" if lang == "ja" else " ").join(said)
