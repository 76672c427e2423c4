"""A deterministic, seeded generator of a FICTITIOUS buyer directory over the 12
markets: invented names (syllables + generic words), .example web addresses, and
distributions of type, product interest, certification and order size that look
like a real trade directory. Every entry says it is fictitious."""

from __future__ import annotations

import datetime as dt
import json
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate
from export_assist.screening.normalize import normalize_name

DATA = Path(__file__).resolve().parent / "data"
SOURCE = "export-assist sample generator (fictitious)"
# A few sample buyers are deliberately near-names of the fictitious demo list, so the
# demo shows screening at work. (country, name, product index in the food catalogue)
PLANTED = [
    ("HK", "Boreal Quarry Instruments Limited", "industrial", 8),
    ("DE", "Nordhafen-Sigma Handels GmbH", "food", 0),
    ("SG", "Sapphire Meridian Foods Pte Ltd", "food", 5),
    ("CN", "Golden Lattice Imp. & Exp. Co., Ltd.", "food", 1),
]


@lru_cache(maxsize=1)
def _parts() -> dict[str, Any]:
    parts: dict[str, Any] = json.loads((DATA / "sample_parts.json").read_text(encoding="utf-8"))
    parts["catalogue"] = json.loads((DATA / "sample_products.json").read_text(encoding="utf-8"))
    return parts


def catalogue() -> dict[str, Any]:
    """The sample product catalogue: per category, each product's English and Japanese name."""
    return _parts()["catalogue"]  # type: ignore[no-any-return]


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _stem(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.sample(syllables, rng.choice([2, 2, 3]))).capitalize()


def _certs(rng: random.Random, odds: dict[str, float]) -> list[str]:
    return [c for c, p in odds.items() if rng.random() < p]


def _order_range(rng: random.Random, buyer_type: str) -> tuple[float, float]:
    scale = {"e-commerce": 2_000, "retailer": 5_000, "food service": 3_000, "manufacturer": 40_000}
    low = round(scale.get(buyer_type, 10_000) * rng.lognormvariate(0, 0.8), -2)
    return max(500.0, low), round(low * rng.choice([5, 10, 20, 50]), -2)


def _buyer(
    rng: random.Random,
    country: str,
    market: dict[str, Any],
    name: str | None = None,
    category: str | None = None,
    product: int | None = None,
) -> BuyerCreate:
    cat_name = category or _pick(rng, _parts()["catalogue"]["category_weights"])
    cat = _parts()["catalogue"]["categories"][cat_name]
    buyer_type = _pick(rng, cat["types"])
    picks = rng.sample(range(len(cat["products"])), rng.choice([1, 2, 2, 3, 4]))
    if product is not None and product not in picks:
        picks[0] = product
    items = [cat["products"][i] for i in picks]
    stem = _stem(rng, market["syllables"])
    word = rng.choice(_parts()["type_words"][buyer_type])
    name = name or f"{stem} {word} {rng.choice(market['suffixes'])}"
    native = None
    if "native" in market and rng.random() < 0.7:
        native = "".join(rng.sample(market["native"], 2)) + market["native_suffix"]
    low, high = _order_range(rng, buyer_type)
    languages = list(market["languages"]) + (["en"] if "en" not in market["languages"] else [])
    if rng.random() < 0.15:
        languages.append("ja")
    slug = "".join(ch for ch in stem.lower() if ch.isalnum())
    interests = [en for _, en, _ in items] + [ja for _, _, ja in items if rng.random() < 0.3]
    return BuyerCreate(
        name=name,
        native_name=native,
        country=country,
        city=_pick(rng, market["cities"]),
        buyer_type=buyer_type,  # type: ignore[arg-type]  # a key of type_words
        product_codes=[code[: rng.choice([4, 6, 6])] for code, _, _ in items],
        interests=interests,
        certifications_required=_certs(rng, cat["certs_required"]),
        certifications_preferred=_certs(rng, cat["certs_preferred"]),
        order_min_usd=low,
        order_max_usd=high,
        languages=languages,
        channels=list(_parts()["type_channels"][buyer_type]),
        website=f"https://{slug}-{country.lower()}.example",
        contact_email=f"sourcing@{slug}-{country.lower()}.example",
        source=SOURCE,
        source_updated=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
        fictitious=True,
    )


def generate(n: int = 600, seed: int = 20260601) -> list[BuyerCreate]:
    """n fictitious buyers (same n and seed: same directory), unique by name + country."""
    rng = random.Random(seed)
    markets = _parts()["markets"]
    weights = {c: m["weight"] for c, m in markets.items()}
    buyers = [
        _buyer(rng, c, markets[c], name, cat, p) for c, name, cat, p in PLANTED[: max(0, n // 100)]
    ]
    seen = {(normalize_name(b.name), b.country) for b in buyers}
    while len(buyers) < n:
        country = _pick(rng, weights)
        buyer = _buyer(rng, country, markets[country])
        if (normalize_name(buyer.name), country) not in seen:
            seen.add((normalize_name(buyer.name), country))
            buyers.append(buyer)
    return buyers


def file_header() -> str:
    """The header line every exported sample file starts with."""
    return f"# {FICTITIOUS_NOTICE}"
