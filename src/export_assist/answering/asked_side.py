"""Which side of the border a question asks about: the destination's own import rules (its
import licence, registration, conformity marks, the authority there) or Japan's export side.
A market the corpus does not cover whose Japan-side rules are known (Russia's and Iran's
sanctions) is answered from Japan's side; a question that asks for the destination's rules
is still not answered by them and goes to an advisor (s18, qa15-t013: 「ロシア側で必要な
適合宣言（EAC）は誰が取るの？」 got Japan's export ban and no hand-off)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from export_assist.answering.places import find_places, market_name
from export_assist.retrieval.normalize import nfkc

if TYPE_CHECKING:
    from export_assist.answering.understand import Question

# The import side named in words: an import licence, permit, registration or clearance;
# the local authority; the importing country's side (「相手国側」「現地の規制」).
_IMPORT = re.compile(
    r"輸入(?:の)?(?:許可|ライセンス|免許|規制|要件|条件|手続き?|登録|申告|検査|審査|通関|書類|ルール|基準|関税)|"
    r"(?:現地|先方|相手国|輸入国|仕向国|仕向け国)(?:側)?(?:の|で|では|に)(?:[^。？?]{0,8})?"
    r"(?:規制|法律|法令|基準|認証|登録|当局|役所|税関|手続き?|ルール|要件|許可|必要|求め)|"
    r"適合(?:宣言|証明|証|認証)|"
    r"\bimport (?:licen[cs]es?|permits?|registrations?|requirements?|rules?|regulations?|"
    r"procedures?|clearance|conditions?|approvals?)\b|"
    r"\b(?:local|destination|importing country's) (?:rules?|laws?|regulations?|authorit\w*|customs)\b|"
    r"\bconformity (?:declaration|certificate|assessment|mark)s?\b|\bdeclaration of conformity\b",
    re.I,
)
# The market's own rules or authority, with the market's name before them.
_MARKET_JA = (
    r"(?:側(?:で|の|では|に)?|の(?:法律|法令|規制|基準|認証|当局|政府|役所|税関|ルール|要件)|"
    r"(?:で|では)[^。？?]{0,12}(?:必要|求め|義務|要求)|(?:が|は)[^。？?]{0,8}(?:求め|要求))"
)
_MARKET_EN = (
    r"(?:(?:'s)? (?:rules?|laws?|regulations?|authorit\w*|government|customs|requirements?)|"
    r" (?:require|requires|demand|demands)\b)"
)
_REQUIRED_IN = r"\b(?:required|needed|necessary|mandatory) (?:by|in|for) (?:the )?"


def asks_foreign(text: str, markets: list[str]) -> bool:
    """True when the message asks for the import rules of the markets (or of the importing
    country in general), not for Japan's side of the export."""
    said = nfkc(text)
    if _IMPORT.search(said):
        return True
    # the markets as the message names them ("Russia", 「ロシア」), and their everyday names
    names = {m.surface for m in find_places(said) if m.code in markets and m.kind != "currency"}
    names |= {market_name(c, lang) for c in markets for lang in ("ja", "en")}
    for name in filter(None, names):
        if re.search(re.escape(name) + _MARKET_JA, said):
            return True
        if re.search(r"\b" + re.escape(name) + _MARKET_EN, said, re.I):
            return True
        if re.search(_REQUIRED_IN + re.escape(name) + r"\b", said, re.I):
            return True
    return False


# Goods sold on from a covered market to one Japan bans exports to: 「大連に送って平壌のホテルに
# 転売」 is an indirect export Japan's measure covers (test26 t010 answered China's food rules).
# ... and in everyday words: 「最終的にはモスクワの会社に回す」, 「一部をウラジオストクの店に回す」
# (test42 t020, escalation_dev40 d016 told the exporter Russia was not covered)
_ONWARD = re.compile(
    r"転売|再輸出|転送|横流し|経由|積み替え|持ち込|(?:に|へ)回(?:す|し|され|る|っ)|最終的|最終(?:需要者|ユーザー|仕向)|"
    # 「商品は中国で売るのではなく、北朝鮮のお客さんに持っていくそうです」 (test44 t021)
    r"(?:で|に)(?:売る|販売する|売られる)(?:の|ん)?ではなく|"
    r"(?:お客|客|会社|工場|業者|相手|取引先|店|人)(?:さん|様)?(?:に|へ)"
    r"(?:持って(?:いく|行く|いき|行き|いっ|行っ)|運ぶ|運ん|運び|届ける(?!出))|"
    r"\b(?:re-?exports?|re-?exported|re-?sell|re-?sold|resale|trans?ship\w*|onward|forward(?:ed)? to|"
    r"ultimately|end up in|final destination|end[- ]users?)\b",
    re.I,
)


def onward(text: str) -> bool:
    """Whether the goods are to go on from the market named to another one."""
    return bool(_ONWARD.search(nfkc(text)))


def japans_measure(q: Question, regulated: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Japan's documents regulating exports to every unsupported market named (`regulated`:
    market -> documents), beside a covered market when the goods go on to it, or when Japan's
    own rules are asked (「…北朝鮮の買い手へ…日本の規制の対象になりますか」, s58: tuning test54 t010)."""
    onto = not q.destinations or onward(q.text) or (q.japan_side and q.japan_named)
    if not onto or not all(code in regulated for code in q.unsupported):
        return frozenset()
    return frozenset(d for code in q.unsupported for d in regulated[code])
