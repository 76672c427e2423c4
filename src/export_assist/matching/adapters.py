"""Import adapters for real trade data: each turns a source's rows into directory
entries and trade records, so the matcher sees them like any other buyers."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import BuyerCreate, TradeRecord
from export_assist.matching.scope import PUBLIC

TENDERS_SOURCE = "Buyandsell tenders (Open Government Licence – Canada)"
CUSTOMS_SOURCE = "Customs import declarations (synthetic, MIT)"
KRW_PER_USD = 1300.0  # a fixed rate: the values are synthetic and only need a scale


@dataclass
class TenderItem:
    """One tender item: who bought what (GSIN code, item text) when."""

    ocid: str
    date: dt.date
    buyer: str
    gsin: str
    gsin_desc: str
    item_desc: str


def read_tenders(path: Path) -> list[TenderItem]:
    """The rows of tenders_dev.csv."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            TenderItem(
                r["ocid"],
                dt.date.fromisoformat(r["date"]),
                r["buyer"].strip(),
                r["gsin"].strip().upper(),
                r["gsin_desc"].strip(),
                r["item_desc"].strip(),
            )
            for r in csv.DictReader(handle)
        ]


def tender_buyers(
    items: Iterable[TenderItem],
) -> tuple[list[BuyerCreate], dict[str, list[TradeRecord]]]:
    """One public-body buyer per department: interests = its item texts; trades = its items."""
    texts: dict[str, list[str]] = defaultdict(list)
    trades: dict[str, list[TradeRecord]] = defaultdict(list)
    for item in items:
        if item.item_desc and item.item_desc not in texts[item.buyer]:
            texts[item.buyer].append(item.item_desc)
        trades[item.buyer].append(
            TradeRecord(code=item.gsin, description=item.item_desc, date=item.date)
        )
    buyers = [
        BuyerCreate(
            name=name,
            country="CA",
            buyer_type="public body",
            code_scheme="gsin",
            interests=texts[name],
            languages=["en", "fr"],
            source=TENDERS_SOURCE,
        )
        for name in sorted(trades)
    ]
    return buyers, trades


def load_with_trades(
    directory: BuyerDirectory,
    buyers: list[BuyerCreate],
    trades: dict[str, list[TradeRecord]],
    source: str,
    owner: str = PUBLIC,
) -> dict[str, int]:
    """Upsert the buyers, replace their trade records of this source; name -> buyer id."""
    results = directory.upsert_many(buyers, owner=owner)
    ids = {b.name: r.id for b, r in zip(buyers, results, strict=True)}
    directory.clear_trades(source, owner=owner)
    directory.add_trades((ids[name], rec, source) for name, recs in trades.items() for rec in recs)
    return ids


@dataclass
class CustomsBatch:
    """Importers and their declarations from the customs file."""

    buyers: dict[str, BuyerCreate] = field(default_factory=dict)
    trades: dict[str, list[TradeRecord]] = field(default_factory=lambda: defaultdict(list))
    rows: int = 0


def read_customs(paths: Iterable[Path]) -> Iterator[dict[str, str]]:
    """Rows of the customs-declarations CSV files."""
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)


def customs_batch(rows: Iterable[dict[str, str]]) -> CustomsBatch:
    """Korean importers (anonymised ids) as buyers; each declaration as a trade record."""
    batch = CustomsBatch()
    for row in rows:
        batch.rows += 1
        importer = row["Importer ID"].strip()
        if importer not in batch.buyers:
            batch.buyers[importer] = BuyerCreate(
                name=f"Importer {importer}",
                country="KR",
                buyer_type="importer",
                source=CUSTOMS_SOURCE,
            )
        price = float(row["Item Price"] or 0)
        batch.trades[f"Importer {importer}"].append(
            TradeRecord(
                code=row["HS6 Code"].strip().zfill(6),
                date=dt.date.fromisoformat(row["Date"]),
                quantity=float(row["Net Mass"] or 0),
                value_usd=round(price / KRW_PER_USD, 2),
                origin_country=(row["Country of Origin"] or "").strip()[:2] or None,
            )
        )
    return batch
