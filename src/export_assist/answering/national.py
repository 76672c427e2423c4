"""A member state's own rules: the EU's common rules apply in Denmark or Czechia, but their
excise amounts, tax stamps, alcohol licences and other national measures are not in the
sources when the corpus holds no document of that state. Such a question is answered with
what the EU's rules say and handed to an advisor, never answered as if EU law settled it
(s15: 「デンマーク独自の酒税は1本あたりいくら？」 got the EPA's tariff elimination)."""

from __future__ import annotations

import re

from export_assist.answering.handoff import names
from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.understand import Question
from export_assist.geo import EU_MEMBERS
from export_assist.retrieval.normalize import nfkc

# The message asks for the state's own rule: 「デンマーク独自の」「ルクセンブルクだけの」
# "Ireland's own", "national rules" (a rule of the whole EU is not "独自").
_OWN = re.compile(
    # 「日本の国内法でも保護されている」 is Japan's law (test54 t021)
    r"独自|だけの(?:規|ルール|決ま|税|表示|手続)|(?<!日本の)国内法|"
    r"\bown (?:rules?|tax|excise|law|requirements?|labell?ing)|\bnational (?:rules?|law|tax|excise)",
    re.I,
)
# National competences inside the EU: the amount of excise and its stamps, minimum prices,
# licences to sell alcohol (the EU harmonises the structure of excise, not its rates).
_EXCISE = re.compile(r"酒税|物品税|excise|alcohol (?:duty|tax)", re.I)
_AMOUNT = re.compile(
    r"いくら|税額|税率|上乗せ|印紙|証紙|販売(?:許可|免許)|免許|"
    r"how much|\brates?\b|stamps?\b|\blicen[cs]e",
    re.I,
)
_NATIONAL_ONLY = re.compile(
    r"最低(?:小売)?価格|minimum (?:unit )?pric|off-licen[cs]e|liquor licen[cs]e|"
    r"酒類(?:の)?販売(?:業)?(?:許可|免許)",
    re.I,
)
# Other national competences (s16): a state's retail monopoly for alcohol (Finland's,
# Sweden's), its deposit-return scheme for bottles and cans, its packaging take-back
# (EPR) licence, its language law: each state's own law.
_STATE_MEASURES = re.compile(
    r"小売(?:の)?独占|販売独占|独占(?:小売|会社|企業|店)|専売|国営(?:の)?(?:酒|小売|販売|店)|"
    # 「独占販売会社」「国の独占販売」 (an exclusive distribution contract is no state's)
    r"独占販売(?!契約|権|代理|店契約)|(?:国|政府|国家)(?:の|による)?独占|"
    r"デポジット|容器(?:の)?(?:保証金|回収|返却)|(?:空き?瓶|空き?缶)(?:の)?(?:回収|返却)|言語法|"
    r"拡大生産者責任|包装(?:の)?ライセンス|"
    r"monopol|extended producer|packaging licen[cs]|deposit[- ](?:return|refund|scheme|system)|bottle deposit|can deposit|language law",
    re.I,
)
# ... and where alcohol is sold (or asked about): the hours it may be sold, whether it may
# be sold online or by mail (Lithuania's sale hours and online ban are national law).
_SALE_LIMITS = re.compile(
    r"販売時間|営業時間|何時まで|夜間(?:の)?販売|ネット(?:通販|販売|で売|で販売)|"
    r"オンライン(?:販売|通販|で売|で販売)|通信販売|通販(?:サイト)?で(?:売|販売)|"
    r"(?:ネット|オンライン|ウェブ|web)(?:ショップ|ストア|店)|ECサイト|"
    r"sale hours|selling hours|hours of sale|trading hours|"
    r"online (?:sales?|shop|store|selling)|(?:sell(?:ing)?|sold) (?:\w+ )?online|mail[- ]order|distance sell",
    re.I,
)
# ... a licence to sell alcohol or tobacco there (Latvia's trading licence; the EU sets no
# such licence): 「酒を売るにはライセンスが必要？」 "a licence to sell beer"
_SELL_LICENCE = re.compile(
    r"(?:売|販売|卸|扱|小売)[^。？?!！]{0,12}(?:ライセンス|免許|許可)|"
    r"(?:ライセンス|免許|許可)[^。？?!！]{0,6}(?:販売|売|卸)|"
    r"licen[cs]e[sd]? (?:to|for) (?:sell|sale|retail|trade|distribut)|"
    r"(?:sales?|selling|retail|trading|distribution) licen[cs]e|licensed to sell",
    re.I,
)
# ... the user selling alcohol or tobacco at retail there itself (Finland's and Sweden's
# retail monopolies, other states' retail licences): 「フィンランドで酒の小売をするには」,
# "to retail our sake in Sweden"; exporting to a retailer there is the EU's import rules
_RETAILING = re.compile(
    r"小売り?(?:業)?(?:を|で|も)?(?:する|し(?:たい|て|ます)|始め|やり|やる|やって|行|営)|"
    r"(?:酒屋|酒店|リカーショップ)を(?:開|始|出|やり|営)|直接(?:消費者|お客さん|一般の人)に(?:売|販売)|"
    r"\bretail(?:ing)? (?:our |my |the |of )?(?:\w+ )?(?:sake|alcohol|wine|beer|spirits|liquor|"
    r"shochu|whisk(?:e)?y|tobacco|cigars?)\b|"
    r"\bsell(?:ing)? (?:\w+ ){0,4}(?:to consumers|to the public|at retail|directly to (?:consumers|customers))\b|"
    r"\b(?:run|open|start)(?:ning)? an? (?:liquor|bottle|wine|sake) (?:shop|store)\b",
    re.I,
)
# ... and the stamps or excise labels a state has put on bottles and packs (Portugal's,
# Poland's): 「税の証紙」「納税証紙」「印紙」, "tax stamp", "excise label"
_STAMP = re.compile(
    r"(?<!収入)(?:証紙|印紙)|税票|(?:tax|excise|fiscal|duty|revenue) (?:stamps?|labels?|marks?|bands?)|"
    r"banderol",
    re.I,
)
# ... unless the licence is Japan's own (「日本の酒類販売免許」, the tax office's)
_JAPANS = re.compile(
    r"日本(?:の|で(?:の)?|側(?:の|で)?)[^。？?]{0,8}(?:免許|許可|ライセンス|証紙|印紙)|税務署|"
    r"japan(?:ese|'s)? (?:\w+ ){0,2}(?:licen[cs]e|permit|stamp)",
    re.I,
)
_TAXED = re.compile(r"税|tax|excise|duty", re.I)
_TOBACCO = re.compile(
    r"たばこ|タバコ|煙草|葉巻|\b(?:tobacco|cigars?|cigarettes?|e-cigarettes?)\b", re.I
)
_ALCOHOL = re.compile(
    r"酒|ワイン|ビール|ウイスキー|ウィスキー|焼酎|リキュール|アルコール|"
    r"\b(?:alcohol\w*|liquor|sake|shochu|spirits?|wine|beer|whisk(?:e)?y|umeshu|gin)\b",
    re.I,
)


