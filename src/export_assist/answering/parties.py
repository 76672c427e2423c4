"""The companies a trade-document request names: the buyer, and the exporter when the
user says who they are ("We are Yamada Tea Co., Ltd.", 「弊社は山田製茶株式会社です」), and
whose an address said in the message is (「弊社は…、住所は新潟県…です」 is the exporter's)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from export_assist.answering.cities import latin_name
from export_assist.answering.shipment_lines import QTY
from export_assist.domain.companies import find_companies

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&.'-]*"
# The user speaking of their own company, just before its name.
_SELF = re.compile(
    r"(?i)(we are|we're|this is|our company(?: is)?|exporter(?: is)?:?|seller(?: is)?:?|"
    r"shipper(?: is)?:?|from us,?|弊社は?|当社は?|私たちは|輸出者は?[:：]?|売り手は?[:：]?)\s*[（(]?\s*$"
)
# A town right after the name ("Yamada Tea Co., Ltd., Shizuoka").
_TOWN = re.compile(rf",\s*({_WORD}(?:\s+{_WORD})?)(?=[.,;)]|\s*$)")
# An address said as such (「住所は…」, 「所在地：…」, "address: …"), up to the sentence's end.
SAID = re.compile(
    r"(?i)(?:住所|所在地)(?:は|[:：])\s*|address\s*(?:is\b|[:：])\s*",
)
_UNTIL = re.compile(r"\s*(?:です|になります)?\s*(?:[。\n]|$)|\.\s+(?=[A-Z])|\.\s*$")
# The user's own address (「弊社の住所は」, "our address is"), whatever company is near.
_OWN = re.compile(
    r"(?i)(?:弊社|当社|私たち|うち|our(?: company'?s?)?|exporter'?s?|輸出者)\s*の?\s*$"
)
# The buyer's, said so (「買い手の住所は」, "the buyer's address is").
_THEIRS = re.compile(
    r"(?i)(?:買い手|買主|バイヤー|輸入者|相手|先方|荷受人|buyer'?s?|consignee'?s?|importer'?s?)\s*の?\s*$"
)
# A Japanese address right after the exporter's name: 「弊社は静岡茶業株式会社、静岡市葵区追手町1-1です」
# (a place word and a number; never the goods' amount 「緑茶100袋」).
# The name and the address may be parted by a space only (「輸出者は北海水産株式会社 北海道函館市…
# 1-2、正味400kg…」): the address then ends at the next 、 (s11 trial X9).
_JA_ADDRESS = re.compile(
    r"^\s*[、,]?\s*((?:〒?\s*\d{3}-?\d{4}\s*)?[^、,。\n\s]{0,12}?[都道府県市区町村郡][^、,。\n]{0,60}?\d"
    r"[^、,。\n]{0,30}?)(?=\s*(?:です|になります)?\s*(?:[。、,\n]|$))"
)


@dataclass(frozen=True)
class Parties:
    """The buyer and the exporter a message names ('' when it names none), and the
    exporter's address when the message gives it."""

    buyer: str = ""
    exporter: str = ""
    exporter_address: str = ""
    exporter_at: int = -1  # where the exporter's name ends (-1: not named)


def parties(text: str) -> Parties:
    """The buyer (the first company that is not the user's own) and the exporter."""
    buyer = exporter = ""
    at = -1
    for company in find_companies(text):
        name = company.name.strip()
        if _SELF.search(text[max(0, company.start - 25) : company.start]):
            town = _TOWN.match(text, company.end)
            if not exporter:
                exporter = f"{name}, {town.group(1).rstrip('.')}" if town else name
                at = company.end
        elif not buyer:
            buyer = name
    address = _exporter_address(text, at)
    return Parties(buyer=buyer, exporter=exporter, exporter_address=address, exporter_at=at)


def said_addresses(text: str) -> list[tuple[int, str]]:
    """Each address said as such, with where it starts: it names a number (a street or a
    postcode)."""
    out = []
    for m in SAID.finditer(text):
        end = _UNTIL.search(text, m.end())
        value = text[m.end() : end.start() if end else len(text)].strip(" ,、")
        if 6 <= len(value) <= 160 and re.search(r"\d", value):
            out.append((m.start(), value))
    return out


def owner_of(text: str, at: int, exporter_at: int) -> str:
    """Whose an address said at `at` is: 'exporter' when the user says it is theirs or the
    exporter is the last company named before it, else 'buyer'."""
    before = text[max(0, at - 12) : at]
    if _OWN.search(before):
        return "exporter"
    if _THEIRS.search(before):
        return "buyer"
    if exporter_at < 0 or exporter_at > at:
        return "buyer"
    between = [c for c in find_companies(text[exporter_at:at]) if c.name.strip()]
    return "buyer" if between else "exporter"


def _exporter_address(text: str, exporter_at: int) -> str:
    """The exporter's address: said as such after its name (or as 「弊社の住所は」), or a
    Japanese address right after its name."""
    for at, value in said_addresses(text):
        if owner_of(text, at, exporter_at) == "exporter":
            return value
    if exporter_at >= 0 and (m := _JA_ADDRESS.match(text[exporter_at:])):
        return m.group(1).strip()
    return ""


# The buyer's address: in brackets right after its name, or said as 「住所は…」 / "address: …"
# (not the exporter's: 「弊社の住所は…」, or one said right after the exporter's name).
# Also inside the same brackets after a comma: 「バイヤー（Müller GmbH, Hauptstr. 5, Berlin）」.
_ADDRESS_BRACKETS = re.compile(r"^\s*(?:[（(]|[,、]\s*)([^（）()]{6,160})[）)]")
_CITY_BRACKETS = re.compile(r"^\s*[（(]([^（）()\d]{2,30})[）)]")
# In Latin letters after the buyer's name and a comma, up to the terms that follow it
# ("…, DAP Paris", "…, by air", "…, at EUR 15").
_ADDRESS_LATIN = re.compile(r"^\s*,\s*([A-Za-z0-9\u00c0-\u024f .,'#/&-]{6,160})")
_ADDRESS_END = re.compile(
    r"(?i),?\s*\b(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|by|via|at|for|on|"
    r"shipped|incoterms?)\b"
)


def buyer_address(raw: str, named: Parties) -> str | None:
    """The buyer's address, where the message gives one (it names a number: a street or a
    postcode), in brackets after the buyer's name, after it in Latin letters, or said as such
    (「買い手の住所は…」 in a later message names no buyer)."""
    buyer = named.buyer
    at = raw.find(buyer) if buyer else -1
    after = raw[at + len(buyer) :] if at >= 0 else ""
    found = _ADDRESS_BRACKETS.match(after) if buyer else None
    if found and re.search(r"\d", found.group(1)):
        return found.group(1).strip(" ,、")
    # only a city in the brackets (「（ホーチミン市）」): the city, in Latin letters
    town = _CITY_BRACKETS.match(after) if buyer else None
    city = latin_name(town.group(1).strip()) if town and not town.group(1).isascii() else ""
    for start, value in said_addresses(raw):
        if owner_of(raw, start, named.exporter_at) == "buyer":
            return value
    if not buyer:
        return None
    if city:
        return city
    if latin := _ADDRESS_LATIN.match(after):  # "Maison Inox SARL, 5 rue de Lyon, 75012 Paris"
        address = _ADDRESS_END.split(latin.group(1), maxsplit=1)[0]
        if qty := QTY.search(address):  # "Tee Haus GmbH, Hamburg, 300 bags": the goods
            address = address[: qty.start()]
        address = address.strip(" ,.")
        if re.search(r"\d{2,}|^\d", address):
            return address
    return None
