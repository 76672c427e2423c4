"""Build the packaged HS evidence files from public-domain US government data.

Inputs (read in place, never copied whole into the repository):
- the USITC Harmonized Tariff Schedule export (hts.usitc.gov ``exportList`` JSON, as
  compiled into ``hts_db.json.gz`` by github.com/eymen160/tariffcheck,
  backend/data/build_hts_db.py): every 8/10-digit line with its description path;
- CBP CROSS classification rulings (rulings.cbp.gov; ruling number, date, subject and
  the HTS code CBP assigned), as gathered in that repository's
  test_data/cross_rulings_dataset.json.

Both are works of the US federal government (17 U.S.C. 105: no copyright). Outputs:
- ``hs_us_detail.tsv.gz``: per 6-digit subheading, the distinct words of the US
  national (8/10-digit) lines below it ("Rings", "Of cotton", "Men's" ...);
- ``hs_rulings.tsv``: ruling number, date, 6-digit code, product subject.

    python scripts/hs_derive_public_data.py HTS_DB.json.gz CROSS.json
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/export_assist/compliance/data"
_NOISE = re.compile(r"\(\d{3}\)|\$[\d.,]+|\b\d+(\.\d+)?\b|[:;,.\"“”ˮʼ()]")
_WORD = re.compile(r"[a-z][a-z'-]+")
_SKIP = frozenset({"other", "the", "of", "or", "and", "with", "not", "for", "in", "a", "an"})


def detail_words(db: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """Distinct description words of every 8/10-digit line, grouped by 6-digit code."""
    out: dict[str, dict[str, None]] = {}
    for code, row in db.items():
        if len(code) < 8:
            continue
        text = _NOISE.sub(" ", str(row.get("description", "")).lower())
        words = out.setdefault(code[:6], {})
        for w in _WORD.findall(text):
            if w not in _SKIP:
                words[w] = None
    return {code: list(words) for code, words in sorted(out.items())}


def rulings(rows: list[dict[str, str]]) -> list[tuple[str, str, str, str]]:
    """(number, date, 6-digit code, subject) of each ruling with a usable code."""
    out = []
    for r in rows:
        digits = re.sub(r"\D", "", r.get("hts_code", ""))
        subject = " ".join(str(r.get("description", "")).split())
        if len(digits) >= 6 and subject:
            out.append((r["ruling_number"], r.get("ruling_date", ""), digits[:6], subject))
    return sorted(out)


def main(db_path: str, cross_path: str) -> None:
    """Write the two packaged files."""
    db = json.loads(gzip.decompress(Path(db_path).read_bytes()))
    lines = [f"{code}\t{' '.join(words)}" for code, words in detail_words(db).items()]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (OUT / "hs_us_detail.tsv.gz").write_bytes(gzip.compress(data, mtime=0))
    rows = rulings(json.loads(Path(cross_path).read_text(encoding="utf-8")))
    (OUT / "hs_rulings.tsv").write_text(
        "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(lines)} subheadings with US detail, {len(rows)} rulings")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
