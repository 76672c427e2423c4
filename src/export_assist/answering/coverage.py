"""Does the evidence speak about what the question asks: the question's content terms (its
words less places, the question's frame and the names of private companies), each looked
for in the chosen evidence in both languages (its own form, glossary and term base forms,
and for Japanese compounds their character pairs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from export_assist.answering.context import quantities, scene
from export_assist.answering.everyday import entries
from export_assist.answering.evidence_text import GOODS, Evidence
from export_assist.answering.expand import CATEGORY_WORDS
from export_assist.answering.families import goods_families
from export_assist.answering.frame import CHANNEL_SUFFIX, GOODS_STATES, frame_compound
from export_assist.answering.frame import FRAME as _FRAME
from export_assist.answering.frame import JA_FRAME_SPLIT as _JA_FRAME_SPLIT
from export_assist.answering.glossary import GLOSSARY
from export_assist.answering.goods_words import RUNS_ON
from export_assist.answering.places import find_places, prices
from export_assist.answering.produce import fruits
from export_assist.answering.vocab import CITES_GOODS, EXTRA_PRODUCTS, TOPIC_WORDS
from export_assist.answering.years import named_years
from export_assist.compliance.rules import KEYWORD_CATEGORIES
from export_assist.domain.companies import companies, find_companies
from export_assist.geo import PREFECTURES, prefectures_in_latin
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word
from export_assist.translation.termbase import TermBase

# the evidence and the goods kind live in evidence_text.py; confidence.py reads them here
__all__ = ["GOODS", "Coverage", "Evidence", "KindOf", "content_terms", "coverage"]

# Runs of kanji/katakana (hiragana and punctuation separate Japanese content words) and
# Latin words.
_JA_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff々〆ヵヶー]{2,}")
_EN_WORD = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]")
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])")
# Prefectures with and without 都・府・県; one the glossary names is a topic (福島: the
# import restrictions after the nuclear accident).
_PREFECTURE = re.compile(
    "|".join(
        sorted(
            {
                name
                for p in PREFECTURES
                for name in (p, p if p == "北海道" else p[:-1])
                if not any(p.startswith(word) for g in GLOSSARY for word in g if len(word) >= 2)
            },
            key=len,
            reverse=True,
        )
    )
)
# ... and in Latin letters, capitalised ("Frozen Hokkaido scallops"; "saga" is a word)
_PREFECTURE_EN = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(
        n.title()
        for n, p in prefectures_in_latin().items()
        if any(p.startswith(name) for name in _PREFECTURE.pattern.split("|"))
    )
    + r")(?![A-Za-z])"
)
# the town a maker works in, said first: 「浅草でバッグを作っている工房です」 (test31 t014)
# ... after its prefecture (「北海道の猿払でホタテを冷凍加工しています」, 「秋田の大潟村で米を作って
# います」: test43 t036, t018)
_MAKER_AT = re.compile(
    r"(?:^|[。！？!?]\s*)(?:[^\s。、,でにのを]{1,4}の)?([^\s。、,でにのを]{1,8})で"
    r"(?=[^。]{0,30}?(?:作って|作る|作り|製造し|営んで|やって|育てて|栽培し|醸造し|焼いて|織って|"
    r"加工し|生産し|養殖し|をして(?:い|お)))"
)
_SOLD_AT = re.compile(r"([\u30a0-\u30ff\u3400-\u9fff々ー]+)(?=に|で|へ|から|経由)")
_SELECTED = re.compile(r"\s*\((?:[A-Z]{2}(?:, )?)+\)\s*$")
_COUNTED = re.compile(
    # 「2回」, and asked or vague counts: 「何本か」, 「数箱」 (escalation_dev23 d001)
    r"(?:\d[\d,.]*|何|数)\s*(?:回|件|個|本|箱|台|人|名|社|年|か月|ヶ月|カ月|月|日|週|度|トン|キロ|グラム|"
    r"リットル|ケース|カートン|パレット|枚|袋|缶|瓶|セット|種類|品目|店|軒)"
)


_PRODUCTS: dict[str, tuple[str, ...]] = {
    nfkc(k).lower(): tuple(v) for k, v in {**KEYWORD_CATEGORIES, **EXTRA_PRODUCTS}.items()
}


# The materials CITES lists are whole goods words (test35 t014: 「べっ甲細工」 read 「甲細工」);
# longest first, so that "rice cooker" is taken before "rice"
_CITES = frozenset(nfkc(w).lower() for w in CITES_GOODS if not w.isascii() or " " in w)
_PRODUCT_PHRASES = sorted({p for p in _PRODUCTS if " " in p or not p.isascii()} | _CITES, key=len)
_PRODUCT_PHRASES.reverse()
# Everyday phrases of several English words are one term too: "advance notice" is what the
# corpus calls prior notice (data/everyday.yaml), not "advance" and "notice".
_EVERYDAY_PHRASES = sorted(
    {nfkc(w).lower() for words, _ in entries() for w in words if " " in w and w.isascii()},
    key=len,
)[::-1]


@lru_cache(maxsize=1024)
def _phrase(product: str) -> re.Pattern[str]:
    if product.isascii():
        return re.compile(rf"(?<![a-z]){re.escape(product)}(?:s|es)?(?![a-z])")
    # as understand reads goods words: no 「ロース」 inside 「ロースト」
    return re.compile(
        re.escape(product) + (f"(?!{RUNS_ON[product]})" if product in RUNS_ON else "")
    )


@dataclass(frozen=True)
class Coverage:
    """The share (0..1) of the question's content terms the evidence mentions, and which."""

    share: float
    terms: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    company: bool = False  # a private company is named
    years: list[str] = field(default_factory=list)  # years asked about that no line states


