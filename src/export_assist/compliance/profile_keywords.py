"""Keywords of a product name, read around its head: the head says the kind of goods; a
material, filling or use word of another kind does not ("そば殻まくら" is no food, "餅つき機"
a machine that touches food)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from export_assist.compliance import rules
from export_assist.compliance.product_head import (
    details,
    ends_name,
    main_name,
    names_use,
    suffix_head,
    without_set,
)
from export_assist.domain.compliance import Inference

# A CJK keyword that is not itself when this character precedes it (静電気 is not 電気).
_NOT_AFTER = {"電気": "静"}
# What a food word says about a product that is not food: what it is made of or holds.
FOOD_CONDITIONS = frozenset(
    {
        "contains_meat",
        "contains_dairy",
        "contains_egg",
        "contains_fish",
        "contains_alcohol",
        "contains_plant_material",
    }
)
# What a food word says a food is made of (not said of a machine or a pillow).
COMPOSITION = FOOD_CONDITIONS - {"contains_plant_material"}
GOODS = "goods"
_WARES = frozenset(
    {"household", "food_contact", "toys"}
)  # the kind of goods no kind-specific rule covers (household, tableware)


def plural_forms(word: str) -> str:
    """A regex for an English keyword and its plurals ("bowl(s)", "box(es)", "knife"/"knives":
    "kitchen knives" found no product at all, escalation_dev42 d009)."""
    core = rf"{re.escape(word)}(?:e?s)?"
    if word.endswith(("fe", "f")) and len(word) > 3:
        return rf"(?:{core}|{re.escape(word.removesuffix('e').removesuffix('f'))}ves)"
    return core


def _keyword_pattern(word: str) -> re.Pattern[str]:
    # ASCII words match on word boundaries ("tea" must not match "steam"); CJK by substring.
    if word.isascii():
        return re.compile(rf"(?<![a-z0-9]){plural_forms(word)}(?![a-z0-9])")
    before = _NOT_AFTER.get(word)
    return re.compile((f"(?<!{re.escape(before)})" if before else "") + re.escape(word))


_WORDS = sorted(set(rules.KEYWORD_CATEGORIES) | set(rules.KEYWORD_CONDITIONS))
_PATTERNS = [(_keyword_pattern(w), w) for w in _WORDS]


def inference(kind: str, value: str, why: tuple[str, str], source: str) -> Inference:
    """An inference with its reason in English and Japanese."""
    return Inference.model_validate(
        {"kind": kind, "value": value, "reason": why[0], "reason_ja": why[1], "source": source}
    )


def kind_of(category: str) -> str | None:
    """The kind of goods a category says (None: a cross-cutting category such as batteries)."""
    return rules.KINDS.get(category)


def allowed(category: str, head_kinds: frozenset[str], electric: bool = False) -> bool:
    """Whether a category fits a product whose head says these kinds; `electric`: the
    word is an electrical adjective of the name (電気ケトル, 電気毛布 are appliances, while
    "電子レンジ対応" says a box is microwave-safe). A food is no tableware (鍋つゆ)."""
    kind = kind_of(category)
    if kind is None:
        return category not in _WARES or head_kinds != {"food"}
    return kind in head_kinds or (electric and kind == "electrical" and "food" not in head_kinds)


# Cross-cutting categories that still say the goods are electrical (a power bank).
_ELECTRICAL = frozenset({"batteries", "radio"})


def kinds(categories: tuple[str, ...] | list[str] | set[str]) -> frozenset[str]:
    """The kinds of goods categories say; goods when none does."""
    found = {k for c in categories if (k := kind_of(c))}
    found |= {"electrical" for c in categories if c in _ELECTRICAL}
    return frozenset(found) or frozenset({GOODS})


@dataclass(frozen=True)
class Hit:
    """One keyword found in the name, where, and what it says."""

    word: str
    start: int
    end: int
    categories: tuple[str, ...]
    conditions: tuple[str, ...]


def hits(text: str) -> list[Hit]:
    """Every keyword in a (lower-cased NFKC) text, in order of position."""
    found = [
        Hit(
            word,
            m.start(),
            m.end(),
            rules.KEYWORD_CATEGORIES.get(word, ()),
            rules.KEYWORD_CONDITIONS.get(word, ()),
        )
        for pattern, word in _PATTERNS
        for m in pattern.finditer(text)
    ]
    # a word inside a longer keyword is not read on its own ("rice" in "rice cooker")
    inside = [
        h
        for h in found
        if any(
            o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in found
        )
    ]
    return sorted((h for h in found if h not in inside), key=lambda h: (h.start, -h.end))


@dataclass
class KeywordReading:
    """What the keywords say, once the head has had its say."""

    inferences: list[Inference] = field(default_factory=list)
    head: str | None = None  # the word that says what the product is
    head_kinds: frozenset[str] = frozenset()
    set_aside: list[str] = field(default_factory=list)  # material/filling/use words
    refuted: set[str] = field(default_factory=set)  # kinds those words would have said


@dataclass(frozen=True)
class _Head:
    word: str
    categories: tuple[str, ...]
    kinds: frozenset[str]
    by_form: bool  # told by the form of the name (〜機, 〜器, "... machine")
    sure: bool = True  # False: only the last of several keywords, not the last word


def _why(word: str, note: str = "", note_ja: str = "") -> tuple[str, str]:
    return f"keyword '{word}'{note}", f"キーワード「{word}」{note_ja}"


def _head(text: str) -> _Head | None:
    """The head of the name: the keyword it ends with, else its form (〜機, 〜器); else,
    when its keywords say different kinds of goods, the last of them (nearest the head)."""
    main = main_name(text)
    in_main = [h for h in hits(main) if h.categories]
    at_end = [h for h in in_main if ends_name(main, h.end)]
    if not at_end and (ware := without_set(main)):  # a set of ware, not "sake set"
        at_end = [
            h for h in hits(ware) if ends_name(ware, h.end) and kinds(h.categories) == {GOODS}
        ]
    suffix = suffix_head(main, text)
    if at_end:
        machine = suffix.categories if suffix and suffix.kind == "electrical" else ()
        cats = tuple(dict.fromkeys([*(c for h in at_end for c in h.categories), *machine]))
        word = max(at_end, key=lambda h: h.end - h.start).word
        return _Head(word, cats, kinds(cats), bool(machine))
    if suffix is not None:  # 〜器 is an appliance or a utensil: electrical or goods
        found = {"electrical", GOODS} if suffix.kind == "ware" else {suffix.kind}
        return _Head(suffix.word, suffix.categories, frozenset(found), True)
    bearing = [h for h in in_main if any(kind_of(c) for c in h.categories)]
    if len({kinds(h.categories) for h in bearing}) > 1:
        # an electrical word says what the product is (電動コーヒーミル is an appliance);
        # else the last keyword is the nearest to the unknown head
        electric = [h for h in bearing if "electrical" in kinds(h.categories)]
        last = max(electric or bearing, key=lambda h: h.end)
        return _Head(last.word, last.categories, kinds(last.categories), False, sure=False)
    return None


def _food_word(hit: Hit) -> bool:
    return "food" in {kind_of(c) for c in hit.categories} or bool(set(hit.conditions) & COMPOSITION)


def _read(hit: Hit, text: str, head: _Head | None, detail: bool) -> tuple[list[Inference], bool]:
    """One keyword's inferences given the head, and whether it was set aside."""
    use = names_use(text, hit.start, hit.end)
    electric = not detail and hit.categories == ("electronics",)
    keep = [c for c in hit.categories if not use and (not head or allowed(c, head.kinds, electric))]
    aside = len(keep) < len(hit.categories)
    non_food = head is not None and "food" not in head.kinds and hit.word != head.word
    drop = FOOD_CONDITIONS if aside else COMPOSITION if non_food else frozenset()
    out = [inference("category", c, _why(hit.word), "keyword") for c in keep]
    out += [
        inference("condition", c, _why(hit.word), "keyword")
        for c in hit.conditions
        if c not in drop
    ]
    machine = head is not None and ("electrical" in head.kinds or head.by_form)
    if _food_word(hit) and (use or (machine and (aside or non_food))):
        why = _why(hit.word, " (what it holds or processes)", "（食品に触れる用途）")
        out += [inference(k, "food_contact", why, "keyword") for k in ("category", "condition")]
    return out, aside or (non_food and bool(set(hit.conditions) & COMPOSITION))


