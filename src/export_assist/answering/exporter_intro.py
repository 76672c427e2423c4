"""Who the exporter is, said before the question (「北海道の水産加工会社です。」, 「金沢の和菓子屋
です。」): the exporter's trade, not the goods asked about. When the rest of the message names
goods (「…瓶詰めの鮭フレークを輸出します」), the introduction is no part of the product; when it
names none (「台北の茶器店に送ります」: a shop named by its goods is the buyer), or when the
introduction names the goods it makes as an object (「和傘を作っている工房です」), it stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.retrieval.normalize import nfkc

# what an exporter calls itself, by the word's ending
_TRADE = (
    r"(?:会社|メーカー|屋|店|工房|窯元|蔵元|酒蔵|農家|農園|法人|商社|組合|企業|製造元|生産者|"
    r"事業者|業者|工場|醸造所|ブルワリー|牧場|養殖場|商店)"
)
# the first sentence, when it only says who the exporter is
_INTRO = re.compile(
    rf"^\s*(?:弊社は|当社は|うちは|私たちは|私は)?(?P<who>[^。！？!?\n]{{0,30}}?){_TRADE}"
    r"(?:です|でございます|を(?:経営|運営|営ん|やっ)(?:てい|てお)(?:ます|ります))[。！!]"
)
# goods that name a shop or a firm (「茶器店」, 「雑貨屋」): the buyer, not the goods
_SHOP_AFTER = re.compile(r"(?:専門)?(?:店|屋|ショップ|ストア|売り場|メーカー|会社)")


def without_intro(text: str, names_goods: Callable[[str], list[tuple[int, str]]]) -> str:
    """The text with a leading self-introduction blanked (same length: offsets stay), when
    the rest names goods of its own (names_goods: the (offset, word) of each product word);
    else the text itself."""
    m = _INTRO.match(text)
    # 「和傘を作っている工房です」: goods the exporter makes, said as an object, are the goods
    if m is None or "を" in m.group("who"):
        return text
    rest = " " * m.end() + text[m.end() :]
    low = nfkc(rest).lower()  # the offsets names_goods gives
    goods = [(i, w) for i, w in names_goods(rest) if not _SHOP_AFTER.match(low, i + len(w))]
    return rest if goods else text


# a maker named by its craft (「江戸切子の工房です」, 「波佐見焼の窯元です」): the craft names the
# goods' kind, which a buyer search and its answer say (test34 t001 and escalation_dev32 d001
# searched for 「白磁のマグカップや取り皿」 and 「カットグラスのロックグラス」 without the ware)
_MAKER = re.compile(
    r"^\s*(?:弊社は|当社は|うちは|私たちは|私は)?[^。！？!?\n]{0,20}?(?:の|、|で)?"
    r"(?P<craft>(?:(?![の・、で])[\u3040-\u30ff\u4e00-\u9fffー]){0,8}?(?:焼|塗|塗り|織|染|切子|細工|"
    r"漆器|刃物|鋳物|鉄器|銅器|和紙|人形|硝子|ガラス|陶器|磁器|箪笥|提灯|扇子|包丁|こけし|工芸))"
    # ... or by the craft it does (「別府で竹細工をしている工房です」, test42 t001)
    r"(?:の|を(?:している|やっている|しております))?"
    r"(?:工房|窯元|窯|職人|工場|メーカー|店|屋|会社|製造元)(?:です|でございます)[。！!]"
)


def maker_craft(text: str) -> str:
    """The craft a maker introduces itself by (「波佐見焼の窯元です。」 -> 波佐見焼), else ""."""
    m = _MAKER.match(nfkc(text))
    return m.group("craft") if m else ""


def with_craft(goods: str, *texts: str) -> str:
    """The goods with the maker's craft before them (the first of the texts that introduces
    one: the message, then the conversation's), when the goods do not name it."""
    craft = next((c for t in texts if (c := maker_craft(t))), "")
    if not craft or craft in goods:
        return goods
    return f"{craft}（{goods}）" if goods else craft


# another exporter introducing itself (「神戸の樹脂部品メーカーです。」) starts a new conversation:
# nothing of the previous goods is carried (the s39 trial read bekko eyeglass frames into a mould
# maker's End User List question); a buyer described (「送り先は…業者です」) is no exporter, and
# nor is an exporter naming itself for the document form (「弊社は有限会社鈴木商店です。」): not
# _INTRO's every trade, only makers and trading houses
_NEW_EXPORTER = re.compile(
    r"^\s*(?:弊社は|当社は|うちは|私たちは|私は)?(?!送り先|取引先|相手|お客|買い手|先方)[^。！？!?\n]{0,30}?"
    r"(?:メーカー|工房|窯元|蔵元|酒蔵|農家|農園|商社|工場|製造元|醸造所|ブルワリー|牧場|養殖場)"
    r"(?:です|でございます)[。！!]"
)


def new_exporter(text: str) -> bool:
    """The message opens with an exporter introducing itself (a maker, a trading house)."""
    return bool(_NEW_EXPORTER.match(nfkc(text)))
