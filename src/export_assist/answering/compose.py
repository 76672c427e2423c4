"""The extractive answer: one direct sentence from the best requirement card, then at most
three quoted sentences chosen for the question type, each with its citation marker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from export_assist.answering import vocab
from export_assist.answering.asked_facts import FACTS
from export_assist.answering.cardpick import PREFECTURE_NAMES, is_japan_side, names, singled_out
from export_assist.answering.elsewhere import elsewhere
from export_assist.answering.everyday import rule_terms
from export_assist.answering.glossary import related
from export_assist.answering.labels import duration_ja, t
from export_assist.answering.original_names import authority_named, legal_basis_named
from export_assist.answering.places import market_name
from export_assist.answering.select import (
    Quote,
    mostly_japanese,
    pick_sentences,
    similar,
)
from export_assist.answering.textclean import plain
from export_assist.answering.thresholds import line_first
from export_assist.answering.understand import Question
from export_assist.answering.units import units
from export_assist.answering.words import has_any
from export_assist.domain.cardtext import documents_in
from export_assist.domain.citations import Citation, SearchHit
from export_assist.domain.compliance import RequirementCard
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import tokenize
from export_assist.sentences import split_line
from export_assist.translation.termbase import TermBase


@dataclass
class Citations:
    """Citations in marker order, one per document section."""

    items: list[Citation] = field(default_factory=list)

    def marker(self, citation: Citation) -> str:
        """'[n]' for the citation, adding it the first time its section is cited."""
        key = (citation.doc_id, citation.section)
        for n, cit in enumerate(self.items, start=1):
            if (cit.doc_id, cit.section) == key:
                return f"[{n}]"
        self.items.append(citation)
        return f"[{len(self.items)}]"


@dataclass
class Composed:
    """The answer's lines, what they cite and what they were built from."""

    lines: list[str] = field(default_factory=list)
    citations: Citations = field(default_factory=Citations)
    cards: list[RequirementCard] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The answer as plain text."""
        return "\n".join(self.lines)


def authority_in(card: RequirementCard, lang: str, termbase: TermBase | None) -> str:
    """The card's own Japanese name first, then the term base per name, then English."""
    if lang == "ja" and card.authority_ja:
        return card.authority_ja
    if lang != "ja" or termbase is None:
        return card.authority
    parts = [p.strip() for p in card.authority.split(";") if p.strip()]
    return "、".join(_authority_part(p, termbase) for p in parts)


def _authority_part(part: str, termbase: TermBase) -> str:
    """One authority in Japanese where the term base knows it. A comma splits a list of
    authorities only when the term base knows every piece: in "Ministry of Economy,
    Trade and Industry" it is part of the name."""
    whole = termbase.exact(part, "en", "ja")
    if whole:
        return whole
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    known = [termbase.exact(p, "en", "ja") for p in pieces]
    return "、".join(k for k in known if k) if len(pieces) > 1 and all(known) else part


def lead_time_text(card: RequirementCard, lang: str) -> str:
    """A card's lead time in the answer's language: the card's Japanese field (the English
    duration in Japanese units when a card has none)."""
    if lang != "ja":
        return card.lead_time
    return card.lead_time_ja or duration_ja(card.lead_time)


def _where(card: RequirementCard, q: Question) -> str:
    """'米国では' / '日本側では' / 'どの輸出先でも': whose rule this is."""
    if is_japan_side(card):
        return t(q.language, "where_japan")
    market = next((m for m in card.markets if m in q.destinations), card.markets[0])
    if market == "ALL":
        return t(q.language, "where_any")
    return t(q.language, "where_market", market=market_name(market, q.language))


# A trailing parenthetical of a Japanese title: 「…許可証が必要（許可がなければ…）」
_TAIL_NOTE = re.compile(r"[(（][^()（）]*[)）]$|※[^※]+$")  # ... or 「…※L/Cが求める場合」


