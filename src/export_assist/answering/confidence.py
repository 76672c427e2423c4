"""How sure the answer is: an answerability score from the evidence, and the threshold
below which the engine says what it knows, what it does not, and hands off."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from export_assist.answering.asked_facts import FACTS, PREFERRED_ONLY
from export_assist.answering.asked_part import asked_part, with_premise
from export_assist.answering.asking import asking_sentence
from export_assist.answering.card_topic import on_topic
from export_assist.answering.cardpick import card_text
from export_assist.answering.catalog import DocCatalog
from export_assist.answering.compose import Composed, question_words
from export_assist.answering.coverage import GOODS, Coverage, Evidence, KindOf, coverage
from export_assist.answering.retrieve import Retrieved
from export_assist.answering.understand import Question, question_type
from export_assist.answering.years import future_years
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.compliance import RequirementCard
from export_assist.domain.hs import HsSuggestion
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, tokenize
from export_assist.translation.termbase import TermBase

# Below this share of the question's content terms in the chosen evidence, the evidence is
# about something else (a restaurant licence answered from food-import rules).
COVERAGE_BAR = 0.4
# ... unless a card the answer shows is about the topic the question asks (s16: a Japan-side
# end-user-list question named a university, a lab and a measuring instrument the card does
# not, and was handed off although the end-user-list card answered it): then a quarter.
CARD_TOPIC_BAR = 0.25
# ... and at least this many of its terms are missing (one unknown word in a two-word
# question is a synonym the evidence lacks more often than another topic).
MISSING_MIN = 2
# A rule the asker heard of names its own subject: when under half of its words are in the
# evidence, the evidence is about another rule, whatever card shares the question's topic.
PREMISE_BAR = 0.5
# The least content terms a question sentence after its scene needs to be judged alone.
ASKED_TERMS = 3
# A question naming a private company ("Hoffmann Feinkost GmbH") asks about that company
# unless the evidence covers nearly all it asks: no regulation text is about one buyer.
COMPANY_BAR = 0.75
# Dense similarity (multilingual-e5-small) of an unrelated vs a relevant passage.
DENSE_FLOOR, DENSE_SPAN = 0.78, 0.08


@dataclass(frozen=True)
class Answerability:
    """The score in 0..1 and its parts (shown to advisors with the draft)."""

    score: float
    dense: float
    coverage: float
    card: float
    quote: float


def _clip(x: float) -> float:
    return max(0.0, min(1.0, x))


def answerability(question: str, retrieved: Retrieved, composed: Composed) -> Answerability:
    """Evidence strength: closeness of the best passage, how much of the question the
    chosen documents cover, whether a requirement card answers, and the best quote."""
    best_dense = max((h.dense_score or 0.0 for h in retrieved.passages), default=0.0)
    dense = _clip((best_dense - DENSE_FLOOR) / DENSE_SPAN)
    wanted = set(tokenize(question))
    seen: set[str] = set()
    for doc in retrieved.docs[:2]:
        seen |= set(tokenize(doc.doc.text()))
    for hit in retrieved.passages[:6]:
        seen |= set(tokenize(hit.text))
    coverage = len(wanted & seen) / len(wanted) if wanted else 0.0
    card = 1.0 if composed.cards else 0.0
    quote = _clip(max((q.score for q in composed.quotes), default=0.0) / 2.5)
    score = 0.35 * dense + 0.3 * coverage + 0.2 * card + 0.15 * quote
    return Answerability(round(score, 3), dense, coverage, card, quote)


def evidence(composed: Composed, catalog: DocCatalog) -> Evidence:
    """What the answer shows: its lines, the sentences it quotes (not the whole passages
    they come from), its cards (both languages) and the titles of the cited documents. A
    question word somewhere in a long quoted passage, or in a cited document's other
    sections, is no part of what the user reads (a restaurant licence is not answered by
    a food-import passage that mentions restaurants)."""
    texts = list(composed.lines) + [q.text for q in composed.quotes]
    texts += [f"{card_text(c)} {c.title_ja} {c.requirement_ja}" for c in composed.cards]
    quoted = {q.hit.citation.doc_id for q in composed.quotes}
    cited = quoted | {d for c in composed.cards for d in c.evidence}
    # the title says what kind of goods the quoted rule is for ("… refrigerators …")
    docs = [catalog.docs[d] for d in sorted(cited) if d in catalog.docs]
    texts += [f"{d.title} {d.title_ja}" for d in docs]
    # ... and the documents and cards say it in their scope (none: all goods)
    scopes = [frozenset(d.categories) for d in docs if d.doc_id in quoted]
    scopes += [_card_scope(c) for c in composed.cards]
    return Evidence(texts, scopes)


def _card_scope(card: RequirementCard) -> frozenset[str]:
    """The kinds of goods a card is for; a card narrowed by HS code alone is for none of
    the question's words' kinds (the set holds no kind), not for all goods."""
    if not card.applies_to.categories and card.applies_to.hs_prefixes:
        return frozenset({"hs"})
    return frozenset(card.applies_to.categories)


def topic_coverage(
    question: str,
    composed: Composed,
    catalog: DocCatalog,
    termbase: TermBase | None,
    kind_of: KindOf | None = None,
) -> Coverage:
    """How much of what the question is about the answer's evidence speaks about; a
    future year asked about ("the duty in 2028") must be in what the answer says, not
    only somewhere in a cited document ("HS 2028")."""
    found = coverage(question, evidence(composed, catalog), termbase, kind_of)
    # a past year ("in force since 2022") may be stated in the quoted passage around the
    # sentence: only a year no quoted passage states is one the sources do not speak of
    passages = nfkc(" ".join(q.hit.text for q in composed.quotes))
    found = replace(found, years=[y for y in found.years if y not in passages])
    said = nfkc(" ".join(composed.lines))
    late = [y for y in future_years(question) if y not in said and y not in found.years]
    return replace(found, years=found.years + late) if late else found


# The HS suggester's confidence from which a word names a product (漬物 0.78, 化粧水 0.31;
# an English word it does not know, "pickles" or "permit", stays under 0.1). Its
# confidence is coarse, so a wrong kind can pass: it only ever counts a word as covered
# where the evidence speaks of that kind of goods.
PRODUCT_CONFIDENCE = 0.3


# Katakana words for selling events that read as goods through their sound (セール: "sail",
# 6306.30, textiles): no goods (escalation_dev24 d009 「冬のセール（ソルド）はいつから？」 was
# answered with textile labelling, its sale "covered" by the tenugui)
_EVENTS = frozenset(
    "セール バーゲン キャンペーン イベント フェア セミナー プロモーション ソルド".split()
)


def goods_kinds(suggest: Callable[[str, int], list[HsSuggestion]]) -> KindOf:
    """A word's kinds of goods from its closest HS subheading, when it names a product."""
    profiles = ProfileBuilder(embedder=None)

    # every content word of every turn is looked up: once per word is enough
    @lru_cache(maxsize=4096)
    def kind_of(word: str) -> tuple[str, ...]:
        if word in _EVENTS:
            return ()
        found = suggest(word, 1)
        if not found:
            return ()
        # or the subheading names the word itself ("mixer" -> "Food grinders, mixers")
        named = word.isascii() and stem_word(word) in {
            stem_word(w) for w in tokenize(found[0].description)
        }
        if (found[0].confidence or 0.0) < PRODUCT_CONFIDENCE and not named:
            return ()
        # goods of no kind the rules single out are still goods when the subheading shares
        # the word ("pens" -> "Ballpoint pens"), not when it only guessed ("chain" -> gold)
        shared = named or (found[0].coverage or 0.0) >= 0.5
        kinds = profiles.build("", found[0].code).categories or ([GOODS] if shared else [])
        return tuple(kinds)

    return kind_of


