"""Trade-document requests in chat: the shipment fields a message states (product,
quantity, price, currency, buyer, Incoterm and place), and which required ones are missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from export_assist.answering.labels import t
from export_assist.answering.parties import Parties, owner_of, parties, said_addresses
from export_assist.answering.places import find_places, market_name
from export_assist.answering.shipment_lines import QTY, goods_lines, hs_in, packages_in, price_in
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
    r"(?i)((?:(?:net|gross|正味重量|総重量|正味|重量)\s*(?:weight)?\s*(?:は|が|[:：]|is|of)?\s*"
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
# The buyer's address: in brackets right after its name, or said as 「住所は…」 / "address: …"
# (not the exporter's: 「弊社の住所は…」, or one said right after the exporter's name).
# Also inside the same brackets after a comma: 「バイヤー（Müller GmbH, Hauptstr. 5, Berlin）」.
_ADDRESS_BRACKETS = re.compile(r"^\s*(?:[（(]|[,、]\s*)([^（）()]{6,160})[）)]")
# In Latin letters after the buyer's name and a comma, up to the terms that follow it
# ("…, DAP Paris", "…, by air", "…, at EUR 15").
_ADDRESS_LATIN = re.compile(r"^\s*,\s*([A-Za-z0-9\u00c0-\u024f .,'#/&-]{6,160})")
_ADDRESS_END = re.compile(
    r"(?i),?\s*\b(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|by|via|at|for|on|"
    r"shipped|incoterms?)\b"
)
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
    r"cash against documents|advance payment|前払い|前払|電信送金|信用状|後払い)(?![a-z])"
)
_KINDS = {
    "proforma_invoice": ("proforma", "pro forma", "プロフォーマ"),
    "packing_list": ("packing list", "パッキングリスト", "梱包明細", "包装明細"),
    "commercial_invoice": ("invoice", "インボイス", "送り状", "請求書"),
}
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

    def missing(self) -> list[str]:
        """Required fields not stated yet, in form order."""
        return [f for f in REQUIRED if f not in self.fields]


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
    product = q.phrase or q.product
    qty = _quantity(raw)
    # "40 cartons of dried udon": the goods counted, where no product word is known
    of = _OF_GOODS.match(raw, qty.end()) if qty else None
    if of and (not q.product or q.product.lower() in of.group(1).lower()):
        product = of.group(1)
    if product:
        draft.fields["product"] = product
    if qty:
        draft.fields["quantity"] = f"{qty.group(1)} {qty.group(2)}"
    elif product and (
        m := re.search(rf"(\d[\d,]*)\s+(?:\w+\s+)?{re.escape(product.lower())}", low)
    ):
        draft.fields["quantity"] = f"{m.group(1)} pcs"  # "200 cotton towels"
        qty = m
    price = price_in(raw, qty.span() if qty else None)
    if price:
        draft.fields["unit_price"], draft.fields["currency"] = price[:2]
    if draft.lines:  # the first line's values stand for the goods in the summary
        draft.fields.pop("hs_code", None)
        draft.fields.update(draft.lines[0])
    term = _INCOTERM.search(raw)
    if term:
        draft.fields["incoterm"] = " ".join(p for p in term.groups() if p)
    named = parties(raw)
    if named.buyer:
        draft.fields["buyer"] = named.buyer
    if address := _buyer_address(raw, named):
        draft.fields["buyer_address"] = address
    if named.exporter:
        draft.fields["exporter"] = named.exporter
    if named.exporter_address:
        draft.fields["exporter_address"] = named.exporter_address
    own_goods = bool(product) and "product" not in q.inherited
    if packed := packages_in(raw, qty, own_goods):  # 「10カートンです」: packages, not goods
        draft.fields["packages"] = packed[0]
        if packed[1]:
            draft.fields.pop("quantity", None)
    _terms(draft, raw, qty.span() if qty else None, q.language)
    markets = _buyer_markets(raw, q.destinations + q.unsupported)
    if markets:
        draft.fields["buyer_country"] = markets[0]
    return draft


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
    return [k for k in ("proforma_invoice", "commercial_invoice", "packing_list") if k in asked]


def _buyer_address(raw: str, named: Parties) -> str | None:
    """The buyer's address, where the message gives one (it names a number: a street or a
    postcode), in brackets after the buyer's name, after it in Latin letters, or said as such
    (「買い手の住所は…」 in a later message names no buyer)."""
    buyer = named.buyer
    at = raw.find(buyer) if buyer else -1
    after = raw[at + len(buyer) :] if at >= 0 else ""
    found = _ADDRESS_BRACKETS.match(after) if buyer else None
    if found and re.search(r"\d", found.group(1)):
        return found.group(1).strip(" ,、")
    for start, value in said_addresses(raw):
        if owner_of(raw, start, named.exporter_at) == "buyer":
            return value
    if not buyer:
        return None
    if latin := _ADDRESS_LATIN.match(after):  # "Maison Inox SARL, 5 rue de Lyon, 75012 Paris"
        address = _ADDRESS_END.split(latin.group(1), maxsplit=1)[0]
        if qty := QTY.search(address):  # "Tee Haus GmbH, Hamburg, 300 bags": the goods
            address = address[: qty.start()]
        address = address.strip(" ,.")
        if re.search(r"\d{2,}|^\d", address):
            return address
    return None


def _quantity(raw: str) -> re.Match[str] | None:
    """The goods' quantity: the first amount with a unit that is not a stated weight
    (「緑茶200カートン、総重量2,400kg」: 200 cartons, not 2,400 kg)."""
    for m in QTY.finditer(raw):
        if not _WEIGHT_LABEL.search(raw[: m.start()]):
            return m
    return None


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
    return out


def form_answer(draft: ShipmentDraft, q: Question) -> str:
    """What was understood, and the one question for what is still missing."""
    lang = q.language
    shown = [_line_text(line, lang) for line in draft.lines]
    listed = ("product", "quantity", "unit_price", "hs_code") if draft.lines else ()
    for key, value in draft.fields.items():
        if key == "currency" or key in listed:
            continue
        if key == "buyer_country":
            value = market_name(value, lang)
        shown.append(f"{t(lang, 'field_' + key)}: {value}")
    sep = "、" if lang == "ja" else ", "
    bullet = "・" if lang == "ja" else "• "
    lines = [t(lang, "doc_known"), *[bullet + s for s in shown]] if shown else []
    missing = draft.missing()
    if missing:
        names = sep.join(t(lang, "field_" + m) for m in missing)
        lines += ["", t(lang, "doc_missing", fields=names)]
    return "\n".join(lines).strip()


def _line_text(line: dict[str, str], lang: str) -> str:
    """One line of goods: 「品名: 緑茶(数量: 100 袋、単価: 5 USD)」."""
    keys = ("quantity", "unit_price", "hs_code")
    parts = [f"{t(lang, 'field_' + k)}: {line[k]}" for k in keys if line.get(k)]
    inner = ("、" if lang == "ja" else ", ").join(parts)
    head = f"{t(lang, 'field_product')}: {line['product']}"
    return f"{head}({inner})" if lang == "ja" else f"{head} ({inner})"
