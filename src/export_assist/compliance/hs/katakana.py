"""Katakana loanwords -> the nomenclature's English words (カーディガン -> cardigans).

Japanese product names borrow most goods words from English; the packaged table
(compliance/data/hs_katakana.tsv.gz, written by scripts/build_hs_katakana.py from the
words of the HS texts) gives each word's katakana. A katakana run of a name is read as
one word of the table or as two or three of them (フォークリフト, ヘアドライヤー);
spellings differ in long-vowel marks and ヴ/ブ (ネックレス, ネックレース), so both sides
are compared without them.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

RUN = re.compile(r"[ァ-ヴー・]+")
_MAX_PIECES = 3
# loanwords that say how a product looks or is sold, not what it is: never the goods
_NOT_GOODS = set(
    "white black pink red blue green yellow brown gray grey orange purple beige navy "
    "type size set sets setts pack packs piece pieces new color colour free plus pro light "
    "mini standard premium special original natural long short stick sticks hollow "
    "tablet tablets capsule capsules".split()
)
# Japanese trade loanwords the HS texts' katakana misreads, by their exact spelling:
# ロース is a cut of meat (和牛ロース), not "losses" (s16: it ranked furnaces first)
_OWN = {"ロース": "meat cuts"}


def key(kana: str) -> str:
    """A katakana word as compared when its own spelling is unknown: no long-vowel marks
    or dots, ヴ as ブ."""
    return kana.replace("ー", "").replace("・", "").replace("ヴ", "ブ")


def _exact(kana: str) -> str:
    return kana.replace("・", "")


def _add(table: dict[str, str], k: str, words: list[str]) -> None:
    known = table.get(k, "").split()
    table[k] = " ".join(known + [w for w in words if w not in known])


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    raw = resources.files("export_assist.compliance").joinpath("data/hs_katakana.tsv.gz")
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for line in gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines():
        kana, _, text = line.partition("\t")
        words = [w for w in text.split() if w not in _NOT_GOODS]
        if len(key(kana)) >= 2:
            _add(exact, _exact(kana), words)
            _add(loose, key(kana), words)
    exact.update(_OWN)
    return exact, loose


def readings() -> dict[str, str]:
    """Compared katakana (key) -> the nomenclature words it stands for ("" for a loanword
    that names no goods: it still makes up a run, ロング+カーディガン, but adds no word)."""
    return _tables()[1]


def goods_readings(run: str) -> str:
    """The goods words of a whole katakana run read as one word ("" when none): its own
    spelling first (カーラー is curlers, not カラー collars or colours)."""
    exact, loose = _tables()
    return exact.get(_exact(run)) or ("" if _exact(run) in exact else loose.get(key(run), ""))


def _pieces(k: str, table: dict[str, str]) -> list[str] | None:
    """The fewest table words (up to three) that make up k wholly, or None."""
    # best[i]: the fewest pieces that make up k[:i], and the last piece's start
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(k)
    for end in range(2, len(k) + 1):
        for start in range(max(0, end - 12), end - 1):
            prev, here = best[start], best[end]
            if prev and k[start:end] in table and (here is None or prev[0] + 1 < here[0]):
                best[end] = (prev[0] + 1, start)
    found = best[len(k)]
    if found is None or found[0] > _MAX_PIECES:
        return None
    pieces: list[str] = []
    end = len(k)
    while end:
        start = best[end][1]  # type: ignore[index]
        pieces.insert(0, table[k[start:end]])
        end = start
    return pieces


def words_of(run: str) -> list[str]:
    """The English words of a katakana run: one table word, else the fewest pieces (up to
    three) that make it up wholly, by its own spelling first ([] when it cannot be read)."""
    exact, loose = _tables()
    if len(key(run)) < 2:
        return []
    whole = goods_readings(run)
    if whole or _exact(run) in exact or key(run) in loose:
        return [whole] if whole else []
    pieces = _pieces(_exact(run), exact)
    if pieces is None:
        pieces = _pieces(key(run), loose)
    return [p for p in pieces or [] if p]