def covered_goods(goods: list[str], scores: dict[str, float]) -> list[str]:
    """The goods words the evidence speaks of."""
    return [g for g in goods if scores[g] >= 0.5]


def _describes(term: str, goods: list[str], text: str) -> bool:
    """The term says what covered goods are made of (「馬油のハンドクリーム」), is part of
    their name (「クリーム」 of 「ハンドクリーム」) or names them more closely (「新米」 of 「お米」,
    「ゴムホース」 of 「ホース」: the compound's head is the goods; escalation_dev41 d010), or is
    a fruit's variety written onto it (「二十世紀梨」, s56: test52 t029; not 「製造機械」, test51 t020)."""
    return not term.isascii() and any(
        term != g
        and (
            term in g
            or f"{term}の{g}" in text
            or (f"{term}{g}" in text and bool(fruits(g)))
            or term.endswith(g.removeprefix("お"))
        )
        for g in goods
    )


def _strip(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        chars[s:e] = [" "] * (e - s)
    return "".join(chars)


def content_terms(text: str) -> list[str]:
    """The question's words that say what it is about (English words, Japanese runs)."""
    # the chat adds the widget's market as "(PH)": a code, not the user's word
    text = _SELECTED.sub(" ", nfkc(text))
    # 「日本」 in 「日本酒」 or 「日本茶」 names a product, not a place
    named = [
        m.span()
        for p in _PRODUCT_PHRASES
        if not p.isascii()
        for m in [_phrase(p).search(text)]
        if m
    ]
    # where the goods' materials came from is a place too (「インドネシアから輸入した革」)
    places = [(m.start, m.start + len(m.surface)) for m in find_places(text, sources=True)]
    # where in Japan the exporter is (「浅草でバッグを作っている」) is no topic
    places += [m.span() for r in (_PREFECTURE, _PREFECTURE_EN) for m in r.finditer(text)]
    places += [m.span(1) for m in _MAKER_AT.finditer(text)]
    spans = [s for s in places if not any(a <= s[0] < b for a, b in named)] + prices(text)
    # a count is no topic, and its counter must not join the next word (「2回出して」 -> 「回出」)
    spans += [m.span() for m in _COUNTED.finditer(text)]
    # a company's name is no topic (the corpus never names private companies); what is
    # asked about it is
    spans += [(c.start, c.end) for c in find_companies(text)]
    spans += _channels(text)
    low = _strip(text, spans).lower()
    # a product named in several words ("rice cooker", "電気ケトル") is one term
    products: list[re.Match[str]] = []
    for phrase in [*_PRODUCT_PHRASES, *_EVERYDAY_PHRASES]:  # longest first per list;
        # "磁器" inside "陶磁器" is no second term
        m = _phrase(phrase).search(low)
        if m and not any(m.start() < o.end() and o.start() < m.end() for o in products):
            products.append(m)
    bare = _strip(low, [m.span() for m in products])
    terms = [m.group(0) for m in sorted(products, key=lambda m: m.start())]
    # "a client's T-shirts": the possessive is the client
    words = [w.removesuffix("'s") for w in _EN_WORD.findall(bare)]
    terms += [w for w in words if w not in _FRAME and len(w) > 2]
    # an acronym of two capitals names a scheme ("KC", "CE"): short, but the topic
    terms += [a.lower() for a in _ACRONYM.findall(_strip(text, spans)) if a.lower() not in _FRAME]
    terms += [t for run in _JA_RUN.findall(bare) for t in _ja_parts(run)]
    return list(dict.fromkeys(t for t in terms if t not in _FRAME))


def _channels(text: str) -> list[tuple[int, int]]:
    """Shops the goods are sold to or through (「通販会社に出す」, 「ドラッグストアで売る」):
    where they are sold is no topic; a shop asked about (「飲食店の営業許可」) still is, and
    a shop named by its goods (「文具店に卸す」) is those goods."""
    out = []
    for m in _SOLD_AT.finditer(text):
        shop = CHANNEL_SUFFIX.search(m.group(1))
        if shop and m.group(1)[: shop.start()] not in _PRODUCTS:
            out.append(m.span(1))
    return out


def _ja_parts(run: str) -> list[str]:
    """A Japanese run as its content words: katakana and kanji split apart
    ('和食レストラン' -> '和食', 'レストラン'); frame words dropped."""
    parts = re.findall(r"[\u30a0-\u30ffー]+|[^\u30a0-\u30ffー]+", run)
    out: list[str] = []
    for part in parts:
        for word in _JA_FRAME_SPLIT.split(part):
            # 「文具店に卸す」: the shop is no topic, its goods are
            shop = CHANNEL_SUFFIX.search(word)
            if shop and word[: shop.start()] in _PRODUCTS:
                word = word[: shop.start()]
            if len(word) >= 2 and word not in _FRAME and not frame_compound(word):
                out.append(word)
    return out


def _forms(term: str, termbase: TermBase | None) -> set[str]:
    """The term and its other-language forms (glossary entries, term base terms)."""
    forms = {term}
    # "untreated" is covered where "treated" is said (the sources state the rule, not
    # its negation)
    if term.isascii() and len(term) > 5 and term.startswith(("un", "non")):
        forms.add(term.removeprefix("non").removeprefix("un").lstrip("-"))
    for group in (*GLOSSARY, *TOPIC_WORDS.values()):
        if any(_same(term, g) for g in group):
            forms |= set(group)
    # an everyday word is covered where the corpus's word for it is ("タグ" -> label)
    for words, corpus in entries():
        if any(_same(term, w) for w in words):
            forms |= set(corpus)
    # a product is covered where its kind of goods is ("senbei": "food"); "boxes" -> "box"
    singulars = [term[:-1], term[:-2]] if term.isascii() and term.endswith("s") else []
    kinds = next((_PRODUCTS[w] for w in (term, *singulars) if w in _PRODUCTS), ())
    for category in kinds:
        forms |= set(CATEGORY_WORDS.get(category, ()))
    if termbase is not None:
        lang = "en" if term.isascii() else "ja"
        other = "ja" if lang == "en" else "en"
        for hit in termbase.find(term, lang, in_text_only=False):
            if hit.end - hit.start >= 0.6 * len(term):
                forms |= {hit.term.get(other), hit.term.get(lang)}
    return {nfkc(f).lower() for f in forms if f}


def _same(term: str, form: str) -> bool:
    form = nfkc(form).lower()
    if term.isascii():
        return stem_word(form) == stem_word(term)
    inside = len(form) >= 2 and form in term and len(form) >= 0.6 * len(term)
    # ... or its everyday form with a particle (「オンラインで」 names 「オンライン」)
    return form == term or inside or (len(term) >= 3 and form[:-1] == term)


# A word's kinds of goods, when it names a product ("漬物" -> food): from the HS table;
# GOODS alone when it names goods of no kind the rules single out ("pens").
KindOf = Callable[[str], Sequence[str]]


def coverage(
    question: str, evidence: Evidence, termbase: TermBase | None, kind_of: KindOf | None = None
) -> Coverage:
    """How much of what the question is about the evidence mentions; a product word the
    vocabulary does not know counts where the evidence speaks of its kind of goods."""
    # the shipment's particulars (「200トン」, 「金額」, 「輸入者」) set the scene: the
    # subject is what is left
    said = nfkc(question)
    terms = content_terms(_strip(said, quantities(said)))
    terms = [t for t in terms if t not in scene(terms, termbase)]
    scores = {t: evidence.covers(t, _forms(t, termbase)) for t in terms}
    goods: list[str] = []
    for term, score in scores.items():
        named = term.replace("-", " ")  # "rice-cracker" is the goods "rice cracker"
        kinds = [*_PRODUCTS.get(named, ()), *goods_families(named)]  # 腸内環境: supplements
        kinds += kind_of(named) if kind_of is not None else ()
        goods += [term] if kinds or term in _CITES else []
        if score >= 0.5:
            continue
        words = {nfkc(w).lower() for c in kinds for w in CATEGORY_WORDS.get(c, ())}
        # goods under a rule for all goods, or for their kind, are what that rule is about
        # (stationery under Vietnam's labelling decree); a product family only its own
        # documents answer is scope.py's to judge
        scores[term] = 1.0 if kinds and evidence.rules_for(kinds) else evidence.covers(term, words)
    # the goods are one thing however many words name them ("SPF50 sunscreen milk",
    # 「ヒノキのまな板」): covered goods cover the words that describe them, never the topic
    if any(scores[g] >= 0.5 for g in goods):  # ... and the state they are in (冷凍)
        scores |= {g: 1.0 for g in [*goods, *GOODS_STATES.intersection(scores)]}
    # ... and what describes covered goods (「馬油のハンドクリーム」) or names them short
    # (「クリームのほうは」 after the hand cream: test41 t005 was handed off on both)
    scores |= {t: 1.0 for t in terms if _describes(t, covered_goods(goods, scores), said)}
    share = sum(scores.values()) / len(scores) if scores else 1.0
    missing = [t for t, s in scores.items() if s < 0.5]
    years = [y for y in named_years(question) if y not in evidence.text]
    return Coverage(round(share, 3), terms, missing, bool(companies(nfkc(question))), years)
