"""Defect 9: two decisions on one draft at the same moment gave duplicate version numbers
(a lost update). Real threads on a real SQLite file."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.errors import Conflict
from export_assist.review.schemas import ClaimIn, Decision, DraftCreate

WORKERS = 8


def test_defect_9_concurrent_decisions_get_distinct_versions(container: Container) -> None:
    reviews = container.reviews
    owner = Principal(key_id="k1", subject="alice", role="exporter", tenant="acme")
    advisor = Principal(key_id="k2", subject="carol", role="advisor", tenant="acme")
    claims = [ClaimIn(text=f"Claim {n}.") for n in range(WORKERS)]
    draft = reviews.create(owner, DraftCreate(kind="answer", title="t", claims=claims))
    barrier = threading.Barrier(WORKERS)
    outcomes: list[str] = []

    def decide(n: int) -> None:
        barrier.wait()
        try:
            reviews.decide(advisor, draft.id, draft.claims[n].id, Decision(action="approve"))
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=decide, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(outcomes) == WORKERS and set(outcomes) <= {"ok", "conflict"}
    versions = [v.version for v in reviews.versions(advisor, draft.id)]
    assert max(Counter(versions).values()) == 1, f"duplicate versions: {versions}"
    assert versions == list(range(1, outcomes.count("ok") + 2))
    final = reviews.get(advisor, draft.id)
    assert final.version == versions[-1]
    assert sum(c.status == "approved" for c in final.claims) == outcomes.count("ok")
    audit = [a for a in reviews.audit(advisor, draft.id) if a.action == "claim.approved"]
    assert len(audit) == outcomes.count("ok")


def test_defect_9_a_database_with_old_duplicates_still_starts(tmp_path: Path) -> None:
    from sqlalchemy import inspect, text

    from export_assist.storage.db import make_engine
    from export_assist.storage.migrate import upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:  # the table as it was, with what the bug left in it
        conn.execute(
            text(
                "CREATE TABLE review_draft_versions (id INTEGER PRIMARY KEY, draft_id VARCHAR(32),"
                " version INTEGER, payload JSON, claims JSON, author VARCHAR(200), note TEXT,"
                " created_at DATETIME)"
            )
        )
        for _ in range(2):
            conn.execute(
                text(
                    "INSERT INTO review_draft_versions (draft_id, version, payload, claims,"
                    " author, note) VALUES ('d1', 2, '{}', '[]', 'carol', 'approve claim 1')"
                )
            )
    upgrade(engine)  # the migrations run (as at start-up), with a warning
    indexes = {i["name"] for i in inspect(engine).get_indexes("review_draft_versions")}
    assert "uq_draft_version_idx" not in indexes
    engine.dispose()