def _state_only(text: str, states: list[str]) -> bool:
    """「イタリアならではの決まり」 asks the state's own rule; 「焼き物ならではの決まり」 asks the
    goods' (test45 t035, porcelain for Milan, was handed off as Italian national law)."""
    places = {market_name(s, "ja") for s in states} | {"国", "その国", "現地", "向こう"}
    return any(text[: m.start()].endswith(tuple(places)) for m in re.finditer("ならでは", text))


def national_gap(q: Question, countries: frozenset[str]) -> list[str]:
    """The EU member states the question asks about whose own rules it asks for while the
    sources hold no document of theirs (`countries`: the countries documents exist for)."""
    states = [c for c in q.destinations if c in EU_MEMBERS and c not in countries]
    text = nfkc(q.asked or q.text)
    if not states:
        return state_rules(q.destinations, text)
    # a licence or stamp of Japan's is Japan's side
    japan = bool(_JAPANS.search(text))
    own = bool(_OWN.search(text) or (_NATIONAL_ONLY.search(text) and not japan))
    own = own or _state_only(text, states)
    excise = bool(_EXCISE.search(text) and _AMOUNT.search(text))
    measure = bool(_STATE_MEASURES.search(text))
    limits = bool(_SALE_LIMITS.search(text) and _ALCOHOL.search(text))
    restricted = bool(_ALCOHOL.search(text) or _TOBACCO.search(text))
    selling = _SELL_LICENCE.search(text) or _RETAILING.search(text)
    licence = restricted and bool(selling) and not japan
    stamp = bool(_STAMP.search(text)) and (restricted or bool(_TAXED.search(text)))
    national = own or excise or measure or limits or licence or (stamp and not japan)
    return states if national else []


# A federation's states or territories license the sale of alcohol and tobacco themselves
# (Australia's liquor licences, a US state's): the sources say only that such licences exist
# (test17: 「どの州の酒類販売の免許を取ればいいですか？」 was answered with the federal taxes).
FEDERAL = frozenset({"US", "AU", "CA", "IN", "BR", "MX", "MY", "AE"})
_STATE = re.compile(
    r"(?<![欧豪])州|\b(?:states?|provinces?|provincial|territor(?:y|ies)|emirates?)\b", re.I
)
_LICENSED = re.compile(r"免許|ライセンス|許可|licen[cs]e|permit", re.I)


def state_rules(markets: list[str], text: str) -> list[str]:
    """The federal markets whose states' own licence to sell alcohol or tobacco the message
    asks about (「どの州の酒類販売の免許」, "a state liquor licence"); Japan's is Japan's side."""
    federal = [c for c in markets if c in FEDERAL]
    if not federal or not _STATE.search(text) or _JAPANS.search(text):
        return []
    restricted = _ALCOHOL.search(text) or _TOBACCO.search(text)
    selling = _SELL_LICENCE.search(text) or _RETAILING.search(text) or _NATIONAL_ONLY.search(text)
    return federal if restricted and selling and _LICENSED.search(text) else []


def national_head(states: list[str], lang: str, escalated: bool) -> str:
    """What the answer opens with: the states' own rules are not in the sources (and, when
    the answer quotes the EU's (or the federation's) rules, that these follow)."""
    if all(c in FEDERAL for c in states):
        head = t(lang, "subnational", markets=names(states, lang))
        return head if escalated else f"{head}\n{t(lang, 'known')}"
    head = t(lang, "national", markets=names(states, lang))
    return head if escalated else f"{head}\n{t(lang, 'national_eu')}"