def read_keywords(text: str) -> KeywordReading:
    """Keyword inferences; with a head, other words keep only what fits its kind of goods."""
    head = _head(text)
    reading = KeywordReading()
    if head is not None and head.sure:
        reading.head, reading.head_kinds = head.word, head.kinds
    if head is not None and head.by_form:
        note = (" (the product is a machine or utensil)", "（機械・器具の名前）")
        reading.inferences += [
            inference("category", c, _why(head.word, *note), "keyword") for c in head.categories
        ]
    spans = details(text)
    for hit in hits(text):
        detail = any(a <= hit.start < b for a, b in spans)
        found, aside = _read(hit, text, head, detail)
        reading.inferences += found
        if aside:
            reading.set_aside.append(hit.word)
            reading.refuted |= {k for c in hit.categories if (k := kind_of(c))}
    reading.inferences += _kitchen_mains(text, head, reading.inferences)
    reading.inferences += _fresh_produce(text, head, reading.inferences)
    return reading


# Words that say a fruit or vegetable was processed (干し柿, "dried apples", いちごジャム).
PROCESSED = re.compile(
    r"干し|干|乾燥|ドライ|冷凍|加工|ジャム|ジュース|果汁|ピューレ|ペースト|パウダー|粉|缶|漬|"
    r"菓子|ゼリー|シロップ|ソース|酒|ワイン|チップ|焼|煮|蒸|糖|蜜|"
    r"\b(?:dried|dry|frozen|processed|jam|juice|puree|paste|powder|canned|preserved|pickled|"
    r"candied|chips?|jelly|syrup|sauce|wine|cider|flavou?r(?:ed)?)\b"
)


