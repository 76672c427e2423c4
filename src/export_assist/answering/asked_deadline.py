"""A question that asks by when something must be done (「いつまでに知らせないといけない？」,
"how many days do we have to report it?") is answered by the sentence that states the period
(「事故を知った日から2日以内」, "within two days"), not by one that dates a rule's start
(「2025年6月1日施行」), which the "when" type's fact matches just as well (test31 t041: a French
trademark rule's start date led a Canadian accident-report answer)."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.retrieval.normalize import nfkc

_BY_WHEN = re.compile(
    r"いつまでに|何日以内|何日前まで|何日までに|何営業日以内|何時間以内|何日の間に|"
    r"\bby when\b|\bhow (?:many|much) (?:days|hours|weeks|time) do (?:we|i|they)\b|\bhow soon\b|"
    r"\bwithin how (?:many|long)\b|\bdeadline\b",
    re.I,
)
_PERIOD = re.compile(
    r"\d+\s*(?:日|営業日|時間|週間|か月|ヶ月|カ月)\s*(?:以内|前まで|前に|までに)|"
    r"\bwithin\s+(?:\d+|one|two|three|five|seven|ten|fourteen|thirty)\s+(?:working |business |calendar )?"
    r"(?:days?|hours?|weeks?|months?)\b|"
    r"\b(?:\d+|one|two|three|five|seven|ten)\s+(?:working |business )?(?:days?|hours?)\s+(?:before|after|of)\b",
    re.I,
)
PERIOD_BONUS = 0.6
# ... and one that asks how long papers are kept (「根拠の資料、いつまで保管しておけばいい？」) by
# the sentence stating how long (「作成日から4年以上」), not by the agreement's entry into force
# (escalation_dev17 d008 quoted 「2019年2月1日に発効」)
_HOW_LONG_KEPT = re.compile(
    r"(?:いつまで|何年|何か月|どのくらい|どれくらい)[^。？?]{0,10}(?:保管|保存|取って(?:お|置)|残して)|"
    r"(?:保管|保存)(?:期間|期限)|\bhow long\b[^?]{0,40}\b(?:keep|retain|store|hold on to)\b",
    re.I,
)
_KEPT_FOR = re.compile(
    r"\d+\s*(?:年|か月|ヶ月|カ月)\s*(?:以上|間)|"
    r"\b(?:at least|for)\s+(?:\d+|one|two|three|four|five|six|seven|ten)\s+years?\b",
    re.I,
)


def deadline_bonus(question: str) -> Callable[[str], float]:
    """PERIOD_BONUS for a sentence stating a period to act within, when the question asks by
    when, or how long papers are kept for one asking that; nothing otherwise."""
    said = nfkc(question)
    period = (
        _KEPT_FOR if _HOW_LONG_KEPT.search(said) else _PERIOD if _BY_WHEN.search(said) else None
    )
    if period is None:
        return lambda _sentence: 0.0
    return lambda sentence: PERIOD_BONUS if period.search(nfkc(sentence)) else 0.0
