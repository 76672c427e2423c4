"""Business judgements read from the form of the sentence that asks, not from any word of the
message: a market's price level, a named party's reliability, what sells. No regulation
text answers these (s19, test16: "Is Seoul Hanbit Trading reliable enough for 60-day
credit?", "What retail price do bottle shops usually put on a 720 ml junmai ginjo?",
「どんな中国語の商品名にすると売れやすい？」 were answered with unrelated cards), and a
statement that only mentions selling (「売れることになりそう。…役所に出しておくものってある？」)
asks none of them."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

# 「。」「？」, and ". " before a capital; an abbreviation ("Co.", "U.S.") ends no sentence
_SENTENCE = re.compile(r"(?<=[。？?！!])\s*|(?<=\.)\s+(?=[A-Z])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:co|ltd|inc|corp|no|mr|ms|dr|st|vs|e\.g|i\.e)|\b[a-z])\.$", re.I
)


def sentences(text: str) -> list[str]:
    """The sentences of a (NFKC) message."""
    out: list[str] = []
    for part in (p.strip() for p in _SENTENCE.split(text)):
        if part and out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        elif part:
            out.append(part)
    return out


def asked_sentences(text: str) -> list[str]:
    """The sentences of a message that ask: its questions (「…？」, "…?"), else its last
    sentence; the sentences before them set the scene."""
    said = sentences(nfkc(text))
    asked = [s for s in said if s.endswith(("?", "？"))]
    return asked or said[-1:] or [text]


def asking_sentence(text: str) -> str:
    """The sentence that asks the question: the last of asked_sentences."""
    return asked_sentences(text)[-1]


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
# a rule or a tax asked with the price ("the duty on a 720 ml bottle", 「酒税はいくら」)
_RATED = re.compile(r"関税|税率|税金|酒税|\btax|\bduty|\bduties|\btariff|\bexcise", re.I)


def judged(text: str) -> str | None:
    """The advice group of a business judgement the asking sentence asks for by its form:
    pricing for a market's price level, credit for a party's reliability, strategy for what
    sells, contracts for a contract's usual terms; None when its form asks none of these."""
    asked = asking_sentence(text)
    if _PRICE_LEVEL.search(asked) and not _RATED.search(asked):
        return "pricing"
    # the party may be named in the sentence before: 「Busan Ocean Foods という会社なんだけど、
    # …と言われた。信用して大丈夫？」
    if _RELIABLE.search(asked) and _PARTY.search(text):
        return "credit"
    if _SELLS.search(asked):
        return "strategy"
    if _CONTRACT_TERMS.search(asked):
        return "contracts"
    return None