def fresh_produce(name: str) -> bool:
    """Whether a (lower-cased NFKC) product name is a fruit or vegetable by its bare name."""
    return bool(_fresh_produce(name, _head(name), []))


def _fresh_produce(text: str, head: _Head | None, found: list[Inference]) -> list[Inference]:
    """A fruit or vegetable named by its bare name (いちご, 「青森のりんご」, "Japanese pears")
    is the fresh produce: plant material, unless a word says it was processed."""
    if head is None or not head.sure or head.word not in rules.FRESH_WHEN_BARE:
        return []
    named = [h for h in hits(main_name(text)) if h.categories]
    if any(h.word not in rules.FRESH_WHEN_BARE for h in named) or PROCESSED.search(text):
        return []
    if ("condition", "contains_plant_material") in {(i.kind, i.value) for i in found}:
        return []
    why = _why(head.word, " (fresh produce by its bare name)", "（生鮮の青果の名前）")
    return [inference("condition", "contains_plant_material", why, "keyword")]


# Said of an appliance that runs on a battery or a USB port, not the mains.
_NOT_MAINS = re.compile(r"usb|充電式|電池式|乾電池|cordless|コードレス|battery")


def _kitchen_mains(text: str, head: _Head | None, found: list[Inference]) -> list[Inference]:
    """A kitchen appliance (an electrical product that touches food: コーヒーメーカー, 精米機,
    餅つき機, 電気グリル鍋) plugs into the mains unless the name says it runs on a
    battery: the electrical-safety rules (KC, PSE-type) ask for the condition."""
    if head is None or _NOT_MAINS.search(text):
        return []
    values = {(i.kind, i.value) for i in found}
    if ("condition", "mains_powered") in values or ("condition", "contains_battery") in values:
        return []
    if not {("category", "electronics"), ("category", "food_contact")} <= values:
        return []
    why = _why(head.word, " (a kitchen appliance: mains powered)", "（調理家電：商用電源で動作）")
    return [inference("condition", "mains_powered", why, "keyword")]
