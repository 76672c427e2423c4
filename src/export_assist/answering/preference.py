"""A question about a preferential rate (an agreement named, 「特恵」, 「関税を下げたい」) is not
answered from the non-preferential certificate of origin: after 「RCEPを使って関税を下げたい…
原産地の証明は？」, 「商工会議所に申請するのは手間なので、自分でインボイスに申告しても？」 led with
the chamber's non-preferential certificate (test33 t007, tuning since session 37); the
agreement's own proof (the partner's RCEP document, Japan's self-certification) answers, and
the documents of the route to the market named come first (origin_routes.yaml: the UK-Japan
CEPA's statement on origin, the US-Japan Trade Agreement's importer claim)."""

from __future__ import annotations

import re
from functools import lru_cache

from export_assist.answering.catalog import DocProfile
from export_assist.answering.rerank import DocScore
from export_assist.answering.understand import Question
from export_assist.compliance.origin.routes import routes
from export_assist.geo import EU_MEMBERS

# ... and in everyday words: 「日本とイギリスの協定で関税が安くなる」, 「日米の貿易協定で関税が下がる」
# (escalation_dev40 d027 and test42 t004 were sent to the chamber's general certificate)
_CLAIMS = re.compile(
    r"(?i)\brcep\b|\bcptpp\b|\btpp\b|\bepa\b|\bfta\b|\bcepa\b|特恵|経済連携|貿易協定|"
    r"協定(?:で|を使|を利用|の税率|税率|によ)|関税を(?:下げ|減ら|ゼロに|安く|なくし)|"
    r"関税が(?:下が|安く|減|ゼロ|なくな|かからなくな)|"
    r"\bpreferential\b|\btrade agreement\b|\b(?:lower|reduce|cut) (?:the )?(?:duty|duties|tariff)"
)
# the general certificate named by the message itself is what it asks
_GENERAL = re.compile(r"(?i)一般原産地|非特恵|non-preferential|商工会議所の(?:一般|普通の)")
# ... as is one said not to be for a lower duty (「関税を下げるためのEPAの証明書ではなく、日本製だと
# 示す普通の証明」: test46 t009 led with the chamber's EPA certificate): the general one alone
_NOT_CLAIMED = re.compile(
    r"(?i)(?:epa|fta|rcep|特恵|協定|関税を(?:下げ|安く)る?ため)[^。？?]{0,16}(?:ではなく|じゃなく|ではない)|"
    r"\bnot (?:for |under )?(?:a |an |the )?(?:preferential|epa|fta|lower duty|trade agreement)\b"
)


def claims_preference(text: str) -> bool:
    """Whether a text claims a preferential rate (names an agreement, 「関税を下げたい」)."""
    return bool(_CLAIMS.search(text))


def preference_claimed(q: Question) -> bool:
    """Whether the message or the conversation it leans on claims a preferential rate, and the
    message does not ask for the general certificate itself."""
    return (
        claims_preference(f"{q.text} {q.context} {q.asked}")
        and not _GENERAL.search(q.text)
        and not _NOT_CLAIMED.search(q.text)
    )


def non_preferential(doc: DocProfile) -> bool:
    """Whether a document is about non-preferential origin only (its title says so)."""
    return "non-preferential" in doc.title.lower()


# an agreement's proof named by a Japanese document's title ("prepackaged" holds no EPA)
_AGREEMENT_PROOF = re.compile(r"(?<![a-z])epa(?![a-z])|特恵|(?<![a-z-])preferential")


def preferential(doc: DocProfile) -> bool:
    """Whether a document is Japan's procedure for preferential origin (an agreement's proof),
    by its title; a market's customs document naming its agreements is not one."""
    title = doc.title.lower()
    return (
        doc.country == "JP" and not non_preferential(doc) and bool(_AGREEMENT_PROOF.search(title))
    )


@lru_cache(maxsize=1)
def _route_evidence() -> dict[str, frozenset[str]]:
    found = {m: r.get("evidence", []) for m, r in routes().items()}
    return {m: frozenset(e) if isinstance(e, list) else frozenset() for m, e in found.items()}


def route_docs(q: Question) -> frozenset[str]:
    """The documents of Japan's preferential route to each market the question names (a claim
    under 「日英の協定」 is answered by the CEPA's own proof, not by the JCCI's certificate)."""
    evidence = _route_evidence()
    markets = {"EU" if m in EU_MEMBERS else m for m in q.destinations}
    return frozenset(d for m in markets for d in evidence.get(m, ()))


def for_origin(
    q: Question, docs: list[DocScore], named: set[str], allowed: list[str]
) -> list[DocScore]:
    """An origin question's documents: for a preference claimed, without the general
    certificate's (the route's documents join `named`, ranked first by the caller); for the
    general certificate asked as no preference, without the agreements' proofs."""
    if preference_claimed(q):
        named |= route_docs(q) & set(allowed)
        return [d for d in docs if not non_preferential(d.doc)]
    if _NOT_CLAIMED.search(q.text):
        return [d for d in docs if not preferential(d.doc)]
    return docs