def off_question(
    q: Question,
    composed: Composed,
    found: Coverage,
    catalog: DocCatalog,
    termbase: TermBase | None,
    kind_of: KindOf | None = None,
) -> bool:
    """The evidence is off the question's topic (`found`: its coverage of the whole message), or
    the question after the scene asks of what it does not speak (test21 t017: Thai trans-fat rules
    answered with the import licence), or, no topic known, of what no document says (「年齢確認」)."""
    carded = on_topic(q, composed)
    if off_topic(found, carded) or unanchored(q, composed, catalog):
        return True
    if not (asked := asked_part(q.asked or q.text)):
        return False
    part = topic_coverage(asked, composed, catalog, termbase, kind_of)
    if len(part.terms) >= ASKED_TERMS:
        return off_topic(part, carded)
    # a short question asks about the rule heard of just before it
    if heard := with_premise(q.asked or q.text):
        wide = topic_coverage(heard, composed, catalog, termbase, kind_of)
        if len(wide.terms) >= ASKED_TERMS and thin_premise(wide):
            return True
    goods = nfkc(f"{q.product} {q.phrase}").lower()  # and loanwords, mostly goods (ピクルス)
    rest = [t for t in part.terms if t not in goods and not re.fullmatch(r"[ァ-ヶー]+", t)]
    unknown = {t for t in part.missing if len(t) > 3 and t not in catalog.corpus_text}  # 分残: no
    return not q.topics and bool(rest) and set(rest) <= unknown


