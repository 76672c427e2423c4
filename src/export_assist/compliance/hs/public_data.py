"""Packaged public-domain HS evidence: US national tariff detail and CBP rulings.

Both files are derived by scripts/hs_derive_public_data.py from works of the US
federal government (no copyright, 17 U.S.C. 105): the USITC Harmonized Tariff
Schedule (hts.usitc.gov) and CBP CROSS classification rulings (rulings.cbp.gov).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Ruling:
    """One CBP classification ruling: what the goods were and where CBP put them."""

    number: str
    date: str
    code: str  # first 6 digits of the HTS code CBP assigned
    subject: str

    @property
    def url(self) -> str:
        """The ruling on CROSS."""
        return f"https://rulings.cbp.gov/ruling/{self.number}"


def _data(name: str) -> bytes:
    return resources.files("export_assist.compliance").joinpath(f"data/{name}").read_bytes()


@cache
def us_detail() -> dict[str, str]:
    """6-digit code -> the words of the US 8/10-digit lines below it."""
    text = gzip.decompress(_data("hs_us_detail.tsv.gz")).decode("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        code, _, words = line.partition("\t")
        if code:
            out[code] = words
    return out


@cache
def rulings() -> tuple[Ruling, ...]:
    """The packaged CBP rulings with a 6-digit code inside the HS (chapters 01-97)."""
    out = []
    for line in _data("hs_rulings.tsv").decode("utf-8").splitlines():
        number, date, code, subject = line.split("\t", 3)
        if code[:2] < "98":
            out.append(Ruling(number, date, code, subject))
    return tuple(out)
