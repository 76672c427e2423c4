"""Does the evidence speak about what the question asks: the question's content terms (its
words less places, the question's frame and the names of private companies), each looked
for in the chosen evidence in both languages (its own form, glossary and term base forms,
and for Japanese compounds their character pairs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from export_assist.answering.everyday import entries
from export_assist.answering.expand import CATEGORY_WORDS
from export_assist.answering.glossary import GLOSSARY
from export_assist.answering.places import find_places, prices
from export_assist.answering.vocab import EXTRA_PRODUCTS, TOPIC_WORDS
from export_assist.answering.years import named_years
from export_assist.compliance.rules import KEYWORD_CATEGORIES
from export_assist.domain.companies import companies, find_companies
from export_assist.geo import PREFECTURES
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word, tokenize
from export_assist.translation.termbase import TermBase

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
_SELECTED = re.compile(r"\s*\((?:[A-Z]{2}(?:, )?)+\)\s*$")


_PRODUCTS: dict[str, tuple[str, ...]] = {
    nfkc(k).lower(): tuple(v) for k, v in {**KEYWORD_CATEGORIES, **EXTRA_PRODUCTS}.items()
}


# longest first, so that "rice cooker" is taken before "rice"
_PRODUCT_PHRASES = sorted((p for p in _PRODUCTS if " " in p or not p.isascii()), key=len)[::-1]
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
    return re.compile(re.escape(product))


@dataclass(frozen=True)
class Coverage:
    """The share (0..1) of the question's content terms the evidence mentions, and which."""

    share: float
    terms: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    company: bool = False  # a private company is named
    years: list[str] = field(default_factory=list)  # years asked about that no line states


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
    places = [(m.start, m.start + len(m.surface)) for m in find_places(text)]
    # where in Japan the exporter is (「京都で和傘を作っている工房」) is no topic
    places += [m.span() for m in _PREFECTURE.finditer(text)]
    spans = [s for s in places if not any(a <= s[0] < b for a, b in named)] + prices(text)
    # a company's name is no topic (the corpus never names private companies); what is
    # asked about it is
    spans += [(c.start, c.end) for c in find_companies(text)]
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


def _ja_parts(run: str) -> list[str]:
    """A Japanese run as its content words: katakana and kanji split apart
    ('和食レストラン' -> '和食', 'レストラン'); frame words dropped."""
    parts = re.findall(r"[\u30a0-\u30ffー]+|[^\u30a0-\u30ffー]+", run)
    out: list[str] = []
    for part in parts:
        for word in _JA_FRAME_SPLIT.split(part):
            # 「文具店に卸す」: the shop is no topic, its goods are
            if word.endswith("店") and word[:-1] in _PRODUCTS:
                word = word[:-1]
            if len(word) >= 2 and word not in _FRAME:
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
    # a product is covered where its kind of goods is: rules attach to "food", not "senbei"
    for category in _PRODUCTS.get(term, ()):
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
    return form == term or (len(form) >= 2 and form in term and len(form) >= 0.6 * len(term))


class Evidence:
    """The evidence text, ready for look-ups in both languages, and the kinds of goods the
    rules it shows are for (an empty set: a rule for all goods)."""

    def __init__(self, texts: Iterable[str], scopes: Iterable[frozenset[str]] = ()) -> None:
        self.text = nfkc(" ".join(texts)).lower()
        self.stems = {stem_word(t) for t in tokenize(self.text)}
        self.pairs = {t for t in tokenize(self.text) if not t.isascii()}
        self.scopes = list(scopes)

    def rules_for(self, kinds: Iterable[str]) -> bool:
        """Whether a rule shown applies to goods of these kinds: one for all goods (labels
        in Vietnamese, GST on imports) or one for that kind."""
        wanted = set(kinds) - {GOODS}
        return any(not scope or scope & wanted for scope in self.scopes)

    def covers(self, term: str, forms: set[str]) -> float:
        """1 when the term or one of its forms is in the evidence; for a Japanese compound,
        the share of its character pairs that are."""
        for form in forms:
            if form.isascii():
                words = [stem_word(w) for w in tokenize(form)]
                if words and all(w in self.stems for w in words):
                    return 1.0
            elif form in self.text:
                return 1.0
        if term.isascii():
            return 0.0
        pairs = [term[i : i + 2] for i in range(len(term) - 1)]
        return sum(p in self.pairs for p in pairs) / len(pairs) if len(term) > 2 else 0.0


# A word's kinds of goods, when it names a product ("漬物" -> food): from the HS table;
# GOODS alone when it names goods of no kind the rules single out ("pens").
KindOf = Callable[[str], Sequence[str]]
GOODS = "goods"


