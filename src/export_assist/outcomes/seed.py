"""A seeded, clearly fictitious event history for demos and tests (every name says 架空)."""

from __future__ import annotations

import datetime as dt
import random

from export_assist.outcomes.schemas import EventCreate

ADVISORS = ["架空アドバイザーA", "架空アドバイザーB", "架空アドバイザーC"]
REGIONS = ["静岡県", "新潟県", "福岡県", "北海道"]
MARKETS = ["US", "DE", "SG", "TH", "CN"]
# (stage, probability of reaching it given the previous stage)
FUNNEL = [("meeting", 0.65), ("sample_sent", 0.6), ("deal", 0.55)]


def fictitious_history(
    programme_ids: list[str], today: dt.date, exporters: int = 24, seed: int = 7
) -> list[EventCreate]:
    """Events for `exporters` invented companies over the last year; same seed, same history."""
    rng = random.Random(seed)
    events: list[EventCreate] = []
    for n in range(1, exporters + 1):
        common: dict[str, object] = {
            "exporter": f"架空輸出者{n:02d}（架空）", "region": rng.choice(REGIONS),
            "advisor": rng.choice(ADVISORS), "programme_id": rng.choice(programme_ids),
            "market": rng.choice(MARKETS), "fictitious": True,
        }  # fmt: skip
        day = today - dt.timedelta(days=rng.randint(60, 330))
        events.append(
            EventCreate.model_validate({**common, "kind": "contacted", "occurred_on": day})
        )
        for stage, p in FUNNEL:
            if rng.random() > p:
                break
            day = min(today, day + dt.timedelta(days=rng.randint(7, 40)))
            extra = {"deal_value_jpy": rng.randint(5, 300) * 100_000} if stage == "deal" else {}
            events.append(
                EventCreate.model_validate({**common, **extra, "kind": stage, "occurred_on": day})
            )
        if rng.random() < 0.7:
            amount = rng.randint(2, 50) * 50_000
            money = {"kind": "support_used", "occurred_on": day, "support_amount_jpy": amount}
            events.append(EventCreate.model_validate({**common, **money}))
    return events
