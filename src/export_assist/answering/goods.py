"""Kinds of goods (food, cosmetics, electrical, chemicals, textiles) a question or a
sentence is about, so that an answer about one product quotes no rule for another kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from export_assist.answering.expand import CATEGORY_WORDS
from export_assist.answering.kind_words import FOOD_CONTACT, KIND_WORDS
from export_assist.compliance import rules
from export_assist.compliance.profile_keywords import read_keywords
from export_assist.retrieval.normalize import nfkc

# Authorities named after what they regulate ("Food and Drug Administration") say nothing of goods.
_AUTHORITIES = re.compile(
    r"食品医薬品|医薬品(?:局|庁|安全|管理|規制)|food and drugs?|drug administration|"
    r"food safety and quality division|food standards|medicines? (?:agency|authority)|"
    # the ministry of agriculture, forestry and fisheries issues beef certificates too
    r"農林水産|水産庁|ministry of agriculture,? forestry and fisheries|fisheries agency|"
    # the plant and animal quarantine offices inspect rice mills and fumigation warehouses too
    r"植物防疫所|植物防疫官|動物検疫所|plant protection station|animal quarantine service",
    re.I,
)


# Goods with rules of their own inside a kind: a liquor rule does not answer a tea question,
# a machine-tool or radio-licence rule does not answer a kettle question.
NARROW = frozenset(
    {"alcohol", "tea", "meat", "seafood", "dairy", "supplements", "machinery", "radio"}
)
# Goods of animal origin: the plant-inspection rules are none of theirs
_ANIMAL = frozenset({"meat", "dairy", "seafood"})
# Toys are a kind of their own here: a tableware rule (lead in ceramics) is not a toy rule.
_KIND_OF = {**rules.KINDS, "toys": "toys", FOOD_CONTACT: FOOD_CONTACT}
_KINDS = frozenset(_KIND_OF.values())
KINDS = _KINDS  # the broad kinds of goods (food, cosmetics, electrical, ...)
# A sentence naming this many kinds (two broad ones among them) is a list ("beef, liquor,
# tobacco, cosmetics, jewels are banned"): it speaks to each kind it names.
ENUMERATION = 4


def wanted(categories: Iterable[str], product: str, conditions: Iterable[str]) -> frozenset[str]:
    """The kinds of goods a question is about: its categories' and those its product words
    name themselves (ミルクチョコ is dairy too), dairy for goods that contain it."""
    found = kinds(categories) | kinds_in(product)
    found |= {"dairy"} if "contains_dairy" in set(conditions) else set()
    # fresh produce is plant material: the plant-inspection sentences speak to it too
    found |= {"plants"} if "contains_plant_material" in set(conditions) else set()
    return found - _set_aside(product)


def own_categories(categories: Iterable[str], product: str, text: str) -> list[str]:
    """The categories without those only the product name's material, filling or use words
    say ("wine" in "wine fridge" is no liquor, 麺 in 製麺機 no food), when the message says the
    name (test56 t006: "cosmetic sake-lees", two products' words joined, set cosmetics aside)."""
    aside = _set_aside(product) if product.lower() in nfkc(text).lower() else frozenset()
    return [c for c in categories if not (said := kinds([c])) or not said <= aside]


def _set_aside(product: str) -> frozenset[str]:
    """The kinds that words of the product's name say only as its material, filling or use,
    not what it is: 麺 in 製麺機 (a machine), "wine" in "wine fridge", "tea" in "tea kettle"
    (compliance's reading of the name around its head)."""
    if not product:
        return frozenset()
    reading = read_keywords(nfkc(product).lower())
    if not reading.set_aside or not reading.head_kinds:
        return frozenset()
    said = kinds(c for w in reading.set_aside for c in rules.KEYWORD_CATEGORIES.get(w, ()))
    own = kinds(
        i.value for i in reading.inferences if i.kind == "category"
    )  # what the kept words say (food contact for a noodle machine)
    return said - own


def kinds(categories: Iterable[str]) -> frozenset[str]:
    """The kinds of goods the categories say (food contact one of them), and the narrow
    goods among them (NARROW)."""
    cats = set(categories)
    for cat in list(cats):
        cats.update(rules.IMPLIED.get(cat, ()))
    return frozenset({_KIND_OF[c] for c in cats if c in _KIND_OF} | (cats & NARROW))


def _word_categories() -> dict[str, set[str]]:
    """Every word that names goods (product keywords, category words) -> its categories."""
    table: dict[str, set[str]] = {}
    for word, cats in rules.KEYWORD_CATEGORIES.items():
        table.setdefault(nfkc(word).lower(), set()).update(cats)
    for category in {*CATEGORY_WORDS, *KIND_WORDS}:
        for word in (*CATEGORY_WORDS.get(category, ()), *KIND_WORDS.get(category, ())):
            table.setdefault(nfkc(word).lower(), set()).add(category)
    return table


_WORDS = _word_categories()
# Found in one pass (a keyword-by-keyword regex loop took ~5 ms a sentence): English words
# as whole-word n-grams, Japanese words as substrings.
_ENGLISH = {w for w in _WORDS if w.isascii()}
_LONGEST = max((len(w.split()) for w in _ENGLISH), default=1)
_JAPANESE = [w for w in _WORDS if not w.isascii()]
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STATIC = re.compile(r"(?<!静)電気")  # 静電気 (static electricity) is no electrical product


def _named(low: str) -> set[str]:
    """The goods words a lower-cased text contains; not a word only ever read inside a
    longer one ("rice" in "rice cooker", ワイン in ワインセラー: the longer one names it)."""
    tokens = _TOKEN.findall(low)
    spans = {
        (i, i + n): phrase
        for n in range(1, _LONGEST + 1)
        for i in range(len(tokens) - n + 1)
        if (phrase := " ".join(tokens[i : i + n])) in _ENGLISH
    }
    found = {
        phrase
        for (a, b), phrase in spans.items()
        if not any(c <= a and b <= d and d - c > b - a for c, d in spans)
    }
    japanese = [w for w in _JAPANESE if w in low and (w != "電気" or _STATIC.search(low))]
    return found | {w for w in japanese if _alone(w, low, japanese)}


def _alone(word: str, low: str, found: list[str]) -> bool:
    """Whether the Japanese word occurs somewhere outside the longer words found."""
    longer = [w for w in found if len(w) > len(word) and word in w]
    if not longer:
        return True
    covered = [
        (m.start(), m.start() + len(w)) for w in longer for m in re.finditer(re.escape(w), low)
    ]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in covered)
        for m in re.finditer(re.escape(word), low)
    )


