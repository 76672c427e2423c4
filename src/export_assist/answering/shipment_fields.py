"""Trade-document requests in chat: the shipment fields a message states (product,
quantity, price, currency, buyer, Incoterm and place), and which required ones are missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from export_assist.answering.parties import buyer_address, parties
from export_assist.answering.places import find_places
from export_assist.answering.shipment_form import form_answer as form_answer
from export_assist.answering.shipment_goods import labelled_quantity, named_goods
from export_assist.answering.shipment_lines import QTY, goods_lines, hs_in, packages_in, price_in
from export_assist.answering.shipment_origin import agreement_in, agreements_for
from export_assist.answering.shipment_route import (
    one_package,
    packages_for,
    per_package,
    place,
    ports,
    split_names,
    unit_size,
)
from export_assist.answering.understand import Question, understand
from export_assist.retrieval.normalize import nfkc

# The named place: a Latin name, or one in kanji or katakana (「FOB横浜」, 「CIFバンコク」,
# 「DAPシンガポール港」), never a word of the terms themselves (「CIF条件で」).
_INCOTERM = re.compile(
    r"(?<![A-Za-z])(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)(?![A-Za-z])\s*"
    r"([A-Z][a-z]+|(?!条件|価格|建て?|ベース)(?:[\u4e00-\u9fff]{1,3}|[\u30a1-\u30fc]{2,12})"
    r"(?:空?港)?(?=[でにのと、,。 ]|$))?"
)
# A weight stated apart from the quantity: "10 kg each", "net 500 kg", 「総重量 120kg」.
# The label is kept with its particle (「正味重量は90kg」): the form reads net from gross by it.
_WEIGHT = re.compile(
    r"(?i)((?:(?:(?<![\d.,])1\s*(?:カートン|ケース|箱)\s*(?:あたり|当たり|につき|の)?\s*)?"
    r"(?:net|gross|正味重量|総重量|正味|重量)\s*(?:weight)?\s*(?:は|が|[:：]|is|of)?\s*"
    r"(?:約|approx\.?|about)?\s*)?\d[\d,]*(?:\.\d+)?\s*(?:kg|キロ|トン|t)"
    r"(?![a-z])(?:\s*(?:each|per \w+|net|gross|/\s*\w+))?)"
)
# A weight's label right before an amount: 「総重量2,400kg」, "net 2,000 kg", 「正味重量は90kg」.
_WEIGHT_LABEL = re.compile(
    r"(?i)(?:総重量|正味重量|正味|重量|net|gross)\s*(?:weight)?\s*(?:は|が|[:：]|is|of)?\s*"
    r"(?:約|approx\.?|about)?\s*$"
)
# A weight that is the price's unit, not the shipment's: 「1kgあたり80ユーロ」, "EUR 8 per kg".
_PER_UNIT_AFTER = re.compile(r"^\s*(?:あたり|当たり|につき|毎)")
_PER_UNIT_BEFORE = re.compile(r"(?i)(?:per|/|単価は?|単価[:：]?)\s*$")
# Packing units: a count in them after the goods' own count is the packages.
_PACKS = re.compile(r"(?i)cartons?|cases?|boxes|box|pallets?")
# The goods after their count: "40 cartons of dried udon, …" (up to four words).
_OF_GOODS = re.compile(
    r"\s+of\s+([A-Za-z][A-Za-z'-]*(?:\s+(?!(?:at|to|for|with|in|from|per)\b)[A-Za-z][A-Za-z'-]*){0,3})"
    r"(?=\s*(?:[,.;(]|$)|\s+(?:at|to|for|with|in|from|per)\b)"
)
# How the goods travel, in the user's language.
_TRANSPORT = (
    (
        "sea",
        "海上輸送",
        ("by sea", "sea freight", "ocean freight", "by ship", "vessel", "海上", "船便", "船で"),
    ),
    (
        "air",
        "航空輸送",
        ("by air", "air freight", "air cargo", "航空便", "航空輸送", "空輸", "飛行機"),
    ),
    ("road", "陸上輸送", ("by road", "by truck", "トラック")),
    ("rail", "鉄道輸送", ("by rail", "by train", "鉄道")),
)
_PAYMENT = re.compile(
    r"(?i)(?<![a-z])(T/T|TT remittance|wire transfer|L/C|letter of credit|D/P|D/A|"
    r"cash against documents|advance payment|前払い|前払|電信送金|信用状|後払い|"
    r"\d+\s*日後(?:払い|送金|支払い?)|net \d+)(?![a-z])"  # 「30日後送金」 (s48 trial)
)
_KINDS = {
    "proforma_invoice": ("proforma", "pro forma", "プロフォーマ"),
    "packing_list": ("packing list", "パッキングリスト", "梱包明細", "包装明細"),
    "commercial_invoice": ("invoice", "インボイス", "送り状", "請求書"),
    "origin_statement": ("原産地申告", "原産地に関する申告", "申告文", "origin statement",
                         "statement on origin", "origin declaration"),
    "cover_letter": ("cover letter", "カバーレター", "送付状"),
}  # fmt: skip
_ORDER = (
    "proforma_invoice",
    "commercial_invoice",
    "packing_list",
    "origin_statement",
    "cover_letter",
)
REQUIRED = (
    "product",
    "quantity",
    "unit_price",
    "buyer",
    "incoterm",
    "exporter",
    "buyer_address",
    "weights",
    "packages",
    "payment",
    "transport",
)


@dataclass
class ShipmentDraft:
    """What the user said about the shipment so far."""

    fields: dict[str, str] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    lines: list[dict[str, str]] = field(default_factory=list)  # when goods are listed
    size: str = ""  # the goods' unit size (「720ml瓶」): joined to the product's name

    def missing(self) -> list[str]:
        """Required fields not stated yet, in form order; a buyer's address that is only a
        city (「（ホーチミン市）」 read as "Ho Chi Minh City") still wants its street."""
        address = self.fields.get("buyer_address", "0")
        partial = ["buyer_address"] if not re.search(r"\d", address) else []
        # an origin statement claims an agreement (s11 trial X24), unless the buyer's
        # country is a partner of none (the answer says so instead)
        country = self.fields.get("buyer_country", "")
        claims = "origin_statement" in self.documents and (not country or agreements_for(country))
        origin = ("agreement",) if claims else ()
        return [f for f in (*REQUIRED, *origin) if f not in self.fields or f in partial]


def extract(text: str, q: Question) -> ShipmentDraft:
    """The fields one message states."""
    stated = nfkc(text)
    draft = ShipmentDraft()
    draft.lines = goods_lines(stated, _phrase)
    raw = stated
    if hs := hs_in(raw):  # the goods' HS code; its digits are no quantity or price
        draft.fields["hs_code"] = hs[0]
        raw = raw[: hs[1][0]] + " " * (hs[1][1] - hs[1][0]) + raw[hs[1][1] :]
    low = raw.lower()
    draft.documents = _documents(low)
    if sized := unit_size(raw):  # 「720ml瓶」 is the goods' size, never their quantity
        draft.size, raw = sized[0], _blank(raw, sized[1])
    packed_each = per_package(raw)  # 「12本入りで50カートン」: 600 bottles in 50 packages
    held = None
    whole = raw  # spans agree: one_package blanks with spaces
    if not packed_each:  # 「1カートンに12枚入り」 counts no goods and no packages
        raw, held = one_package(raw)
    named = parties(raw)
    qty = _quantity(raw)
    product = named_goods(raw, named, q, qty.start() if qty else -1)
    # "40 cartons of dried udon": the goods counted, where no product word is known
    of = _OF_GOODS.match(raw, qty.end()) if qty else None
    if of and (not q.product or q.product.lower() in of.group(1).lower()):
        product = of.group(1)
    if product:
        draft.fields["product"], english = split_names(product)
        if english:  # 「抹茶（Matcha tea）」: 品名 抹茶, the English name its own field
            gloss = re.search(
                rf"{re.escape(draft.fields['product'])}\s*[（(]([A-Za-z][^（）()]*)[）)]", raw
            )
            draft.fields["description_en"] = gloss.group(1).strip() if gloss else english
    # "200 cotton towels"; "240 hinoki bath stools (12 per carton, 20 cartons)": the goods
    # counted before the cartons they fill (escalation_dev33 d003 read 20 cartons)
    counted = product and re.search(rf"(\d[\d,]*)\s+(?:\w+\s+)?{re.escape(product.lower())}", low)
    if counted and (
        not qty or (counted.start() < qty.start() and _PACKS.match(qty.group(2) or ""))
    ):
        draft.fields["quantity"], qty = f"{counted.group(1)} pcs", counted
    elif qty:
        unit = qty.group(2) or ("個" if q.language == "ja" else "pcs")  # 「数量：120」
        draft.fields["quantity"] = f"{qty.group(1)} {unit}"
    price = price_in(raw, qty.span() if qty else None)
    if price:
        draft.fields["unit_price"], draft.fields["currency"] = price[:2]
    if draft.lines:  # the first line's values stand for the goods in the summary
        draft.fields.pop("hs_code", None)
        draft.fields.update(draft.lines[0])
    term = _INCOTERM.search(raw)
    if term:  # 「CIF ホーチミン」: the place in Latin letters where the city tables know it
        where = place(term.group(2)) if term.group(2) else ""
        draft.fields["incoterm"] = " ".join(p for p in (term.group(1), where) if p)
    if named.buyer:
        draft.fields["buyer"] = named.buyer
    if address := buyer_address(raw, named):
        draft.fields["buyer_address"] = address
    if named.exporter:
        draft.fields["exporter"] = named.exporter
    if named.exporter_address:
        draft.fields["exporter_address"] = named.exporter_address
    own_goods = bool(product) and "product" not in q.inherited
    if packed_each:
        draft.fields["quantity"], draft.fields["packages"] = packed_each[:2]
    elif packed := packages_in(raw, qty, own_goods):  # 「10カートンです」: packages, not goods
        draft.fields["packages"] = packed[0]
        if packed[1]:
            draft.fields.pop("quantity", None)
    elif filled := packages_for(draft.fields.get("quantity", ""), held):  # 24個、1個入り: 24
        draft.fields["packages"] = filled
    _terms(draft, whole, qty.span() if qty else None, q.language)
    _route(draft, raw, q.language)
    markets = _buyer_markets(raw, q.destinations + q.unsupported)
    if markets:
        draft.fields["buyer_country"] = markets[0]
    if agreement := agreement_in(raw, ""):  # the market's only one is read after merging
        draft.fields["agreement"] = agreement
    return draft


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _route(draft: ShipmentDraft, raw: str, lang: str) -> None:
    """The ports, and the transport mode they imply when none is said (港: sea, 空港: air)."""
    found, mode = ports(raw)
    draft.fields.update(found)
    if mode and "transport" not in draft.fields:
        draft.fields["transport"] = (
            {"sea": "海上輸送", "air": "航空輸送"}[mode] if lang == "ja" else mode
        )


def _documents(low: str) -> list[str]:
    """Every kind of document the message asks for, in form order; the 「インボイス」 of a
    proforma invoice is not a commercial invoice too."""
    asked = {k for k, words in _KINDS.items() if any(w in low for w in words)}
    if "proforma_invoice" in asked:
        rest = low
        for w in _KINDS["proforma_invoice"]:
            rest = re.sub(rf"{re.escape(w)}[\s・-]*(?:invoice|インボイス)?", " ", rest)
        if not any(w in rest for w in _KINDS["commercial_invoice"]):
            asked.discard("commercial_invoice")
    return [k for k in _ORDER if k in asked]


def _quantity(raw: str) -> re.Match[str] | None:
    """The goods' quantity: the first amount with a unit that is not a stated weight
    (「緑茶200カートン、総重量2,400kg」: 200 cartons, not 2,400 kg), else an amount labelled
    as the quantity (「数量：120」)."""
    for m in QTY.finditer(raw):
        if _WEIGHT_LABEL.search(raw[: m.start()]) or _EACH_WEIGHS.match(raw, m.start()):
            continue
        return m
    return labelled_quantity(raw)


# The weight of one piece ("4 used tractors, about 1,800 kg each", 「1台あたり1,800kg」): the
# count before it is the quantity (test20 t003 read 1,800 kg as the quantity).
_EACH_WEIGHS = re.compile(
    r"(?i)\d[\d,]*(?:\.\d+)?\s*(?:kg|キロ|トン|t|g)(?![a-z])\s*(?:each|apiece|per (?:unit|piece|machine|item)|ずつ)"
)


def _buyer_markets(raw: str, markets: list[str]) -> list[str]:
    """The markets, less one named only by a currency: an invoice in USD is no US buyer."""
    mentions = find_places(raw)
    named = {m.code for m in mentions if m.kind != "currency"}
    priced = {m.code for m in mentions if m.kind == "currency"}
    return [c for c in markets if c in named or c not in priced]


def _phrase(clause: str) -> str:
    return understand(clause, frozenset()).phrase


def _terms(draft: ShipmentDraft, raw: str, qty_span: tuple[int, int] | None, lang: str) -> None:
    """Weights, transport mode and payment terms, when the message states them."""
    weights = []
    for m in _WEIGHT.finditer(raw):
        if qty_span and m.start(1) < qty_span[1] and qty_span[0] < m.end(1):
            continue  # "500 kg of tea" is the quantity
        if _PER_UNIT_AFTER.match(raw[m.end(1) :]) or _PER_UNIT_BEFORE.search(raw[: m.start(1)]):
            continue  # 「1kgあたり80ユーロ」 is the price's unit
        weights.append(m.group(1).strip())
    if weights:  # net and gross both: 「総重量2,400kg、正味2,000kg」 (the form reads each)
        draft.fields["weights"] = ("、" if lang == "ja" else "; ").join(weights[:2])
    low = raw.lower()
    for en, ja, words in _TRANSPORT:
        if any(w in low for w in words):
            draft.fields["transport"] = ja if lang == "ja" else en
            break
    if pay := _PAYMENT.search(raw):
        draft.fields["payment"] = pay.group(1)


def merge(drafts: list[ShipmentDraft]) -> ShipmentDraft:
    """Fields from several messages of a conversation; later messages win."""
    out = ShipmentDraft()
    for d in drafts:
        out.fields.update(d.fields)
        out.documents = d.documents or out.documents
        out.lines = d.lines or out.lines  # a later list replaces the goods; a remark keeps them
        out.size = d.size or out.size
    product = out.fields.get("product", "")
    if out.size and product and out.size not in product:  # 品名 「日本酒 720ml瓶」
        out.fields["product"] = f"{product} {out.size}"
    country = out.fields.get("buyer_country", "")
    only = agreement_in("", country) if "origin_statement" in out.documents else ""
    if only and "agreement" not in out.fields:  # the buyer's market has only this one
        out.fields["agreement"] = only
    return out
