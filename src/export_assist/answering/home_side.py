"""A question that asks Japan's side only, with a market named: 「ベトナムに中古のフォークリフトを
輸出します。日本側で何か手続きは必要？」 asks what is done in Japan before the goods leave, not the
market's import rules (seen as a user in sessions 20 and 21: it answered Viet Nam's used-machinery
decision). Its documents are searched among Japan's and every export's only."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.catalog import DocProfile
from export_assist.answering.japan_side import asks_japan
from export_assist.answering.understand import Question
from export_assist.answering.words import has_any
from export_assist.retrieval.normalize import nfkc

# Japan's side named as what is asked: 「日本側で」, 「日本を出る前に」, "on the Japanese side"
_JAPAN_ONLY = re.compile(
    r"日本側|日本(?:から|を)(?:出す|出る)(?:前|とき|時|際)|日本(?:国内)?での手続|日本国内の手続|輸出する前に日本で"
    r"|on the japan(?:ese)? side|japan side|before (?:it|they|the goods) leaves? japan|before leaving japan"
    # 「日本では、どこでどんな手続きを？」 (test20 t009), 「日本の役所に何か出しておくものは？」,
    # "Is any notification needed in Japan?"
    r"|日本(?:国内)?では、?(?:どこ|誰|だれ|何|なに|どんな|どの|いつ)|日本の(?:役所|官庁|当局)(?:に|へ|で)"
    r"|\b(?:needed|required|necessary|notify|notification)\b[^.?!]{0,12}\bin japan\b"
)
# ... unless the market's side is asked too: 「向こうでは？」, 「輸出先でも」, "and in Vietnam"
_BOTH = re.compile(
    r"向こう|現地|相手国|輸出先|両方|どちらも|それぞれ|(?:も|と)(?:輸入|相手)"
    r"|\bover there\b|\bthere too\b|\babroad\b|\bboth\b|\bin the market\b"
    r"|import(?:ing)? side|on (?:their|the buyer's) side"
)


def asks_japan_only(q: Question) -> bool:
    """A market is named, Japan's side only is asked, and no topic (a topic — export control,
    origin — finds its own documents)."""
    if not (q.japan_side and q.destinations) or q.topics:
        return False
    low = nfkc(q.asked or q.text).lower()
    return bool(_JAPAN_ONLY.search(low)) and not _BOTH.search(low)


# The market's side named as what is asked: 「向こうでどこかの許可が必要ですか？」, "over there",
# "on the importer's side" (qa25-t042: Japan's export-control permits answered a question
# about the UAE's own approval for fireworks)
_MARKET_ONLY = re.compile(
    r"向こう(?:で|の(?:国|役所|当局|規制|ルール|法律|税関))|相手国(?:で|の)|輸入国(?:で|の)"
    r"|\bover there\b|\bon (?:their|the buyer's|the importer's) side\b|\bimport(?:ing)? side\b"
)
_BOTH_SIDES = re.compile(
    r"両方|どちらも|日本(?:でも|側も|の手続)|\bboth\b|\bin japan\b|\bjapan(?:ese)? side\b"
)


def asks_market_only(q: Question) -> bool:
    """A market is named and its side only is asked: Japan's own rules are no candidates."""
    if q.japan_side or not q.destinations or "JP" in q.destinations:
        return False
    low = nfkc(q.asked or q.text).lower()
    return bool(_MARKET_ONLY.search(low)) and not _BOTH_SIDES.search(low)


def japan_only(q: Question) -> Question:
    """The question as retrieval should read it: without its markets when it asks Japan's
    side only."""
    return q.with_(destinations=[]) if asks_japan_only(q) else q


# A Japanese body that administers a step (植物防疫所 designates the rice mills for China):
# the document of that market is Japan's side of exports there.
_JAPAN_BODY = re.compile(
    r"農林水産省|植物防疫所|動物検疫所|経済産業省|財務省|国税庁|厚生労働省|日本の税関|\bMAFF\b|\bMETI\b"
    r"|Plant Protection Station|Animal Quarantine Service|Japan Customs"
)


def export_side_docs(q: Question, docs: dict[str, DocProfile]) -> frozenset[str]:
    """The named markets' documents a Japanese body administers, for a question that asks
    Japan's side only: they stay candidates beside Japan's own (escalation_dev22 d006: 「中国
    向けのお米は、日本を出る前にどんな害虫が…」 lost the document on rice mills for China)."""
    if not asks_japan_only(q):
        return frozenset()
    return frozenset(
        d.doc_id
        for d in docs.values()
        if d.country in q.destinations and _JAPAN_BODY.search(d.authority)
    )


def japan_only_asked(q: Question) -> bool:
    """Japan's side alone: not a Japanese rule that holds in the market too (the GI 「日本酒」),
    nor a Japanese paper the market's party asks for (「代理店から…自由販売証明書を取ってきて
    ほしいと言われました。本当に要るんですか？」, test28 t007: whether the market needs it)."""
    low = nfkc(q.text).lower()
    rule_abroad = has_any(low, vocab.JAPAN_RULES_ABROAD) or bool(_PARTY_ASKS.search(low))
    return q.japan_side and not q.destinations and not rule_abroad


# The market's party asking the exporter for something: its own market's rule may be why.
_PARTY_ASKS = re.compile(
    r"(?:代理店|輸入者|輸入業者|取引先|バイヤー|買い手|先方|相手の会社|販売店)(?:から|より|に)"
    r"[^。？?]{0,50}(?:言われ|求められ|頼まれ|依頼され|要求され|ほしいと|欲しいと)|"
    # ... or unnamed: 「産地の証明書を付けるように言われた」
    r"(?:ように|てほしいと|て欲しいと|てくれと)言われ|を求められ|"
    r"(?:buyer|importer|distributor|agent|customer|partner)s?\b[^.?]{0,20}\b(?:asked us|asks us|"
    r"wants us|want us|told us|requires us|require us|has asked|have asked)"
)


def own_paper(q: Question) -> bool:
    """A certificate of origin asked on Japan's side is the chamber's paper whatever the goods
    (s52: tuning escalation_dev46 d011, rubber parts for cars to Thailand, was handed off because
    no Thai document is about cars)."""
    return "certificate_of_origin" in q.topics


def any_goods(q: Question) -> bool:
    """Japan's own procedure, or a trade agreement (its date, its proof of origin): what is
    asked holds whatever the goods, so no product family is beyond the sources (s58: tuning
    escalation_dev52 d005 and d024, the EPA's date for glasses frames, RCEP's for car springs,
    were handed off because no market document is about the goods)."""
    japan = q.japan_side and (q.japan_named or asks_japan(q.text) or own_paper(q))
    return japan or "origin" in q.topics
