"""HS questions in chat: the product phrase to classify, and when to ask for the missing
attribute (material, use) instead of guessing between headings."""

from __future__ import annotations

import re

from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.labels import t
from export_assist.answering.understand import Question
from export_assist.compliance.hs.product import materials_in
from export_assist.compliance.hs.question import OPTIONS_JA
from export_assist.domain.hs import NO_WORD_MATCHED, HsQuestion, HsSuggestion

# What is left of "竹の箸のHSコードを教えてください" once the request words are removed.
_REQUEST = re.compile(
    r"(?i)(what'?s|what is|which|the|hs\s*(code|subheading|heading|number)s?|hsコード|hs番号|"
    r"tariff code|税番|関税分類|品目分類|subheading|heading|covers?|for an?|for|of|"
    r"を教えてください|を教えて|教えてください|教えて|は何ですか|は何|ですか|は[?？]|この|その|"
    r"classify|classification|please|tell me|[?？。!！])"
)
# a calibrated confidence from which the first candidate is shown as the answer, not asked
CLEAR = 0.6
# Goods whose heading depends on what they are made of: ask rather than guess.
MATERIAL_DECIDES = ("textiles", "household", "food_contact")
_MATERIAL_WORDS = (
    "towel",
    "タオル",
    "bag",
    "バッグ",
    "箸",
    "chopsticks",
    "bowl",
    "食器",
    "tableware",
    # a hand fan is classified by what it is made of (CBP NY D86867: wood 4421, plastics 3926)
    "扇子",
    "うちわ",
    "hand fan",
    "folding fan",
    # leather 4203.30, plastics 3926.20, textiles 6217, rubber or textile belting 4010/5910
    "ベルト",
    "belt",
)


def hs_query(q: Question) -> str:
    """The product phrase for the HS suggester (not the whole question): what the HS
    question names with all its qualifiers, else the product the conversation named."""
    named = hs_product(q.text)  # this message; a follow-up ("綿です") keeps q.phrase
    if named:
        return named
    if q.phrase:
        return q.phrase
    rest = _REQUEST.sub(" ", q.asked or q.text)
    rest = re.sub(r"(?<=[\u3040-\u9fff])の(?=\s|$)", " ", rest)
    rest = " ".join(rest.split())
    return rest if len(rest) >= 2 else (q.product or q.text)


def _shown(suggestions: list[HsSuggestion]) -> list[HsSuggestion]:
    """The candidates the answer shows: the first three, less those far behind the best;
    the first one's siblings stay in view: they differ by what the user may know (not
    enamelled, nail clippers beside hair clippers)."""
    top = suggestions[0].score if suggestions else 0.0
    heading = suggestions[0].code[:4] if suggestions else ""
    return [s for s in suggestions[:3] if s.score >= 0.45 * top or s.code[:4] == heading]


def needs_material(q: Question, suggestions: list[HsSuggestion]) -> bool:
    """True when the material decides the heading and the user has not said it, or when
    the two best codes disagree on the heading and are close in score."""
    if q.material or materials_in(q.text):  # "cast-iron teapot" was asked its material
        return False
    if suggestions and (suggestions[0].confidence or 0.0) >= CLEAR:
        return False  # one candidate is clearly right (けん玉 -> 9503.00): nothing to ask
    # a tea bag is tea in a packing, not a bag whose material decides (s9 trial V23)
    # the phrase the HS tool got when no known product was read (「扇子」)
    words = re.sub(r"ティーバッグ|tea\s?bags?", " ", (q.product or hs_query(q)).lower())
    if any(w in words for w in _MATERIAL_WORDS):
        return True
    # goods of a material-deciding family whose candidates split by material or heading; a
    # kitchen knife's candidates (8211.92/.93/.94) split by the blade, not by what it is made
    # of, so 「包丁」 is not asked for its material (s14: it was offered 綿、合成繊維)
    if set(q.categories) & set(MATERIAL_DECIDES) and not q.hs_code:
        shown = _shown(suggestions)
        split = len({s.code[:4] for s in shown}) > 1 or len(_materials(shown)) > 1
        if split or not suggestions:
            return True
    if len(suggestions) >= 2:
        first, second = suggestions[0], suggestions[1]
        close = second.score >= 0.8 * first.score
        return close and first.code[:4] != second.code[:4]
    return False


def is_food(suggestions: list[HsSuggestion]) -> bool:
    """The two best candidates are food (chapters 01-24): told apart by the state and the
    processing, not by a material (the s53 trial's kampachi loins were asked their material)."""
    return len(suggestions) >= 2 and all(s.code[:2] < "25" for s in suggestions[:2])


def _materials(suggestions: list[HsSuggestion]) -> list[str]:
    """The materials the candidates' texts name, in candidate order, each once."""
    found: dict[str, None] = {}
    for s in suggestions:
        found |= dict.fromkeys(sorted(materials_in(s.description)))
    return list(found)


def _material_examples(lang: str, suggestions: list[HsSuggestion]) -> str:
    """「(例: 綿、化学繊維)」 from the shown candidates' own materials; none named, none shown
    (a fixed list offered textiles for a kitchen knife)."""
    named = _materials(suggestions)
    if not named:
        return ""
    words = [OPTIONS_JA.get(m, m) for m in named] if lang == "ja" else named
    return t(lang, "hs_material_examples", options=("、" if lang == "ja" else ", ").join(words))


def dotted(code: str) -> str:
    """'630260' -> '6302.60'."""
    return f"{code[:4]}.{code[4:]}" if len(code) > 4 else code


def _asked(q: Question, question: HsQuestion | None) -> str | None:
    """The suggester's clarifying question in the user's language, unless already answered."""
    if question is None or (question.attribute == "material" and q.material):
        return None
    return question.question_ja if q.language == "ja" else question.question_en


def hs_answer(
    q: Question,
    suggestions: list[HsSuggestion],
    names_ja: dict[str, str] | None = None,
    question: HsQuestion | None = None,
) -> tuple[str, bool]:
    """The answer text and whether it asks the user for the material, use or form (the
    suggester's question when its best candidates differ on one of them); candidates far
    behind the best are not shown."""
    lang = q.language
    shown = _shown(suggestions)

    def name(s: HsSuggestion) -> str:
        if lang == "ja" and names_ja and names_ja.get(s.code):
            return names_ja[s.code]
        return s.description

    bullet = "・" if lang == "ja" else "• "
    lines = [f"{bullet}{dotted(s.code)} {name(s)}" for s in shown]
    if not suggestions or suggestions[0].reason.startswith(NO_WORD_MATCHED):
        # no word of the product reached the first code's texts (ママチャリ -> live
        # horses): ask for the name, material and use rather than show a guess
        return t(lang, "hs_none"), True
    asked = _asked(q, question)
    if asked is not None:
        return "\n".join([asked, t(lang, "hs_candidates"), *lines]), True
    if needs_material(q, suggestions):
        examples = _material_examples(lang, shown)
        product = hs_query(q) or q.product
        head = (
            t(lang, "hs_ask_state", product=product)
            if is_food(suggestions)
            else t(lang, "hs_ask_material", product=product, examples=examples)
        )
        return "\n".join([head, t(lang, "hs_candidates"), *lines]), True
    best = suggestions[0]
    head = t(lang, "hs_best", code=dotted(best.code), description=name(best))
    return "\n".join([head, t(lang, "hs_candidates"), *lines, t(lang, "hs_check")]), False