def _ja_predicate(key: str, title: str) -> tuple[str, str]:
    """The template and title for a Japanese title: a verb ends in 必要があります, one that
    says 必要 (場合あり/こと) gets only its copula, never 「が必要が必要です」."""
    note = _TAIL_NOTE.search(title)
    core = title[: note.start()].rstrip() if note else title
    tail = note.group(0) if note else ""
    # ... as does one ending in 不要 or 非加盟 (「…特恵原産地証明は不要」 is no requirement to
    # recommend: 「…不要が推奨されます」 read wrongly, s23)
    if core.endswith(("必要", "不要", "非加盟")):
        return f"{key}_stated", f"{core}です{tail}"
    if core.endswith(("あり", "こと", "なし", "必要です", "できません")):
        return f"{key}_stated", title
    if core.endswith(("禁止", "停止", "禁輸")):  # a ban is no requirement: 「…輸入禁止が必要です」
        return f"{key}_ban", title
    if re.search(r"[うくすつぬぶむゆるぐ]$", title):  # a verb: "…を使う必要"
        return f"{key}_verb", title
    return key, core + (f"（{tail[1:]}）" if tail.startswith("※") else tail)  # no 「※…場合が必要」


def card_sentence(card: RequirementCard, q: Question, termbase: TermBase | None) -> str:
    """One sentence: what is required, by whom, under which law, when, with which documents."""
    lang = q.language
    key = {"mandatory": "card", "conditional": "card_conditional"}.get(
        card.severity, "card_recommended"
    )
    title = plain(card.title_ja if lang == "ja" and card.title_ja else card.title)
    if lang == "ja":
        key, title = _ja_predicate(key, title)
    head = t(lang, key, where=_where(card, q), title=title)
    details = [
        (t(lang, "authority"), authority_named(card, q, authority_in(card, lang, termbase))),
        (t(lang, "legal_basis"), legal_basis_named(card, q)),
        (t(lang, "lead_time"), lead_time_text(card, lang)),
        (t(lang, "documents"), t(lang, "sep").join(documents_in(card, lang)[:4])),
    ]
    filled = [f"{label}: {plain(value)}" for label, value in details if value]
    if lang == "ja":
        said = head[:-1] + (f"({'、'.join(filled)})。" if filled else "。")
        said += _first_sentence_ja(card.requirement_ja, said, q)
        return said + asked_fact(card.requirement_ja, said, q)
    # the splitter's first sentence: "The U.S. importer…" was cut to "The U.S"
    first = next(iter(split_line(plain(card.requirement))), "").rstrip(".")
    said = f"{head} {first}." + (f" ({'; '.join(filled)}.)" if filled else "")
    return said + asked_fact(card.requirement, said, q)


def _first_sentence_ja(requirement: str, said: str, q: Question) -> str:
    """The Japanese requirement's first sentence, as the English card sentence quotes the
    English one: the title is a heading, the requirement says what it means (「…MFN税率が
    適用されます」 under 「日台間にEPAなし」). Nothing when it repeats what is said or names a
    country the question is not about (北朝鮮 in a Russia answer)."""
    first = next(iter(units(plain(requirement))), "") if requirement else ""
    asked = frozenset([*q.destinations, *q.unsupported, "JP"])
    if not first or similar(first, said) or elsewhere(first, asked):
        return ""
    return first


# Question types whose fact a card's requirement may hold beyond what its sentence shows.
_FACT_TYPES = ("when", "how_much", "number")


def asked_fact(requirement: str, said: str, q: Question) -> str:
    """The requirement's sentence that states the fact the question asks for ("valid for 2
    years" for "how long is it valid?") when the card sentence does not show it yet: the
    one sharing most words with the question, and more than anything already said."""
    fact = FACTS.get(q.qtype) if q.qtype in _FACT_TYPES else None
    if fact is None or not requirement:
        return ""
    asked = set(tokenize(question_words(q)))
    shown = len(asked & set(tokenize(said)))
    best, most = "", 0
    for sentence in units(plain(requirement)):
        shared = len(asked & set(tokenize(sentence)) - set(tokenize(said)))
        if fact.search(sentence) and shared > most and sentence not in said:
            best, most = sentence, shared
    if not best or most == 0 or shown >= len(asked):
        return ""
    return best if q.language == "ja" else f" {best}"


def question_words(q: Question) -> str:
    """What the quotes should share with the question: its own words, their other-language
    forms (glossary) and, for a follow-up, the question it leans on."""
    text = q.asked or q.text
    return " ".join([text, *related(text), q.context, q.product])


