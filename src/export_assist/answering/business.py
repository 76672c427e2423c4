"""Business questions no regulation text answers, read from the question's type rather than
its words alone: which of the markets named is the better one, a subsidiary or a
distributor, and a tax the documents of its markets never mention (a US state's sales tax;
Malaysia's sales tax is in its market document). The vocab advice groups hold the words
that say so on their own; these need the question's markets or the corpus."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering import vocab
from export_assist.answering.asking import asking_sentence
from export_assist.answering.catalog import DocCatalog
from export_assist.answering.judged import judged
from export_assist.answering.retrieve import jurisdictions
from export_assist.answering.understand import Question, understand
from export_assist.answering.words import asks_advice, has_any
from export_assist.geo import EU_MEMBERS
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.normalize import nfkc

# The advice groups read by the question's type: handed off before any checklist or
# overview (a bank account in Hong Kong is no export checklist, nor is a privacy law: the s52
# user trial's 「個人情報保護法では何が必要ですか？」 for a Singapore web shop got a food checklist).
TYPE_KINDS = frozenset(
    {"market_choice", "company_setup", "tax", "banking", "visas", "data_protection"}
)
# Two markets named and asked which is the better business ("Germany or France, which is
# better for our tea?"); a rule named ("which needs a label in its language") is a
# comparison of rules, not this.
_BETTER = (
    "better",
    "best",
    "which one",
    "which should",
    "easier",
    "どちら",
    "どっち",
    "おすすめ",
    "お勧め",
    "向いて",
    "売れる",
    "売れや",
    "売れ行",
    "儲か",
    "有望",
    "簡単",
)
# Forms of presence in a market, and the trade partners they are weighed against.
_SETUP = ("subsidiary", "subsidiaries", "branch office", "子会社", "現地法人", "支店", "自社拠点")
_PARTNER = ("distributor", "importer", "agent", "代理店", "販売店", "輸入業者", "輸入代理", "商社")
# Setting up one's own presence there (a liaison office, a branch, a local company): company
# law and investment approvals, which no export or import rule covers ("We want to open a
# small liaison office in Chennai. What approvals do we need?").
_OPEN = re.compile(
    r"\b(?:open|set up|setting up|establish|incorporate|register)(?:ing)? (?:a |an |our |the )?"
    r"(?:\w+ )?(?:liaison office|representative office|branch office|branch|subsidiary|"
    r"local (?:company|entity|office)|sales office|gmbh|llc|sarl)\b|"
    # a company of the market's own form (escalation_dev28 d010 「ミュンヘンでGmbHを作る」)
    # a company in general only when founded (「会社を作る」「会社設立」), never in a name (「…会社開発部」)
    r"(?:会社|法人)(?:を(?:作|つく|設立|立ち上げ|登記)|設立)|"
    r"(?:駐在員事務所|連絡事務所|現地法人|支店|子会社|営業所|現地事務所|gmbh|sarl|llc|合同会社|有限会社)を?"
    r"(?:作|つく|設立|開|置|立ち上げ|構え|登記)",
    re.I,
)
_CHOICE = ("or", "which", "should we", "better", "どちら", "どっち", "べき", "いい", "良い")

# word, places -> whether a document of those places (all, when none) mentions the word
Mentions = Callable[[str, tuple[str, ...]], bool]


def kinds(q: Question, places: tuple[str, ...] = (), mentions: Mentions | None = None) -> list[str]:
    """The advice groups the question belongs to by its type (none: it is no such question).
    Without `mentions`, a tax named is taken as one the corpus does not cover."""
    low = nfkc(q.asked or q.text).lower()
    found = []
    # an EU state named beside the EU is one market (「ミラノの眼鏡店」 and "in the EU": test32 t036)
    named = set(q.destinations) | set(q.unsupported)
    markets = len(named - EU_MEMBERS if "EU" in named else named)
    # the sentence that asks compares (「香港や中国に売れることになりそう。…役所に出しておく
    # ものってある？」 states a sale and asks a filing)
    if markets >= 2 and not q.topics and has_any(asking_sentence(low), _BETTER):
        found.append("market_choice")
    if (has_any(low, _SETUP) and has_any(low, _PARTNER) and has_any(low, _CHOICE)) or (
        _OPEN.search(low) and not q.topics
    ):
        found.append("company_setup")
    # a price level, a party's reliability, what sells, the cheapest or the better one: asked
    # by the sentence's form (a comparison where the question names a rule topic is a rule's)
    if (form := judged(low, ruled=bool(q.topics))) and form not in found:
        found.append(form)
    taxes = [forms for forms in vocab.UNCOVERED_TAXES if has_any(low, forms)]
    covered = mentions is not None and all(any(mentions(w, places) for w in t) for t in taxes)
    if taxes and not covered:
        found.append("tax")
    return found


def corpus_mentions(index: LexicalIndex, catalog: DocCatalog) -> Mentions:
    """Whether a passage of a document of the places (any document, when none) says the word."""

    def mentions(word: str, places: tuple[str, ...]) -> bool:
        pattern = nfkc(word).lower()
        for doc_id, text in zip(index.doc_ids, index.texts, strict=True):
            doc = catalog.docs.get(doc_id)
            if doc is None or (places and doc.country not in places):
                continue
            if has_any(nfkc(text).lower(), (pattern,)):
                return True
        return False

    return mentions


def as_advice(q: Question, index: LexicalIndex, catalog: DocCatalog) -> Question:
    """The question, marked advice when it is a business question by its type."""
    if q.advice:
        return q
    found = kinds(q, tuple(jurisdictions(q)), corpus_mentions(index, catalog))
    return q.with_(advice=True) if found else q


# Where one message asks two things: sentences, and ", and …" / 「あと」「また」「それと」.
_CLAUSES = re.compile(
    r"(?<=[。？?！!])\s*|,\s*(?:and|also|plus)\s+(?=do|does|is|are|must|should|can|what|how)|"
    r"[、。]\s*(?:あと|また|それと|それから|ついでに)[、,]?"
)


def regulation_part(q: Question, covered: frozenset[str]) -> Question | None:
    """The part of an advice question that asks a rule (「FDAの登録は必要？あと州の売上税
    は？」 asks the registration and a tax ruling), understood on its own in the question's
    markets; None when every part asks advice or none names a rule."""
    parts = [p.strip() for p in _CLAUSES.split(q.asked or q.text) if p and p.strip()]
    rest = [
        p
        for p in parts
        if not asks_advice(nfkc(p).lower()) and not kinds(q.with_(text=p, asked=""))
    ]
    if len(rest) in (0, len(parts)):
        return None
    part = understand(" ".join(rest), covered)
    part = part.with_(destinations=part.destinations or q.destinations, language=q.language)
    if part.advice or not (part.topics or part.japan_side):
        return None
    return part
