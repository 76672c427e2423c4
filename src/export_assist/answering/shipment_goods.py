"""The goods a document request names and their quantity when said as a label: the words
before the count (「LED卓上ライト 80台」, 「IH調理器 40台」, Latin-led names included), and
「数量：120」 with no unit."""

from __future__ import annotations

import re

from export_assist.answering.parties import Parties
from export_assist.answering.shipment_lines import UNITS
from export_assist.answering.shipment_route import unit_size
from export_assist.answering.understand import Question, understand

# The goods' name right before their quantity: a kanji or katakana word, okurigana inside it
# (「冷凍ブリ切り身 2kg袋 x 300袋」, 「冷凍うなぎ 200袋」), never a particle (「リストを冷凍サバ」 is two
# words); a Latin head joined to it is part of the name (「LED卓上ライト」, 「USB充電器」).
_BEFORE_QTY = re.compile(
    # (a hiragana head said at a clause's start is part of it: 「。ゆずポン酢 360ml瓶を600本」; a
    # particle left after a company's name is none: 「B.V. にマグカップ」)
    r"((?:(?<=[\s、。,，「])(?![をにではがのとへもや])[ぁ-ゖ]+)?(?:[A-Za-z][A-Za-z0-9+-]*)?[\u3005\u4e00-\u9fff\u30a1-\u30ffー・]"
    r"(?:[\u3005\u4e00-\u9fff\u30a1-\u30ffー・]|[ぁ-ゖ](?<![をにではがのとへもや]))*"
    # ... and goods said in hiragana after 「の」, whose owner _OWNER reads: 「和紙のうちわ2,000本」 (s55
    # user trial: the invoice read 「和紙」)
    r"|(?<=[\u3005\u4e00-\u9fff\u30a1-\u30ffー]の)(?:[ぁ-ゖ](?<![をにではがのとへもや])){2,}(?:[\u3005\u4e00-\u9fff\u30a1-\u30ffー・]|[ぁ-ゖ](?<![をにではがのとへもや]))*)"
    r"[\s、,x×*]*$"
)
# The noun right before 「の」 that joins it to the goods' name: 「有田焼の」 in 「有田焼の招き猫」.
_OWNER = re.compile(r"((?:[A-Za-z][A-Za-z0-9+-]*)?[\u3005\u4e00-\u9fff\u30a1-\u30ffー・]+)の$")
# Labels of a form said in words, never the goods: 「品名 電動歯ブラシ、数量 150台」.
_LABELS = re.compile(r"(?:数量|個数|台数|単価|価格|品名|商品名|品目|合計|総数|計)$")
# A quantity said as a label, with or without its unit: 「数量：120」, "Quantity: 120 units".
_LABELLED = re.compile(
    rf"(?i)(?:数量|個数|台数|quantity|qty\.?)\s*(?:は|が|[:：]|of)?\s*(\d[\d,]*)\s*({UNITS})?(?![a-z\d])"
)


def labelled_quantity(raw: str) -> re.Match[str] | None:
    """An amount the message labels as the quantity (group 2, its unit, may be None)."""
    return _LABELLED.search(raw)


def named_goods(raw: str, named: Parties, q: Question, qty_at: int) -> str:
    """The goods the message names, read without the companies' names and addresses (「Saigon
    Seafood Co., Ltd.」 is no seafood, 「北海水産株式会社」 no 水産) or the unit size (「720ml瓶」
    is no product 「ml瓶」); the words right before the quantity when no product word is known
    (「冷凍サバ 500袋」) or name it more fully (「LED卓上ライト」 for 「ライト」) or verbatim; the
    conversation's goods when the message names none of its own."""
    goods = raw
    if "product" in q.inherited:
        # the message's own goods still win (s59 trial: 「食品」, said in a question before,
        # replaced "yuzu paste, 800 tubes"); a unit alone ("40 cartons") names none
        own = _own_goods(_without_parties(raw, named))
        return own if own and not _UNIT_ONLY.fullmatch(own) else q.phrase or q.product
    if named.buyer or named.exporter or unit_size(q.text):
        goods = _without_parties(raw, named)
        known = _own_goods(goods)
    else:
        known = q.phrase or q.product
    if qty_at < 0:
        return known
    # the unit size and the particle said between the goods and the count are neither:
    # 「冷凍たこ焼き1kg袋を1,200袋」 (s54: tuning escalation_dev48 d003 read no goods)
    head = goods[:qty_at]
    if size := unit_size(head):
        head = head[: size[1][0]] if not head[size[1][1] :].strip(" をは、") else head
    before = _BEFORE_QTY.search(head.rstrip(" を"))
    run = before.group(1) if before and not _LABELS.search(before.group(1)) else ""
    # 「有田焼の招き猫 120個」: the known word only qualifies the head (its ware, maker, place);
    # the goods are the whole noun phrase, never the qualifier alone (test16 t003)
    # (or 「九谷焼の箸置」 for 「九谷焼の箸置き」); 「静岡の緑茶」 may stay 「緑茶」, the head is said
    owner = _OWNER.search(head[: before.start(1)]) if before and run else None
    full = f"{owner.group(1)}の{run}" if owner else ""
    if known and known.lower() in full.lower() and known.lower() not in run.lower():
        return full
    fuller = len(run) > len(known) and run.lower().endswith(known.lower())
    # a phrase the message does not say as such (「bluetooth Bluetoothスピーカー」) loses too
    if run and (not known or fuller or known.lower() not in goods.lower()):
        return run
    return known


_UNIT_ONLY = re.compile(rf"(?i)(?:{UNITS})")


def _without_parties(raw: str, named: Parties) -> str:
    """The message with the parties' names and address blanked (spans kept)."""
    for said in (named.buyer, named.exporter.split(", ")[0], named.exporter_address):
        raw = raw.replace(said, " " * len(said)) if said else raw
    return raw


def _own_goods(text: str) -> str:
    """The goods the text itself names."""
    mine = understand(text, frozenset())
    return mine.phrase or mine.product