def compose(
    q: Question,
    query: str,
    passages: list[SearchHit],
    cards: list[RequirementCard],
    card_hits: dict[str, SearchHit],
    termbase: TermBase | None,
    doc_order: Sequence[str] = (),
    kinds: frozenset[str] = frozenset(),
    topical: frozenset[str] = frozenset(),
    quotes: int = 3,
    markets: frozenset[str] = frozenset(),
) -> Composed:
    """Direct sentence(s) from the cards, then up to `quotes` sentences for the question type
    (doc_order: the documents retrieval ranked first, best first; kinds: the kinds of goods
    of the product asked about, whose quotes stay on them; topical: the documents about the
    question's topic, whose sentences need not name it; markets: the places asked about,
    whose sentences alone are quoted when they name a country)."""
    out = Composed(cards=list(cards))
    avoid: list[str] = []
    for card in cards:
        hit = card_hits.get(card.id)
        marker = f" {out.citations.marker(hit.citation)}" if hit else ""
        sentence = card_sentence(card, q, termbase)
        out.lines.append(sentence + marker)
        # a Japanese card sentence shows the title, never the requirement: a Japanese quote
        # that says what only the requirement holds (登録の有効期間は2年) is no repeat; an
        # English one restating it is still kept out of a Japanese answer
        shown = [sentence] if q.language == "ja" else [card.requirement_ja]
        avoid += [card.title, card.title_ja, card.requirement, *shown]
    topic_words = vocab.topic_words(q.topics)
    # 「書類は？」, 「何という書類？」 naming no trade paper: a certificate answers it too
    if "trade_documents" in q.topics and not has_any(
        nfkc(q.asked or q.text).lower(), vocab.NAMED_PAPERS
    ):
        topic_words += vocab.CERTIFICATE_WORDS
    # the topic's own words count as the question's: "使える協定は？" is answered by "CPTPP"
    asked = " ".join([question_words(q), *topic_words])
    chosen = pick_sentences(
        passages,
        asked,
        q.qtype,
        q.language,
        quotes,
        avoid,
        doc_order,
        kinds,
        topic_words,
        topical,
        markets,
        rule_terms(q.asked or q.text),
        q.asked or q.text,
    )
    bullet = "・" if q.language == "ja" else "• "
    for quote in chosen:
        # only when no Japanese sentence answers: the English source text, named as such
        label = (
            t("ja", "english_source")
            if q.language == "ja" and not mostly_japanese(quote.text)
            else ""
        )
        out.lines.append(f"{bullet}{label}{quote.text} {out.citations.marker(quote.hit.citation)}")
    out.quotes = chosen
    line_first(out.lines, len(out.cards), q.asked or q.text, bullet)
    _lead_with_named(out, q, bullet)
    return out


def _lead_with_named(out: Composed, q: Question, bullet: str) -> None:
    """The answer to the question comes first: when no card names what the question singles
    out (beef, CPC, Fukushima) and a quote does, that quote opens the answer."""
    carded = any(c.topic in q.topics for c in out.cards)
    terms = singled_out(q, product=not carded)
    if carded:  # the topic's card before where the goods are from (静岡の茶…農薬は?)
        terms -= set(PREFECTURE_NAMES)
    if not terms or any(names(c, terms) for c in out.cards):
        return
    # with no card, the quote that names it comes before the others
    first = len(out.cards)
    for i, line in enumerate(out.lines[first:], start=first):
        if any(t in nfkc(line).casefold() for t in terms):
            line = out.lines.pop(i)
            out.lines.insert(0, line.removeprefix(bullet) if first else line)
            return


_MARKER = re.compile(r"\[(\d+)\]")


def keep_cited(text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """Only the citations the text refers to, renumbered in order of first mention."""
    order: list[int] = []
    for m in _MARKER.finditer(text):
        n = int(m.group(1))
        if 1 <= n <= len(citations) and n not in order:
            order.append(n)
    new = {old: i for i, old in enumerate(order, start=1)}
    renumbered = _MARKER.sub(lambda m: f"[{new.get(int(m.group(1)), 0)}]", text)
    return renumbered, [citations[n - 1] for n in order]
