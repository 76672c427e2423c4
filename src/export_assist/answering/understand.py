"""Question understanding: language, markets (destination vs the exporter's Japanese
home), product, material, HS code, topics, question type and intent of one message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from export_assist.answering import vocab
from export_assist.answering.asks import intent_of
from export_assist.answering.compared_goods import without_compared, without_set_apart
from export_assist.answering.exporter_intro import without_intro
from export_assist.answering.families import families, goods_families
from export_assist.answering.goods_words import COMPANY, RUNS_ON, SHOP, groups, in_place
from export_assist.answering.japan_side import (
    NOT_PLACES,
    declined,
    home_only,
    japan_side,
    temporary_export,
)
from export_assist.answering.measured import measured_against
from export_assist.answering.phrase import product_phrase
from export_assist.answering.places import (
    STRENGTH,
    Mention,
    find_places,
    is_eu_member,
    negated,
    region_members,
)
from export_assist.answering.qtypes import asked_qtype
from export_assist.answering.qtypes import question_type as question_type  # re-exported
from export_assist.answering.qtypes import without_claiming as without_claiming  # re-exported
from export_assist.answering.sourced import without_label_parties
from export_assist.answering.words import asked_topics, asks_advice
from export_assist.answering.words import has_any as has_any  # re-exported: many callers
from export_assist.compliance import rules
from export_assist.compliance.profile import ProfileBuilder
from export_assist.compliance.profile_keywords import fresh_produce, plural_forms
from export_assist.domain.shipment import of_shipment
from export_assist.geo import HOME_PLACE
from export_assist.languages import reply_language
from export_assist.retrieval.normalize import nfkc

# Keywords and HS codes only: a question is understood without an embedding.
_PROFILES = ProfileBuilder(embedder=None)
_HS = re.compile(r"(?<![\d.])(\d{4}(?:\.\d{2}){0,2}|\d{6}(?:\d{2,4})?)(?![\d.])")
# "日本酒"/"日本茶"/"日本産" name products and origin, not the country as a subject.
# 「日本酒」, 「日本製」, "Japanese": goods or their origin, not Japan as a place
NOT_JAPAN = re.compile(r"日本(?=酒|茶|産|製|語|食|円)|Japanese")


@dataclass(frozen=True)
class Question:
    """What one message asks, after follow-up resolution (see followup.py)."""

    text: str
    language: str
    destinations: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    japan_side: bool = False
    product: str = ""
    categories: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    material: str = ""
    hs_code: str = ""
    topics: list[str] = field(default_factory=list)
    qtype: str = "what"
    intent: str = "regulation"
    inherited: list[str] = field(default_factory=list)
    asked: str = ""  # the question re-asked when this message only changed a slot
    context: str = ""  # the earlier question a follow-up leans on (helps retrieval)
    advice: bool = False  # asks for advice no regulation text gives (contract, forecast)
    explicit_list: bool = False  # asks for every requirement ("checklist", "全部")
    families: list[str] = field(default_factory=list)  # product families (vocab scope)
    japan_named: bool = False  # Japan named as a place ("日本側で", "in Japan"), not "日本酒"
    phrase: str = ""  # the product phrase a tool receives ("冷凍和牛"; see phrase.py)
    foreign_names: list[str] = field(default_factory=list)  # FDA asked of Canada (counterpart.py)

    @property
    def markets(self) -> list[str]:
        """The jurisdictions to answer for: destinations, plus JP for a Japan-side part."""
        found = list(self.destinations)
        if self.japan_side and "JP" not in found:
            found.append("JP")
        return found

    def of_regime(self) -> Question:
        """As a named regime's question: no goods, the shipment's conditions only (exhibits
        brought back are the carnet's)."""
        return self.with_(categories=[], conditions=of_shipment(self.conditions), hs_code="")

    def with_(self, **changes: object) -> Question:
        """A copy with some slots changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def understand(text: str, covered: frozenset[str]) -> Question:
    """Slots of a single message (no conversation yet)."""
    low = nfkc(text).lower()
    topics = asked_topics(text)
    japan_side_ = japan_side(text, topics)
    destinations, unsupported = _markets(text, covered)
    if home_only(text):  # goods back from a fair in Germany: Japan's re-import relief
        destinations, unsupported = [], []
    japan_named = any(m.code == "JP" for m in _mentions(text))
    goods_text = without_intro(text, _names_goods)  # 「水産加工会社です。」: not the goods
    goods_text = without_compared(goods_text, _names_goods)  # 「チーズと比べて」: nor these
    goods_low = without_set_apart(nfkc(goods_text).lower())  # 「食品以外の」: not food
    product, categories = _product(goods_low)
    hs_code = _hs(text)
    # (the place the exporter is in names no goods: 鯖江, 山梨)
    profile = _PROFILES.build(
        HOME_PLACE.sub(lambda m: " " * len(m.group()), goods_low), hs_code or None
    )
    categories += [c for c in profile.categories if c not in categories]
    # a family that is a kind of goods too (supplements): 「抹茶のエキスを詰めたカプセル」 is one
    categories += [f for f in goods_families(low) if f not in categories]
    phrase, conditions = product_phrase(goods_text, product), profile.conditions
    if "contains_plant_material" not in conditions and fresh_produce(nfkc(phrase).lower()):
        conditions = [*conditions, "contains_plant_material"]  # "We ship persimmons…"
    if temporary_export(text) and not declined(text):  # a fair's exhibits: the carnet's
        conditions = [*conditions, "temporary_export"]
    return Question(
        text=text,
        language=reply_language(text),
        destinations=destinations,
        unsupported=unsupported,
        japan_side=japan_side_,
        product=product,
        categories=categories,
        conditions=conditions,
        phrase=phrase,
        material=_material(low),
        hs_code=hs_code,
        topics=topics,
        qtype=asked_qtype(text, low),
        intent=intent_of(low, topics),
        advice=asks_advice(low),
        explicit_list=_lists_all(low, topics),
        families=families(low),
        japan_named=japan_named,
    )


# 「…するには、何が必要？」 asks for every requirement only of the export itself; of a state on a
# topic (「酒税がかかっていない状態で在庫を持っておくには、何が必要？」, escalation_dev25 d021: the
# storage place's approval) it asks that topic's need
_FOR_PURPOSE = re.compile(r"([^、。？?]{0,12})(?:には|ためには)、?何が必要")
_EXPORTING = re.compile(r"輸出|出荷|送|売|販売|出す|卸")
_STEP_NEED = re.compile(r"(?:手続き?|手続)(?:として|で|に|には|では)、?何が必要")


def _lists_all(low: str, topics: list[str]) -> bool:
    """The message asks for every requirement (vocab explicit_list), not one topic's need."""
    if not has_any(low, vocab.EXPLICIT_LIST):
        return False
    purpose = _FOR_PURPOSE.search(low)
    only_need = [w for w in vocab.EXPLICIT_LIST if w in low] == ["何が必要"]
    # (... nor 「税関の手続きとして何が必要」: that step's need, test34 t021)
    step = bool(_STEP_NEED.search(low))
    own = (purpose and not _EXPORTING.search(purpose.group(1))) or step
    return not (only_need and topics and own)


def _markets(text: str, covered: frozenset[str]) -> tuple[list[str], list[str]]:
    """Foreign markets named, strongest kind of mention first; JP is the exporter's home.

    Only the strongest kind present counts: "a buyer in Paris paying in USD" is France."""
    mentions = [m for m in _mentions(text) if m.code != "JP"]
    # a region beside a place in it names no market of its own (「ハノイの輸入者から、日ASEAN・
    # EPAで…」: the region outranked the city, then named no one market, s38)
    if any(not region_members(m.code) for m in mentions):
        mentions = [m for m in mentions if not region_members(m.code)]
    if not mentions:
        return [], []
    best = max(STRENGTH[m.kind] for m in mentions)
    codes = list(dict.fromkeys(m.code for m in mentions if STRENGTH[m.kind] == best))
    if best == STRENGTH["demonym"] and not any(m.kind != "demonym" for m in mentions):
        codes = codes[:1]
    # the EU named as the law's level beside a shop in a member's city: the member is the
    # market (test30 t044 "a grocery in Hamburg… which EU provision")
    if "EU" in codes:
        codes = list(dict.fromkeys([*(m.code for m in mentions if is_eu_member(m.code)), *codes]))
    # A region with covered markets in it ("Southeast Asia") names no one market; one
    # without any ("Latin America") is a market the corpus does not cover.
    codes = [c for c in codes if not region_members(c)]
    dest = [c for c in codes if c in covered or is_eu_member(c)]
    # a city of a market the corpus does not cover, beside a stronger mention, is where the
    # goods end up (「中国の商社から、平壌のホテルが…欲しがっている」, test17): not covered
    passing = [m.code for m in mentions if m.kind == "city" and m.code not in covered]
    passing = [c for c in dict.fromkeys(passing) if c not in codes and not is_eu_member(c)]
    return dest, [c for c in codes if c not in dest] + passing


def _mentions(text: str) -> list[Mention]:
    """Places named, less "日本" in "日本酒"/"Japanese" (a product's origin, not a place)."""
    blocked = [(m.start(), m.end()) for p in (NOT_JAPAN, NOT_PLACES) for m in p.finditer(text)]
    # 「オランダではなくアメリカ」, "not Canada but the US": a market ruled out is no market
    found = [m for m in find_places(text) if not _inside(m, blocked) and not negated(text, m)]
    # 「イギリスに出す場合は？EUと同じでいいの？」: the EU is what Britain is measured against
    kept = [m for m in found if not measured_against(text, m)]
    kept = without_label_parties(text, kept)  # 「ラベルにはドイツの輸入者の住所…英国で売る」
    return kept if any(m.code != "JP" for m in kept) else found


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= m.start < e for s, e in spans)


