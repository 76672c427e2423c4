"""A question about a preferential rate (an agreement named, 「特恵」, 「関税を下げたい」) is not
answered from the non-preferential certificate of origin: after 「RCEPを使って関税を下げたい…
原産地の証明は？」, 「商工会議所に申請するのは手間なので、自分でインボイスに申告しても？」 led with
the chamber's non-preferential certificate (test33 t007, tuning since session 37); the
agreement's own proof (the partner's RCEP document, Japan's self-certification) answers."""

from __future__ import annotations

import re

from export_assist.answering.catalog import DocProfile
from export_assist.answering.understand import Question

_CLAIMS = re.compile(
    r"(?i)\brcep\b|\bcptpp\b|\btpp\b|\bepa\b|\bfta\b|特恵|経済連携|関税を(?:下げ|減ら|ゼロに|安く)|"
    r"\bpreferential\b|\b(?:lower|reduce|cut) (?:the )?(?:duty|duties|tariff)"
)
# the general certificate named by the message itself is what it asks
_GENERAL = re.compile(r"(?i)一般原産地|非特恵|non-preferential|商工会議所の(?:一般|普通の)")


def claims_preference(text: str) -> bool:
    """Whether a text claims a preferential rate (names an agreement, 「関税を下げたい」)."""
    return bool(_CLAIMS.search(text))


def preference_claimed(q: Question) -> bool:
    """Whether the message or the conversation it leans on claims a preferential rate, and the
    message does not ask for the general certificate itself."""
    return claims_preference(f"{q.text} {q.context} {q.asked}") and not _GENERAL.search(q.text)


def non_preferential(doc: DocProfile) -> bool:
    """Whether a document is about non-preferential origin only (its title says so)."""
    return "non-preferential" in doc.title.lower()
