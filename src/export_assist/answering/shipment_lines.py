"""Lines of goods in a document request: 「緑茶100袋 単価5ドル、抹茶50缶 単価12ドル」 or
"100 bags green tea at USD 5, 50 tins matcha at USD 12" are two lines, each with its
product, quantity and unit price."""

from __future__ import annotations

import re
from collections.abc import Callable

# 台 counts machines (「卓上扇風機 120台」: test14), never 台湾 (「150台湾ドル」); 着, 足, 点 and 組
# count clothes, shoes, articles and sets.
UNITS = (
    r"kg|キロ|本|個|箱|ケース|カートン|ダース|枚|袋|缶|瓶|パック|セット|台(?!湾)|着|足|点|組|"
    r"bottles?|pcs|pieces?|units?|cartons?|pairs?|"
    r"cases?|sets?|dozen|bags?|tins?|cans?|jars?|boxes|box|packs?|packets?|"
    # tubes of paste, trays, rolls of cloth or film, sachets (test55 t003 "1,200 tubes" was unread)
    r"tubes?|trays?|rolls?|sachets?|pouch(?:es)?|reels?|drums?|sacks?|bundles?|spools?"
)
_UNITS = UNITS
QTY = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})(?![a-z])", re.I)
# An amount: 1,500 or 5 or 12.50 (a comma before a space ends it: "USD 5, 50 tins").
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
PRICE = re.compile(
    r"(?:単価|1本|1個|1kg|each|@|at|per unit)?\s*(?:(JPY|USD|EUR|GBP|¥|\$|€)\s*)?"
    rf"({_AMOUNT})\s*(円|ドル|ユーロ|JPY|USD|EUR|yen|dollars?|euros?)?(?![a-z])"
    r"\s*(?:/\s*(kg|本|個|pcs|unit))?"
    r"\s*(each|per \w+)?",
    re.I,
)
CURRENCY = {"円": "JPY", "¥": "JPY", "ドル": "USD", "$": "USD", "ユーロ": "EUR", "€": "EUR",
            "yen": "JPY", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}  # fmt: skip
# Where one line of goods ends: Japanese and list punctuation, a comma not inside a
# number ("1,500"), "and" before the next quantity, and 「と」 before the next goods.
_SPLIT = re.compile(
    r"[、;；。\n]|,(?!\d{3}(?!\d))|\band\b(?=\s*\d)|\bplus\b|と(?=[^、。\d]{1,20}\d)", re.I
)
# Words around a product that are not it: "100 bags of green tea at USD 5 each".
_FILLER = re.compile(
    r"(?i)(?<![a-z])(?:of|at|each|per|unit price|price|単価|を|で|の)(?![a-z])|[@:：()（）]"
)
# A product's words: a Japanese noun run, or Latin words joined by single spaces.
_RUN = re.compile(
    r"[\u3005\u4e00-\u9fff\u30a0-\u30ffー・]+|[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*"
)

# An HS code stated for the goods: after "HS"/「税番」 (HS 0902.10, HSコード090210), or a
# three-part dotted code (0902.10.000); a bare "1234.56" may be a weight or a price.
HS = re.compile(
    r"(?i)(?:(?<![a-z])(?:HS|H\.S\.)\s*(?:コード|code|No\.?)?|税番|統計品目番号)\s*[:：]?\s*"
    r"(\d{4}\.?\d{2}(?:\.?\d{2,4})?)(?![\d.,]*\d)"
    r"|(?<![\d.,])(\d{4}\.\d{2}\.\d{2,4})(?![\d.,]*\d)"
)

Phrase = Callable[[str], str]

# Packages: a count in packing units (「10カートン」, "12 cases"), or said as such (「梱包数は10」,
# 「10個口」, "10 packages").
_PACKING = r"カートン|ケース|箱|cartons?|cases?|box(?:es)?|pallets?|パレット"
_PACKED = re.compile(
    rf"(\d[\d,]*)\s*(?:{_PACKING}|個口|梱包|packages?|pkgs?\.?|parcels?)(?![a-z])"
    r"|(?:梱包数|個口数|number of packages|packages)\s*(?:は|が|[:：]|is)?\s*(\d[\d,]*)",
    re.I,
)
_SAID_PACKED = re.compile(r"(?i)個口|梱包|packages?|pkgs?|parcels?")


def packages_in(text: str, qty: re.Match[str] | None, own_goods: bool) -> tuple[str, bool] | None:
    """The number of packages the message states, and whether the quantity read is that
    count rather than the goods': 「正味重量は90kg、10カートンです」 after the goods were named
    states 10 packages (the goods' quantity stays unsaid); "40 cartons of udon" is both
    the goods' quantity and 40 packages."""
    for m in _PACKED.finditer(text):
        count = (m.group(1) or m.group(2)).replace(",", "")
        said = bool(_SAID_PACKED.search(m.group(0)))
        is_qty = qty is not None and qty.start() <= m.start() < qty.end()
        if said or not is_qty:
            return count, is_qty
        return count, not own_goods  # the goods counted in cartons, or a bare carton count
    return None


def hs_in(text: str) -> tuple[str, tuple[int, int]] | None:
    """The HS code a text states, written 0902.10(.xxx), and its span."""
    m = HS.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(1) or m.group(2))
    return f"{digits[:4]}.{digits[4:6]}" + (f".{digits[6:]}" if digits[6:] else ""), m.span()


def price_in(
    text: str, qty_span: tuple[int, int] | None
) -> tuple[str, str, tuple[int, int]] | None:
    """The first price in the text outside the quantity: ("5 USD", "USD", its span)."""
    for m in PRICE.finditer(text):
        if qty_span and qty_span[0] <= m.start(2) < qty_span[1]:
            continue
        symbol, amount, unit_word = m.group(1), m.group(2), m.group(3)
        if not (symbol or unit_word):
            continue
        word = (unit_word or "").lower() if (unit_word or "").isascii() else unit_word or ""
        currency = (CURRENCY.get(symbol or "", symbol or "") or CURRENCY.get(word, word)).upper()
        per = m.group(4) or ""
        return f"{amount} {currency}" + (f"/{per}" if per else ""), currency, m.span()
    return None


def goods_lines(text: str, phrase: Phrase) -> list[dict[str, str]]:
    """Two or more lines when the message lists goods each with a quantity and a price;
    else [] (one line is read by the caller as before). phrase names a clause's product."""
    found = []
    for clause in _SPLIT.split(text):
        line = _line(clause or "", phrase)
        if line:
            found.append(line)
    return found if len(found) >= 2 else []


def _line(clause: str, phrase: Phrase) -> dict[str, str] | None:
    hs = hs_in(clause)
    if hs:  # its digits are no quantity or price
        clause = _blank(clause, hs[1])
    qty = QTY.search(clause)
    price = price_in(clause, qty.span() if qty else None) if qty else None
    if not qty or not price:
        return None
    rest = _blank(_blank(clause, qty.span()), price[2])
    product = phrase(rest) or _nearest(rest, qty.start())
    if not product:
        return None
    line = {
        "product": product,
        "quantity": f"{qty.group(1)} {qty.group(2)}",
        "unit_price": price[0],
        "currency": price[1],
    }
    return line | ({"hs_code": hs[0]} if hs else {})


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _nearest(rest: str, at: int) -> str:
    """The words next to the quantity when no product word is known ("柚子胡椒100瓶")."""
    cleaned = _FILLER.sub(" ", rest)
    runs = [
        (min(abs(m.start() - at), abs(m.end() - at)), m.group()) for m in _RUN.finditer(cleaned)
    ]
    return min(runs)[1] if runs else ""
