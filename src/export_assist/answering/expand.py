"""Cross-lingual query expansion: the term base's forms of every term in the question, the
words of its topics and its product categories, in Japanese and English, so a Japanese
question finds English passages lexically (and the other way round)."""

from __future__ import annotations

from export_assist.answering import vocab
from export_assist.answering.glossary import related
from export_assist.answering.understand import Question
from export_assist.compliance import rules
from export_assist.translation.termbase import TermBase

# Category -> words in both languages (a Japanese question about 化粧品 also says cosmetics).
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "food": ("food", "食品"),
    "beverages": ("beverage", "飲料"),
    "alcohol": ("alcohol", "alcoholic beverages", "酒類"),
    "tea": ("tea", "茶"),
    "seafood": ("seafood", "fishery products", "水産物"),
    "meat": ("meat", "食肉"),
    "cosmetics": ("cosmetics", "cosmetic products", "化粧品"),
    "electronics": ("electrical equipment", "electronics", "電気製品", "電気用品"),
    "batteries": ("battery", "batteries", "電池"),
    "radio": ("radio equipment", "wireless", "無線"),
    "machinery": ("machinery", "機械"),
    "chemicals": ("chemicals", "chemical substances", "化学物質"),
    "textiles": ("textile", "fibre", "繊維"),
    "household": ("consumer products", "household", "家庭用品"),
    "food_contact": ("food contact materials", "食品接触材料", "器具・容器包装"),
    "supplements": ("food supplements", "dietary supplements", "健康食品", "サプリメント"),
    "toys": ("toys", "toy safety", "玩具", "おもちゃ"),
}


# Meat, dairy products and eggs are the livestock products (畜産物) Japan's Animal Quarantine
# Service inspects before export (家畜伝染病予防法); Japan's side calls them by these words.
ANIMAL_PRODUCTS = frozenset({"contains_meat", "contains_dairy", "contains_egg"})
ANIMAL_QUARANTINE_WORDS = ("畜産物", "動物検疫所", "輸出検査", "animal quarantine")


# Term-base entries that name one market's body where others share the acronym (the FDAs of
# the Philippines, Thailand and Taiwan): read as that market's only when it is asked about
_ONE_MARKET = {"auth.fda": "US"}


def expand(question: Question, termbase: TermBase | None) -> str:
    """The question text plus its vocabulary in the other language (as one query)."""
    extra: list[str] = []
    lang = question.language
    other = "en" if lang == "ja" else "ja"
    text = question.text if not question.asked else question.asked
    if termbase is not None:
        for hit in termbase.find(text, lang):
            market = _ONE_MARKET.get(hit.term.id)
            if market and question.destinations and market not in question.destinations:
                continue  # 「マニラの輸入者がFDAの登録」: the Philippine FDA, not the U.S. one
            extra += [hit.term.get(other), hit.term.get(lang)]
    extra += related(text)
    for topic in question.topics:
        extra += list(vocab.TOPIC_WORDS.get(topic, ()))[:6]
    for category in question.categories:
        extra += list(CATEGORY_WORDS.get(category, ()))
    if question.japan_side and ANIMAL_PRODUCTS & set(question.conditions):
        extra += ANIMAL_QUARANTINE_WORDS  # cheese, eggs or ham leaving Japan
    if question.product:
        extra.append(question.product)
        extra += _product_synonyms(question.product)
    if question.context:
        extra.append(question.context)
    return " ".join([text, *dict.fromkeys(w for w in extra if w)])


def _product_synonyms(product: str) -> list[str]:
    """Other-language words with the same categories as the product word (sake ↔ 日本酒)."""
    cats = rules.KEYWORD_CATEGORIES.get(product)
    if not cats:
        return []
    return [w for w, c in rules.KEYWORD_CATEGORIES.items() if c == cats and w != product][:4]
