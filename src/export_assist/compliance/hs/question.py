"""One clarifying question when the best HS candidates differ on exactly one attribute
(material, use or form) that the product description does not state."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.compliance.hs.fish import asks_fillets
from export_assist.compliance.hs.kinds import kind_question
from export_assist.compliance.hs.product import ProductQuery, materials_in
from export_assist.compliance.hs.query_words import packing_of, packing_split
from export_assist.compliance.hs.sibling_words import Word
from export_assist.compliance.hs.table import HsTable
from export_assist.domain.hs import HsQuestion, HsSuggestion

# Words of the nomenclature that split subheadings by use or by form.
_USE = {
    "household": ("household", "domestic"),
    "industrial": ("industrial",),
    "retail sale": ("retail sale",),
    "medical": ("medical", "surgical", "dental", "veterinary"),
    "toilet or kitchen": ("toilet", "kitchen"),
    "table": ("table linen", "tableware"),
    "bed": ("bed linen",),
}
_FORM = {
    "knitted or crocheted": ("knitted", "crocheted"),
    "fresh or chilled": ("fresh", "chilled"),
    "frozen": ("frozen",),
    "dried": ("dried",),
    "powder": ("powder",),
    "liquid": ("liquid",),
    "in packings for retail sale": ("immediate packings", "packings of a content"),
}
_LIVE = re.compile(r"(?i)\blive\b")
# the Japanese words for the options (a Japanese question never lists English words);
# public for the chat's own material question (answering/hs.py)
OPTIONS_JA = {
    "cotton": "綿",
    "man-made fibres": "化学繊維",
    "wool": "羊毛",
    "silk": "絹",
    "flax": "麻",
    "plastics": "プラスチック",
    "rubber": "ゴム",
    "leather": "革",
    "wood": "木",
    "bamboo": "竹",
    "paper": "紙",
    "glass": "ガラス",
    "ceramic": "陶磁器",
    "iron or steel": "鉄鋼",
    "aluminium": "アルミニウム",
    "copper": "銅",
    "precious metal": "貴金属",
    "base metal": "その他の卑金属",
    "household": "家庭用",
    "industrial": "産業用",
    "retail sale": "小売用",
    "medical": "医療用",
    "toilet or kitchen": "トイレ用・台所用",
    "table": "食卓用",
    "bed": "寝具用",
    "knitted or crocheted": "メリヤス編み・クロセ編み",
    "fresh or chilled": "生鮮・冷蔵",
    "frozen": "冷凍",
    "dried": "乾燥",
    "powder": "粉末",
    "liquid": "液状",
    "in packings for retail sale": "小売用の包装",
}
_CLOSE = 0.35  # candidates within this share of the best one's confidence count
# a first candidate this sure (calibrated) is shown as the answer: no sibling question
_SURE = 0.6
_TEXT = {
    "material": (
        "What is it made of? The candidate codes differ only by material ({options}).",
        "素材(材質)は何ですか？ 候補のHSコードは素材だけで分かれます（{options}）。",
    ),
    "use": (
        "What is it used for? The candidate codes differ only by use ({options}).",
        "用途は何ですか？ 候補のHSコードは用途だけで分かれます（{options}）。",
    ),
    "form": (
        "In what form is it traded? The candidate codes differ only by form ({options}).",
        "どのような形態ですか？ 候補のHSコードは形態だけで分かれます（{options}）。",
    ),
}


def _values(text: str, vocab: dict[str, tuple[str, ...]]) -> frozenset[str]:
    low = text.lower()
    return frozenset(
        v for v, words in vocab.items() if any(re.search(rf"\b{w}", low) for w in words)
    )


def _close(suggestions: list[HsSuggestion], siblings: bool = False) -> list[HsSuggestion]:
    """The candidates near the best one (by confidence, else by score); with `siblings`
    also the first one's siblings among the first three: the same goods split by their
    material, which a prior the ranker learned (most towels in rulings are cotton) must
    not decide."""
    if not suggestions:
        return []
    key = [s.confidence if s.confidence is not None else s.score for s in suggestions]
    top, heading = max(key), suggestions[0].code[:4]
    return [
        s
        for i, (s, v) in enumerate(zip(suggestions, key, strict=True))
        if v >= _CLOSE * top or (siblings and i < 3 and s.code[:4] == heading)
    ][:5]


def clarifying_question(
    q: ProductQuery, suggestions: list[HsSuggestion], table: HsTable
) -> HsQuestion | None:
    """The question to ask, or None when the candidates agree or the product says it."""
    kind = kind_question(q)  # "工作機械": which kind decides the heading itself
    if kind is not None:
        return kind
    close = _close(suggestions, siblings=not q.materials)
    if len(close) < 2:
        return None
    near = {s.code for s in _close(suggestions)}  # use and form: the near ones only
    own = {s.code: table.describe(s.code) for s in close}
    stated = {
        "material": bool(q.materials),
        "use": bool(_values(q.text, _USE)),
        # goods said to travel alive (「生きたまま」: live) have their form said (s58: live sea
        # cucumbers were asked whether dried, chilled or frozen)
        "form": bool(_values(q.text, _FORM)) or bool(_LIVE.search(q.text)),
    }
    extract: dict[str, Callable[[str], frozenset[str]]] = {
        "material": materials_in,
        "use": lambda t: _values(t, _USE),
        "form": lambda t: _values(t, _FORM),
    }
    for attribute in ("material", "use", "form"):
        if stated[attribute]:
            continue
        by_code = {
            code: extract[attribute](text)
            for code, text in own.items()
            if attribute == "material" or code in near
        }
        distinct = {v for v in by_code.values() if v}
        if len(distinct) >= 2:
            options = sorted({o for v in distinct for o in v})
            en, ja = _TEXT[attribute]
            return HsQuestion(
                attribute=attribute,
                question_en=en.format(options=", ".join(options)),
                question_ja=ja.format(options="、".join(OPTIONS_JA.get(o, o) for o in options)),
                options=options,
                codes=[c for c, v in by_code.items() if v],
            )
    return sibling_question(q, suggestions, table)


def _attribute(w: Word) -> bool:
    """A word a user can answer about the goods: a material (「…製」), a threshold, or a
    state or process the nomenclature also excludes (enamelled / not enamelled)."""
    return w.japanese.endswith(("製", "以下", "超", "未満", "以上", "もの")) or w.negated


def _english(w: Word) -> str:
    return f"not {w.english}" if w.negated else w.english


def sibling_question(
    q: ProductQuery, suggestions: list[HsSuggestion], table: HsTable
) -> HsQuestion | None:
    """When the first candidates are subheadings of one heading that the nomenclature
    tells apart by words the product does not state (鉄瓶: 7323.91 not enamelled, 7323.92
    enamelled), ask which of those words fits; None when the first one is sure or the
    glossary knows no word that separates them."""
    if not suggestions or (suggestions[0].confidence or 0.0) >= _SURE:
        return None
    heading = suggestions[0].code[:4]
    same = [s.code for s in _close(suggestions, siblings=True) if s.code[:4] == heading]
    if len(same) < 2:
        return None
    if len([c for c in same if _named(q.text, table.label_ja(c))]) == 1:
        return None  # 「ステンレス包丁」 names 8211.92 「包丁等の刃物」: no table-knife question
    words = {c: table.sibling_words(c) for c in same}
    common = set.intersection(*({w.japanese for w in ws} for ws in words.values()))
    text = q.text.lower()
    stated_material = bool(q.materials)  # 「綿のタオル」: cotton or man-made is said already
    # 「100グラム入り」, 「業務用」: the packing answers a weight split (tea's 3kg; test48 t012)
    stated_packing = packing_of(q) != 0.0

    fillets = asks_fillets(q.text)  # 「骨なしのロイン」: fillets said in the cut's own word

    def said(w: Word) -> bool:
        """A word the product already says ("cast iron", "enamelled", a material, a packing)."""
        return (
            w.english in text
            or (stated_material and w.japanese.endswith("製"))
            or (stated_packing and packing_split(w.english))
            or (fillets and w.english.startswith("fillet"))
        )

    differ = {
        c: kept
        for c, ws in words.items()
        if (kept := [w for w in ws if w.japanese not in common and not said(w)])
    }
    if len(differ) < 2 or not any(_attribute(w) for ws in differ.values() for w in ws):
        return None
    # codes told apart by the same words are one option (the s53 trial's kampachi loins were asked
    # 「0304.89：フィレ／0304.84：フィレ／0304.85：フィレ」)
    groups: dict[tuple[str, ...], list[str]] = {}
    for c, ws in differ.items():
        groups.setdefault(tuple(w.japanese for w in ws), []).append(f"{c[:4]}.{c[4:]}")
    if len(groups) < 2:
        return None
    english = {
        tuple(w.japanese for w in ws): ", ".join(_english(w) for w in ws) for ws in differ.values()
    }
    en = " / ".join(f"{', '.join(cs)} {english[k]}" for k, cs in groups.items())
    ja = "／".join(f"{'・'.join(cs)}：{'、'.join(k)}" for k, cs in groups.items())
    return HsQuestion(
        attribute="feature",
        question_en=f"Which of these describes it? The candidate codes differ on: {en}.",
        question_ja=f"次のどれに当たりますか？ 候補のHSコードはこの点で分かれます（{ja}）。",
        options=sorted({_english(w) for ws in differ.values() for w in ws}),
        codes=list(differ),
    )


def _named(product: str, label: str) -> bool:
    """The product names the label's own goods word (kanji/katakana, two characters or more,
    outside the parentheses that carry the heading's words). A material prefix is no goods
    word: 「綿製タオル」 (6302.60, terry) is named by 「綿タオル」 through タオル, whose
    everyday sense is terry towelling, and 「鋳鉄製」 alone names no sibling."""
    head = re.sub(r"（[^）]*）|\([^)]*\)|等|類|[\u4e00-\u9fff]{1,4}製(?!品)", " ", label)
    return any(w in product for w in re.findall(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,}", head))
