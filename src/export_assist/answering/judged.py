"""Business judgements read from the form of the sentence that asks, not from any word of the
message: a market's price level, a named party's reliability, what sells. No regulation
text answers these (s19, test16: "Is Seoul Hanbit Trading reliable enough for 60-day
credit?", "What retail price do bottle shops usually put on a 720 ml junmai ginjo?",
「どんな中国語の商品名にすると売れやすい？」 were answered with unrelated cards), and a
statement that only mentions selling (「売れることになりそう。…役所に出しておくものってある？」)
asks none of them."""

from __future__ import annotations

import re

from export_assist.answering.asking import asking_sentence
from export_assist.retrieval.normalize import nfkc

# The price goods sell at there, asked as a level ("what retail price do … usually put on",
# 「現地の小売価格はいくらくらい」); a price the user states or the customs value is not this.
_PRICE_LEVEL = re.compile(
    r"\b(?:what|which)\b[^?]{0,40}\b(?:retail|shelf|wholesale|market|selling|street|consumer|"
    r"typical|usual|average|going)\s+prices?\b|"
    r"\b(?:usual|typical|average|normal)(?:ly)?\b[^?]{0,40}\bprices?\b[^?]{0,40}\?|"
    r"\bhow much (?:do|does|would|will|is|are)\b[^?]{0,60}\b(?:sell|sold|retail|go|cost) (?:for|at)\b|"
    r"\bprice (?:range|level|point)s?\b[^?]{0,40}\?|"
    r"(?:小売|店頭|販売|実売|市場|現地|末端)(?:価格|値段|売価)[^。？?]{0,20}"
    r"(?:いくら|どのくらい|どれくらい|どの程度|相場|平均|一般的|普通|ふつう)|"
    r"いくら(?:くらい|ぐらい|程度)?で(?:売られ|売って|並んで|販売され)",
    re.I,
)
# A named or described party judged: is it reliable, can it be trusted, will it pay.
_RELIABLE = re.compile(
    r"\b(?:reliable|trustworthy|creditworthy|credit-worthy|reputable|legit(?:imate)?|solvent|"
    r"safe to (?:trust|deal with|ship to|sell to|work with))\b|\bcan (?:we|i) trust\b|"
    r"(?:信用|信頼)(?:でき|して(?:も)?(?:いい|良い|大丈夫))|評判|経営状態|倒産しない|"
    r"(?:ちゃんとした|まともな|怪しい|危ない)(?:会社|相手|取引先|業者|バイヤー)",
    re.I,
)
_PARTY = re.compile(
    r"\b(?:company|firm|buyer|importer|distributor|customer|client|partner|they|them)\b|"
    r"\b(?:co|ltd|inc|llc|gmbh|corp|pte|pty)\b\.?|会社|相手|取引先|業者|バイヤー|輸入者|輸入業者|"
    r"代理店|商社|お客|先方|そこ",
    re.I,
)
# What sells or appeals there: a name, a package, a flavour that sells well.
_SELLS = re.compile(
    r"売れやす|売れ行き|よく売れ|売れる(?:ような|ように|名前|商品名|デザイン|パッケージ|味)|"
    r"人気が出|人気になる|ウケる|受けがいい|受けが良|反応がいい|ヒットする|"
    r"\bsells? (?:well|better|best|more)\b|\bsell the most\b|\bbest[- ]selling\b|"
    r"\b(?:appeal|appeals) (?:more |most )?to\b|\bpopular with\b|\bcatch(?:es)? on\b|\bcatchy\b",
    re.I,
)
# The terms of one's own contract asked as what is usual or best (「契約期間は何年くらいにするの
# がふつう？」, "how long should the distribution agreement run?"): a contract question.
_CONTRACT_TERMS = re.compile(
    r"(?:契約|取引条件|支払条件|支払い条件)[^。？?]{0,20}"
    r"(?:ふつう|普通|一般的|相場|すべき|した(?:ほう|方)がいい|にすればいい|がいい|が良い)|"
    r"\bhow long should (?:the|our|a|an|this) (?:\w+ ){0,3}(?:contract|agreement)\b|"
    r"\b(?:usual|typical|normal|standard) (?:length|term|duration) (?:of|for) (?:an? |the )?"
    r"(?:\w+ ){0,3}(?:contract|agreement)\b",
    re.I,
)
# A partner's share or margin asked as what is usual (「代理店の取り分は売上の何パーセントくらい
# が普通？」, "what commission do distributors usually take?"): a business term, no rule; an
# official fee (手数料) is not this.
_SHARE = re.compile(
    r"(?:取り分|マージン|コミッション|口銭|掛け?率|利幅|手数料率)[^。？?]{0,30}"
    r"(?:ふつう|普通|一般的|相場|妥当|平均|何(?:%|パーセント|割))|"
    r"\b(?:commissions?|margins?|mark-?ups?)\b[^?]{0,40}\b(?:usual(?:ly)?|typical(?:ly)?|normal(?:ly)?|"
    r"standard|average|fair|reasonable)\b|"
    r"\b(?:usual|typical|normal|standard|average|fair|reasonable)\b[^?]{0,20}"
    r"\b(?:commissions?|margins?|mark-?ups?)\b",
    re.I,
)
# a rule or a tax asked with the price ("the duty on a 720 ml bottle", 「酒税はいくら」) or
# compared ("EPAとMFNの関税はどちらが安い？"): a rate the documents state, no judgement
_RATED = re.compile(r"関税|税率|税金|酒税|\btax|\bduty|\bduties|\btariff|\bexcise", re.I)

