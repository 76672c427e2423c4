"""What a question asks of a named programme that the catalogue does not hold (session 38,
issue 9 item 4): 「今年の公募の締め切りと補助率を教えて」 of a programme whose current call has no
confirmed date and whose rate is set call by call (escalation_dev32 d019 answered with the past
calls' dates and "per the guidelines", and handed nothing to an advisor). Such a question is
said to be unanswered here and goes to an advisor; the catalogue's facts are still shown."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from export_assist.domain.programmes import Programme

_ASKS_DEADLINE = re.compile(
    r"締め?切|〆切|いつまで|公募(?:期間|日程|の時期)|募集(?:期間|の時期)|次の公募|"
    r"\bdeadline|\bclosing date|\bwhen (?:does|do|will) (?:it|the call|applications?) close",
    re.I,
)
_ASKS_RATE = re.compile(
    r"補助率|助成率|補助上限|上限額|上限は|いくらまで|何割|\bsubsidy rate|\bhow much\b|\bmaximum amount|\bcap\b",
    re.I,
)


def unknown_slots(question: str, programmes: Sequence[Programme], today: dt.date) -> list[str]:
    """The slots ("deadline", "rate") the question asks that no named programme states now."""
    gaps: list[str] = []
    calls = [p for p in programmes if p.window.kind == "call"]
    if _ASKS_DEADLINE.search(question) and any(
        p.window.closes is None or p.window.closes < today for p in calls
    ):
        gaps.append("deadline")
    subsidies = [p for p in programmes if p.benefit.kind == "subsidy"]
    if _ASKS_RATE.search(question) and any(
        p.benefit.subsidy_rate is None and p.benefit.cap_jpy is None for p in subsidies
    ):
        gaps.append("rate")
    return gaps


_NAMES = {
    "deadline": ("今の公募の締切", "the current call's deadline"),
    "rate": ("補助率・上限額", "the subsidy rate and cap"),
}


def unknown_line(gaps: Sequence[str], ja: bool) -> str:
    """The sentence that says what the catalogue cannot answer."""
    what = ("・" if ja else " and ").join(_NAMES[g][0 if ja else 1] for g in gaps)
    return (
        f"お尋ねの{what}は、このアシスタントの登録情報では確認できません（公募回ごとに公募要領で決まります）。"
        if ja
        else f"I cannot confirm {what} from this assistant's records (each call's guidelines "
        "set them)."
    )
