"""Import of the 46k customs declarations as buyers + trade history (rows/s), and a
re-import (which must update, not duplicate), next to a raw-insert floor in the same run.

    python -m bench.import_customs
"""

from __future__ import annotations

import time

from sqlalchemy import insert

from bench.common import bench_settings, require_shared, write_result
from export_assist.container import Container
from export_assist.matching.adapters import (
    CUSTOMS_SOURCE,
    customs_batch,
    load_with_trades,
    read_customs,
)
from export_assist.matching.scope import BuyerScope
from export_assist.storage.buyer_tables import TradeRow


def timed_import(container: Container, files: list) -> dict[str, float]:
    """Parse + validate, upsert importers, replace their trade records."""
    t0 = time.perf_counter()
    batch = customs_batch(read_customs(files))
    parsed = time.perf_counter()
    load_with_trades(
        container.buyer_directory, list(batch.buyers.values()), batch.trades, CUSTOMS_SOURCE
    )
    done = time.perf_counter()
    return {
        "rows": batch.rows,
        "importers": len(batch.buyers),
        "parse_validate_s": round(parsed - t0, 2),
        "store_s": round(done - parsed, 2),
        "total_s": round(done - t0, 2),
        "rows_per_s": round(batch.rows / (done - t0), 1),
    }


def main() -> None:
    """Import twice (fresh, then re-import) and time a raw insert of the same rows."""
    folder = require_shared("customs-declarations")
    files = sorted(folder.glob("df_syn_*_eng.csv"))
    settings = bench_settings("import_customs")
    db = settings.data_dir / "customs.db"
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    settings.database.url = f"sqlite:///{db.resolve()}"
    settings.matching.seed_sample_directory = False
    container = Container(settings)
    first = timed_import(container, files)
    second = timed_import(container, files)
    directory = container.buyer_directory
    buyers, trades = (
        directory.count(),
        sum(sum(c.values()) for c in directory.trade_profiles(BuyerScope.operator()).values()),
    )
    # Floor: the same number of trade rows through one executemany, no validation.
    rows = [{"buyer_id": 1, "code": "000000", "description": "", "source": "floor"}] * first["rows"]
    t0 = time.perf_counter()
    with container.sessions.begin() as session:
        session.execute(insert(TradeRow), rows)
    floor_s = time.perf_counter() - t0
    payload = {
        "first_import": first,
        "re_import": second,
        "buyers_after_two_imports": buyers,
        "trade_rows_after_two_imports": trades,
        "floor_raw_insert_rows_per_s": round(first["rows"] / floor_s, 1),
    }
    path = write_result("import_customs", payload)
    print("| run | rows | importers | parse+validate s | store s | rows/s |")
    print("|---|---|---|---|---|---|")
    for label, r in (("first import", first), ("re-import (update)", second)):
        print(
            f"| {label} | {r['rows']:,} | {r['importers']:,} | {r['parse_validate_s']} | {r['store_s']} | {r['rows_per_s']:,} |"
        )
    print(
        f"| floor: raw insert, no validation | {first['rows']:,} | - | - | {floor_s:.2f} | {payload['floor_raw_insert_rows_per_s']:,} |"
    )
    print(f"\nafter two imports: {buyers:,} buyers, {trades:,} trade rows; results: {path}")
    container.close()


if __name__ == "__main__":
    main()
