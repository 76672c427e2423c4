"""Build compliance/data/hs_katakana.tsv.gz: the katakana a Japanese writer uses for the
English goods words of the nomenclature (カーディガン -> cardigans, ハーモニカ -> harmonica).

Japanese product names borrow most goods words from English in katakana; the curated
ja->en map (product_terms_ja.yaml) cannot list them all. Every alphabetic word of the HS
texts and of the US national lines (public domain), with its singular, is written in
katakana by e2k's fast character model (public domain, numpy only; a build-time tool,
not a run-time dependency); where words of different lemmas share a reading, the base
model must agree. The shipped table is our own generated data.

    python scripts/build_hs_katakana.py ../shared/data/harmonized-system/harmonized-system.csv
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from pathlib import Path

from export_assist.compliance.hs.public_data import us_detail

OUT = Path(__file__).resolve().parents[1] / "src/export_assist/compliance/data/hs_katakana.tsv.gz"
# words that name no goods: a Japanese name never borrows them for what it sells
STOP = set(
    "and the for with not other than whether excluding including thereof therefor such "
    "those which from into being have has its their are was nes nesoi kind used use "
    "containing weight value less more not over under per each any all only".split()
)


def singular(word: str) -> str:
    """The singular of a nomenclature plural (cardigans -> cardigan), else the word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def nomenclature_words(hs_csv: Path) -> dict[str, str]:
    """Lower-case goods words (and their singulars, and joined hyphen compounds) -> the
    nomenclature's own word(s) to query with."""
    texts = [row["description"] for row in csv.DictReader(hs_csv.open(encoding="utf-8"))]
    texts += list(us_detail().values())
    out: dict[str, str] = {}
    for text in texts:
        low = text.lower()
        for a, b in re.findall(r"\b([a-z]{2,})-([a-z]{2,})\b", low):  # fork-lift -> forklift
            out.setdefault(a + b, f"{a} {b}")
        for word in re.findall(r"[a-z]{3,}", low):
            if word not in STOP:
                out.setdefault(word, word)
                out.setdefault(singular(word), word)
    return out


def agreed(readings: dict[str, list[tuple[str, str]]], base: object) -> dict[str, list[str]]:
    """katakana -> nomenclature words; where words of different lemmas share a reading, a
    word stays only if the slower base model reads it the same (the turbo model alone
    wrote "whales" as ホット, beside "hot")."""
    out: dict[str, list[str]] = {}
    for kana, pairs in readings.items():
        if len({singular(w) for w, _ in pairs}) > 1:
            pairs = [(w, t) for w, t in pairs if base(w) == kana]  # type: ignore[operator]
        for _, target in pairs:
            if target not in out.setdefault(kana, []):
                out[kana].append(target)
    return {k: v for k, v in out.items() if v}


def main() -> None:
    """Write katakana<TAB>nomenclature words, one reading a line, sorted."""
    from e2k import C2K  # build-time only

    ap = argparse.ArgumentParser()
    ap.add_argument("hs_csv", type=Path)
    args = ap.parse_args()
    turbo = C2K(max_len=24, model="turbo")
    readings: dict[str, list[tuple[str, str]]] = {}
    for word, target in sorted(nomenclature_words(args.hs_csv).items()):
        kana = turbo(word)
        if kana and re.fullmatch(r"[ァ-ヴー]+", kana):
            readings.setdefault(kana, []).append((word, target))
    table = agreed(readings, C2K(max_len=24))
    lines = [f"{k}\t{' '.join(v)}" for k, v in sorted(table.items())]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} readings -> {OUT}")


if __name__ == "__main__":
    main()