_PRODUCT_WORDS = sorted(
    {**{k: v for k, v in rules.KEYWORD_CATEGORIES.items()}, **vocab.EXTRA_PRODUCTS}.items(),
    key=lambda kv: -len(kv[0]),
)
_GENERIC = {"food", "食品", "meat", "肉", "machine", "chemical", "化学", "electronic", "beverages"}


def _names_goods(text: str) -> list[tuple[int, str]]:
    return _product_words(nfkc(text).lower())[0]


def _product(low: str) -> tuple[str, list[str]]:
    """The product words (longest first, no overlaps) and the categories they imply."""
    words, categories = _product_words(low)
    return " ".join(groups(words)), categories


def products(text: str) -> list[str]:
    """Each product the message names, in order: 「抹茶と日本酒」 -> ["抹茶", "日本酒"]."""
    return groups(_product_words(nfkc(text).lower())[0])


def _product_words(low: str) -> tuple[list[tuple[int, str]], list[str]]:
    homes = [m.span() for m in HOME_PLACE.finditer(low)]
    taken: list[tuple[int, int]] = []
    words: list[tuple[int, str]] = []
    categories: list[str] = []
    for word, cats in _PRODUCT_WORDS:
        # plurals too ("used rice transplanters", test18), as the checklist's keywords read them
        pattern = (
            rf"(?<![a-z]){plural_forms(word)}(?![a-z])"
            if word.isascii()
            else re.escape(word) + (f"(?!{RUNS_ON[word]})" if word in RUNS_ON else "")
        )
        m = next(
            (
                f
                for f in re.finditer(pattern, low)
                if not COMPANY.match(low, f.end()) and not in_place(f.span(), homes)
            ),
            None,
        )
        if not m or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        categories += [c for c in cats if c not in categories]
        if word not in _GENERIC:
            words.append((m.start(), vocab.PRODUCT_SPELLINGS.get(word, word)))
    # a shop named by its goods (「文房具店が名入れのはんこを」) is where other goods go
    shops = [(s, w) for s, w in words if SHOP.match(low, s + len(w))]
    if shops and len(shops) < len(words):
        words = [x for x in words if x not in shops]
    return sorted(words), categories


# A material said not to be used is no material of the goods: 「プラスチックやゴムは一切使って
# いません」, "not porcelain", "plastic-free" (test53 t010: boxwood combs were read as plastic)
_NOT_MADE_OF = re.compile(
    r"(?:^|(?<=[。！？!?、,]))[^。！？!?、,]{0,30}?(?:は|も)?(?:一切|全く|まったく)?"
    r"(?:使って(?:い)?ません|使っていない|使わず|使用して(?:い)?ません|使用していない|不使用|含みません|含まない)"
    r"|[^\s。、,]{1,12}(?:ではなく|でなく)"
    r"|(?:\b(?:not|no|nor|without)\s+|\bnon-)(?:made (?:of|from) |of |any )?[a-z-]+(?:\s+(?:or|and)\s+[a-z-]+)?"
    r"|\b[a-z]+-free\b"
)


def _material(low: str) -> str:
    said = _NOT_MADE_OF.sub(" ", low)
    for name, words in vocab.MATERIALS:
        if has_any(said, words):
            return name
    return ""


def _hs(text: str) -> str:
    m = _HS.search(nfkc(text))
    return m.group(1).replace(".", "") if m and ("hs" in text.lower() or "." in m.group(1)) else ""