def unanchored(q: Question, composed: Composed, catalog: DocCatalog) -> bool:
    """The question names no market, no topic and no kind of goods, and is no Japan-side
    question, yet every line comes from one market's rules: what it asks is not in them
    (test23 t017: a crowdfunding platform's fee answered with the UK's WEEE rules)."""
    if q.destinations or q.japan_side or q.topics or q.categories or not composed.citations.items:
        return False
    countries = {
        getattr(catalog.docs.get(c.doc_id), "country", "") for c in composed.citations.items
    }
    return not countries & {"JP", "INTL", ""}


def off_topic(found: Coverage, carded: bool = False) -> bool:
    """The evidence is about something else than the question (or than the company it
    names), or says nothing of a year the question asks about; `carded`: a card of the
    question's topic answers (on_topic), so fewer of its words need be in the evidence."""
    bar = CARD_TOPIC_BAR if carded else COVERAGE_BAR
    thin = found.share < bar and len(found.missing) >= MISSING_MIN
    company = found.company and found.share < COMPANY_BAR and bool(found.missing)
    return thin or company or bool(found.years)


def thin_premise(found: Coverage) -> bool:
    """The evidence misses most of the heard rule's words (with_premise)."""
    return found.share < PREMISE_BAR and len(found.missing) >= MISSING_MIN


# A UK or Irish statutory instrument is named "… Regulations 2009" (SI 2009/890): a legal
# reference as much as "Regulation (EU) 2023/1542" is.
_INSTRUMENT = re.compile(r"\bregulations? \d{4}\b|\bs\.?i\.? \d{4}/\d+", re.I)


def states_fact(qtype: str, line: str) -> bool:
    """Whether a line states the fact the question type asks for (select.FACTS)."""
    fact = FACTS.get(qtype)
    if fact is None:
        return False
    return bool(fact.search(line)) or (qtype == "law" and bool(_INSTRUMENT.search(line)))


# 「こんなに少ない金額でも許可はいる？」 names an amount and asks whether a rule applies at it:
# a yes/no question (its last sentence asks 'is it needed?'), not one for an amount
_ASKS_IF = re.compile(
    r"(?:いる|要る|いります|要ります|必要(?:です)?|要(?:する|します)|かかる|かかります|対象|当たる|該当する)"
    r"(?:か|の)?[？?]?$|^(?:do|does|is|are|must|will)\b.*\?$",
    re.I,
)
_STATED_AMOUNT = re.compile(
    r"\d[\d,.]*\s*(?:万|千|億)?\s*(?:円|ドル|ユーロ|ポンド|元|ウォン|yen|dollars?|euros?|pounds?|"
    r"usd|eur|gbp|jpy)|(?:us\$|[$€£¥])\s?\d",
    re.I,
)
_ASKS_AMOUNT = re.compile(
    r"いくら|何円|何ドル|何ユーロ|何%|何パーセント|何割|どのくらい|どれくらい|どれだけ|"
    r"how much|how many|what (?:fee|rate|percentage|amount|level)",
    re.I,
)


def asks_whether(text: str) -> bool:
    """The question states an amount (a price) and its last sentence asks whether a rule
    applies, not for an amount."""
    if not _STATED_AMOUNT.search(nfkc(text)):
        return False
    sentences = [s.strip() for s in re.split(r"(?<=[。？?！!])", nfkc(text)) if s.strip()]
    last = sentences[-1] if sentences else ""
    return bool(_ASKS_IF.search(last)) and not _ASKS_AMOUNT.search(last)


def no_fact(q: Question, composed: Composed) -> bool:
    """A question whose answer is a fact of one kind (a date, an amount, a legal reference)
    that nothing composed states: the sources do not answer it."""
    fact = FACTS.get(q.qtype)
    if fact is None or q.qtype in PREFERRED_ONLY:
        return False
    if q.qtype in ("how_much", "number") and asks_whether(q.asked or q.text):
        return False
    if FACTS.get(question_type(asking_sentence(q.asked or q.text))) is None:
        return False  # 「金額が小さければ…特例で出せる。どんな品目でも使える？」 asks no amount
    asked = _stems(question_words(q))
    if q.qtype in ("rate", "rate_change"):  # "less frequent?" is asked of the inspection rate
        asked |= _RATE_WORDS
    # the fact must sit in a line about the question: "7%" in a line on Thai VAT does not
    # answer "how much is the notification fee"; "reporting" meets "reports"
    return not any(
        states_fact(q.qtype, line) and len(asked & _stems(line)) >= 2 for line in composed.lines
    )


def _stems(text: str) -> set[str]:
    return {stem_word(w) for w in tokenize(text)}


_RATE_WORDS = _stems("rate inspection inspected frequency 検査 頻度 割合")
