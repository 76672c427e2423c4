"""Two writers (API workers, import jobs) upserting the same new buyers at once: the
unique index refuses the second insert; the directory reads again and updates instead."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from export_assist.matching.directory import BuyerDirectory
from tests.matching.conftest import buyer


def test_concurrent_upserts_of_the_same_new_buyers_all_succeed(
    directory: BuyerDirectory,
) -> None:
    batch = [buyer(f"Concurrent Buyer {i:03d}", "US", city=f"City {i}") for i in range(60)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: directory.upsert_many(batch, owner="acme"), range(8)))
    assert directory.count("acme") == 60
    ids = {r.id for run in results for r in run}
    assert len(ids) == 60  # every writer got the same 60 rows back
    assert sum(r.created for run in results for r in run) == 60