def coverage(
    question: str, evidence: Evidence, termbase: TermBase | None, kind_of: KindOf | None = None
) -> Coverage:
    """How much of what the question is about the evidence mentions; a product word the
    vocabulary does not know counts where the evidence speaks of its kind of goods."""
    terms = content_terms(question)
    scores = {t: evidence.covers(t, _forms(t, termbase)) for t in terms}
    for term, score in scores.items():
        if score >= 0.5:
            continue
        kinds = [*_PRODUCTS.get(term, ()), *(kind_of(term) if kind_of is not None else ())]
        words = {nfkc(w).lower() for c in kinds for w in CATEGORY_WORDS.get(c, ())}
        scores[term] = max(score, evidence.covers(term, words))
        # goods under a rule for all goods, or for their kind, are what that rule is about
        # (stationery under Vietnam's labelling decree); a product family only its own
        # documents answer is scope.py's to judge
        if kinds and evidence.rules_for(kinds):
            scores[term] = 1.0
    share = sum(scores.values()) / len(scores) if scores else 1.0
    missing = [t for t, s in scores.items() if s < 0.5]
    years = [y for y in named_years(question) if y not in evidence.text]
    return Coverage(round(share, 3), terms, missing, bool(companies(nfkc(question))), years)


# Words of the question's frame, not its topic: asking, wanting, exporting, the exporter
# itself, and the kind of answer asked for (a name, a number, an authority, a law).
# Topic words are never listed here: what is left is what the question is about.
_FRAME = frozenset(
    """a an and are as at be by can do does for from has have how i if in into is it its
    may must not of on or our so than that the their then there these this to was we what
    when where which who will with would you your us me my also any both each either more
    most much many some such very just only about after before over under per via
    need needs needed require requires required requirement requirements rule rules apply
    applies applied regulation regulations law laws
    export exports exporting exported exporter exporters import imports importing imported
    sell sells selling sold sale sales ship ships shipping shipped send sending
    japan japanese product products goods item items company companies business our
    want wants plan planning planned intend going like tell know please could should
    get gets getting make makes made use used using there here other same new
    question questions help thanks thank yes they them it's i'm we're don't can't
    been being did doing done had having he she his her him they're what's how's let
    all another because but down even ever every few here's into just like off once
    out own same still through too until up upon while why whom whose yet
    give given take taken put keep find look see say said go goes went gone
    enough small large big good well really likely possible able certain sure
    ltd inc llc gmbh corp co pvt pte plc hs ok no vs pm am id tv pc
    first next last year years month months day days time
    name names number numbers someone anyone something anything kind kinds type types list
    show shows information detail details authority authorities agency agencies body
    ministry office
    buyer buyers customer customers client clients distributor distributors retailer
    retailers wholesaler wholesalers shop shops store stores supermarket supermarkets
    partner partners stock carry carries
    instead trouble troubles problem problems cause causes happen happens plain simple
    special straight directly anything everything might buy buys bought buying purchase
    consumer consumers said told heard think thinking side sides inquiry enquiry order
    orders ordered somebody stuff thing things actually basically okay fine right true
    guess wonder wondering mean means exactly currently now today soon already bit lot
    lots little pretty quite whether worried worry hear friend boss colleague says brand
    brands shelf shelves kitchen procedure procedures text trade since force
    we'd we'll i'd i'll deal got never team themselves maker makers manufacturer
    manufacturers chain model models""".split()
) | frozenset(
    """必要 教 教え 場合 方法 手続 手続き 何 際 時 現地 予定 検討 可能 確認 対応 当社 弊社 自社 うち
    商品 製品 日本 輸出 輸入 販売 向け 国内 海外 具体的 一般的 大丈夫 問題 質問 相談 お願い 必要書類
    ありがとうございます 今回 今後 同じ 違い 等 など 以外 以上 以下 程度 場所 相手 側
    名称 名前 番号 種類 品目 内容 対象 情報 詳細 一覧 当局 所管 所管官庁 官庁 機関 役所 担当 窓口 法律
    制度 規則 規定 基準 仕組 スキーム
    取引先 顧客 お客様 客様 バイヤー 買い手 代理店 販売店 卸売業者 小売店 小売業者 輸入業者 店舗 スーパー
    百貨店 雑貨店 家電店 パートナー 経由 会社 申請 仕入 仕入れ 何か ダメ 注意 決まり ルール 特別 楽 準備
    普通 必須 本当 注文 問い合わせ 連絡先 料理店 日本料理店 レストラン ホテル 商社 関係 何か
    最近 今度 以前 一応 結局 全部 全然 絶対 簡単 面倒 心配 不安 意味 理由 状況 最初 初回 初めて 自分
    個人 友人 知人 社長 担当者 電話 メール 今年 今月 来月 先月 去年 実際 普段 大体 結構 色々 荷物 売上
    売り上げ 少量 大人 タイプ 工房 モデル 追加""".split()
)
# Japanese grammar written in kanji inside a run ("輸出する際" has no kana before 際).
_JA_FRAME_SPLIT = re.compile(
    r"(?:場合|必要|方法|予定|向け|制度|所管|官庁|当局|機関|名称|番号|一覧|手続き?|経由|代理店|取引先|直接|毎年)"
    # 「大人向けの」: who it is for is no topic
    r"|向$"
)