# An insect's name in katakana ends in ムシ: 「カツオブシムシ」 (a beetle of stored rice) is no
# dried bonito (escalation_dev22 d006 lost China's rice pests as a seafood sentence).
_INSECT = re.compile(r"[ァ-ヴー]+ムシ")
# An electronic paper or system is no electrical goods (escalation_dev27 d018: TRACES's COI)
_ELECTRONIC_PAPER = re.compile(
    r"\belectronic(?:ally)?(?: \w+)?(?: certificates?| systems?| copy| copies| forms?| submission|"
    r" declarations?| records?| signatures?| format| documents?| version| invoices?| filing|"
    r" applications?| data| platform| portal| transmission| exchange)\b|"
    r"電子(?:証明書|申請|署名|データ|的|化|版|システム|申告|帳簿|インボイス|交換|発給|発行|送信)"
)


@lru_cache(maxsize=4096)
def kinds_in(text: str) -> frozenset[str]:
    """The kinds of goods a sentence or a heading names by its product or category words."""
    low = _INSECT.sub(" ", _AUTHORITIES.sub(" ", nfkc(text).lower()))
    low = _ELECTRONIC_PAPER.sub(" ", low)
    return kinds(c for word in _named(low) for c in _WORDS[word])


# A sentence with this many list separators enumerates ("高級車、酒類、化粧品、宝飾品…").
_LIST = re.compile(r"[、,，・]")