# A judgement asked in a comparative or superlative form: which forwarder is cheapest, which
# channel sells better, the best partner (s18, qa15-t015 「いちばん安いフォワーダーはどこ？」,
# qa15-t038 「見本市か…オンライン商談会か、どっちが売れる？」). No regulation text ranks these;
# a rule compared (「どちらが厳しい」「どっちが必要」) or a duty rate ("関税が安い") is not this.
_GOOD = (
    r"(?:安(?!全|心|定)|売れ|儲か|お得|得(?:する|です|か|な|[?？])|有利|おすすめ|お勧め|効果的|"
    r"効果が(?:高|大き|ある)|反応が(?:いい|良)|人気|成約)"
)
_JUDGEMENT = re.compile(
    r"(?:いちばん|一番|最も|もっとも)" + _GOOD + r"|"
    r"(?:どっち|どちら|どれ|どこ)(?:の方|のほう)?(?:が|を|に)[^。？?]{0,8}" + _GOOD + r"|"
    r"\b(?:cheapest|most profitable|best-selling|sells? (?:better|more)|sell the most)\b|"
    r"\bwhich (?:\w+ ){0,3}(?:would |will |is |are )?(?:sells?|cheaper|more profitable|pays? off|"
    r"works? better|gets? more (?:orders|sales|buyers))\b|"
    r"\bbest (?:forwarder|freight forwarder|carrier|shipping (?:line|company)|partner|distributor|"
    r"importer|agent|deal|price)s?\b",
    re.I,
)


def judgement(text: str) -> str | None:
    """The advice group of a business judgement asked by its comparative or superlative
    form: costs for the cheapest, strategy for what sells or the best partner; None when
    the form is absent or a rate is what is compared."""
    low = nfkc(text).lower()
    found = _JUDGEMENT.search(low)
    if not found or _RATED.search(low):
        return None
    cheap = re.search(r"安|cheap|\bprice", found.group(0))
    return "costs" if cheap else "strategy"


def judged(text: str, ruled: bool = False) -> str | None:
    """The advice group of a business judgement the asking sentence asks for by its form:
    pricing for a market's price level, credit for a party's reliability, strategy for what
    sells, contracts for a contract's usual terms, and (unless the question names a rule
    topic: `ruled`) the comparative forms of `judgement`; None when it asks none of these."""
    asked = asking_sentence(text)
    if (_PRICE_LEVEL.search(asked) or _SHARE.search(asked)) and not _RATED.search(asked):
        return "pricing"
    # the party may be named in the sentence before: 「Busan Ocean Foods という会社なんだけど、
    # …と言われた。信用して大丈夫？」
    if _RELIABLE.search(asked) and _PARTY.search(text):
        return "credit"
    if _SELLS.search(asked):
        return "strategy"
    if _CONTRACT_TERMS.search(asked):
        return "contracts"
    return None if ruled else judgement(text)


# An insurance premium's figure asked (「インド向けの保険料率は何%くらい？」, "what premium rate
# should we expect for an Indian buyer?", escalation_dev36 d015): the catalogue says premiums
# depend on the market and the buyer's rating, never a rate, so a listing alone is no answer.
_PREMIUM = re.compile(r"保険料|\bpremium(?:s| rates?)\b", re.I)
_FIGURE = re.compile(
    r"何(?:%|パーセント|割)|いくら|どのくらい|どれくらい|どの程度|\bhow much\b|\bwhat (?:\w+ ){0,2}rates?\b",
    re.I,
)


def premium_asked(text: str) -> bool:
    """Whether the message asks what an insurance premium comes to."""
    low = nfkc(text).lower()
    return bool(_PREMIUM.search(low) and _FIGURE.search(low))


def quote_or_judgement(text: str) -> bool:
    """A business judgement or a premium's figure: no programme listing answers either."""
    return judgement(text) is not None or premium_asked(text)
