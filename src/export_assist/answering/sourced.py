"""Where an ingredient or material came from is no market: 「ベトナム産の米」, 「原料はタイから
仕入れた」, "rice grown in Vietnam", "Vietnamese rice", "part of our rice came from Vietnam"
(data/places.yaml `sourced`). A request that came from a place ("an inquiry came from Vietnam",
「ベトナムから注文が来た」) still names that market."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from export_assist.answering.vocab import load_data
from export_assist.geo import EU_MEMBERS

_DATA = load_data("places.yaml")["sourced"]
_JA_AFTER = tuple(_DATA["ja_after"])
_JA_AFTER_NOT = tuple(_DATA["ja_after_not"])
_INPUTS = tuple(_DATA["inputs"])
_EN_INPUTS = tuple(w for w in _INPUTS if w.isascii())
# 米 is rice, not 米国 or 米ドル
_JA_INPUTS = re.compile(
    "|".join(
        re.escape(w) + ("(?!国|ドル|系)" if w == "米" else "") for w in _INPUTS if not w.isascii()
    )
)
_EN_BEFORE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in _DATA["en_before"]) + r")\s+(?:the\s+)?$", re.I
)
_EN_REQUEST = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DATA["en_request"]) + r")\b")
_EN_INPUT_FROM = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _EN_INPUTS) + r")\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
    re.I,
)
_EN_INPUT_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in _EN_INPUTS) + r")\b", re.I)
_CLAUSE = re.compile(r"[。.!?！？\n]")
# 「ブラジルとコロンビアから生豆を輸入して」: other places joined by と/や/・/、, then から, the
# goods, and a buying verb in the same clause (not 輸入者/輸入業者, who may be a market's buyer)
_JA_FROM_THEN_BUY = re.compile(
    r"^(?:[とや・、][^\s。、とやからを]{1,10}?)*から[^。、!?！？\n]{0,14}?"
    r"(?:輸入(?!者|業|商|会社|元|先)|仕入|取り寄|調達|買い付|買い入|購入)"
)


# 「ブラジルとエチオピアの豆をうちでローストして」: places joined by と/や/・/、, then の and a raw
# input (test43 t021 read Brazil and Ethiopia as the markets of a Bangkok café's coffee); not a
# maker or a market of it (「ドイツの部品メーカーに」, 「タイの米の規制」 ask of those markets)
_JA_OF_INPUT = re.compile(
    r"^(?:[とや・、][^\s。、とやからをの]{1,10}?)*の(?:"
    + "|".join(re.escape(w) for w in _DATA["of_inputs"])
    + r")(?!メーカー|会社|商社|業者|工場|店|屋|市場|の(?:規制|輸入))"
)


# 「タイの業者から輸入した原皮」: a supplier there that the exporter buys from (the s53 trial read
# Thailand as a market beside France); 「ベトナムの工場で縫製した」: where the goods were made
_JA_SUPPLIER = re.compile(
    r"^の(?:業者|会社|メーカー|工場|サプライヤー|仕入先|仕入れ先|取引先|農家|生産者|問屋|商社|農園|養殖場)(?:さん)?"
    r"(?:から[^。、!?！？\n]{0,14}?(?:輸入(?!者|業|商|会社|元|先)|仕入|取り寄|調達|買い付|買い入|購入)|"
    r"で(?:作|つく|製造|生産|縫製|加工|組み立て|組立|縫))"
)


def sourced(text: str, start: int, surface: str, kind: str) -> bool:
    """Whether the place at `start` is said as the origin of an ingredient or material."""
    end = start + len(surface)
    after = text[end : end + 12]
    if after.startswith(_JA_AFTER) and not after.startswith(_JA_AFTER_NOT):
        return True
    ahead = text[end : end + 40]
    if _JA_FROM_THEN_BUY.match(ahead) or _JA_OF_INPUT.match(ahead) or _JA_SUPPLIER.match(ahead):
        return True
    clause = _CLAUSE.split(text[:start])[-1]
    if _EN_BEFORE.search(clause):
        # "an inquiry came from Vietnam": the request names the market
        verb = re.search(r"\bcom(?:e|es|ing)\b|\bcame\b", clause[-30:])
        return not (verb and _EN_REQUEST.search(clause.lower()))
    if _EN_INPUT_FROM.search(clause):  # "rice from Vietnam", "parts imported from China"
        return True
    if kind == "demonym" and _EN_INPUT_AFTER.match(text, end):  # "Vietnamese rice"
        return True
    # 「原料の米の一部はベトナムから」: an input named before the place in the same clause
    return after.lstrip().startswith("から") and bool(_JA_INPUTS.search(clause))


# A party whose name a label already carries (「ラベルにはドイツの輸入代理店の社名と住所しか載って
# いません。イギリスで売るのに」, test44 t036 answered Germany first): where the label was made for,
# not where these goods are to be sold; understand._mentions drops it beside another market.
_LABEL_PARTY = re.compile(
    r"の(?:輸入代理店|輸入業者|輸入者|代理店|販売代理店|販売店|取引先)の(?:社名|住所|名前|名称|連絡先)"
    # 「イギリスの輸入者の住所を…EUの住所だけでは認められなくなった」 (test54 t009): both are parties
    r"|の住所(?:だけ|のみ|しか)"
    r"|\s(?:importer|distributor|agent)'s (?:name|address|details|contact)",
    re.I,
)


class _Placed(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def surface(self) -> str: ...


M = TypeVar("M", bound=_Placed)


def without_label_parties(text: str, found: list[M]) -> list[M]:
    """The places of a question less a party's a label carries, when another market is
    named (the EU holds a member named: 「オランダの輸入者の住所…EUに」 keeps both)."""
    labelled = {m.code for m in found if _LABEL_PARTY.match(text, m.start + len(m.surface))}
    union = {"EU"} if labelled <= EU_MEMBERS else set()
    if labelled and any(m.code not in labelled | {"JP"} | union for m in found):
        return [m for m in found if m.code not in labelled]
    return found