_ANIMAL_PRODUCTS = re.compile(r"畜産物|(?i:livestock products|animal products)")


def other_kind(text: str, heading: str, wanted: frozenset[str]) -> bool:
    """True when the sentence (else its section heading) is about goods of a kind other
    than the wanted ones (an electrical-goods label rule under a soy-sauce question), or
    about narrow goods the product is not (a liquor rule under a tea question)."""
    if not wanted:
        return False
    if "food" in wanted:  # food comes packed: its packaging's food-contact rules are its own
        wanted = wanted | {FOOD_CONTACT}
    said = kinds_in(text) or kinds_in(heading)
    # plants' rules under animal products (a plant-inspection sentence listing fruit, cut flowers
    # and bonsai under a cheese question, test29 t032): none is theirs, whatever food word it shares
    own = said & wanted & NARROW
    # (one that names animal products as a whole beside plants speaks to them too: test56 t032)
    if "plants" in said and "plants" not in wanted and wanted & _ANIMAL and not own:
        return not _ANIMAL_PRODUCTS.search(text)
    listed = len(said) >= ENUMERATION or len(_LIST.findall(text)) >= ENUMERATION
    if listed and len(said & _KINDS) >= 2 and said & wanted & _KINDS:
        return False  # a list across kinds of goods that names the product's kind too
    if said & _KINDS and wanted & _KINDS and not said & wanted & _KINDS:
        return True
    # narrow goods the product is not (liquor or meat rules under a soy-sauce question)
    # narrow goods listed as allergens ("milk, eggs, fish, shellfish, …") are ingredients of
    # any food, no rule for them; "乳・乳製品、食肉・水産物の施設は…" stays theirs
    narrow = said & NARROW
    if listed and said & wanted and _ALLERGENS.search(text):
        narrow = frozenset()
    if not narrow or narrow & wanted:
        return False
    if _lists_own_first(text, wanted):
        return False
    if narrow <= _MACHINES:
        # a machine or radio rule only when the sentence is about them first: "家電は…、
        # 無線機器は…" speaks to an appliance too
        return bool(_first_categories(text) & _MACHINES)
    return True


def _lists_own_first(text: str, wanted: frozenset[str]) -> bool:
    """A list of goods that names goods of the wanted kind first, by a word of their own
    (「野菜・果物・乳製品等の禁止」 under a strawberry question): it speaks to them, whatever
    narrow goods it adds; a kind word alone (「食品・酒類」) names no goods of its own."""
    if not _LIST.search(text):
        return False
    low = _AUTHORITIES.sub(" ", nfkc(text).lower())
    words = _named(low)
    if not words:
        return False
    first = min(words, key=lambda w: (low.find(w), -len(w)))
    said = kinds(_WORDS[first])
    return first not in _GENERIC and not said & NARROW and bool(said & wanted & _KINDS)


# Words that name a whole kind of goods, not goods of their own (食品, food, 家電).
_GENERIC = frozenset(
    nfkc(w).lower() for words in (*CATEGORY_WORDS.values(), *KIND_WORDS.values()) for w in words
)
_ALLERGENS = re.compile(r"allerg|アレルゲン|アレルギー|特定原材料", re.I)
# Electrical goods with rules of their own (NARROW): machine tools and radio equipment.
_MACHINES = frozenset({"machinery", "radio"})


def _first_categories(text: str) -> set[str]:
    """The categories of the goods word a sentence names first (what it is about)."""
    low = _AUTHORITIES.sub(" ", nfkc(text).lower())
    words = _named(low)
    if not words:
        return set()
    first = min(words, key=lambda w: (low.find(w) if low.find(w) >= 0 else len(low), -len(w)))
    return _WORDS[first]
