"""Words that say what a question is about: corpus topics, question types, tool intents,
Japan-side procedures, advice requests, products and materials (data/vocab.yaml)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def load_data(name: str) -> dict[str, Any]:
    """A YAML table shipped in answering/data."""
    text = (resources.files("export_assist.answering") / "data" / name).read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict), name
    return data


_DATA = load_data("vocab.yaml")

# Corpus topic (domain/corpus.py TOPICS) -> words that point to it.
TOPIC_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["topics"].items()}


# Topic words a question says only in capitals to mean them ("REACH", not "reach").
ACRONYMS_ONLY: frozenset[str] = frozenset(_DATA["acronyms_only"])

# Everyday words a card or title carries that name no regime (answering/named.py).
COMMON_TERMS: frozenset[str] = frozenset(_DATA["common_terms"])


# The trade papers a question may name; 「書類」 alone names none, and certificates answer it.
NAMED_PAPERS = ("invoice", "packing list", "インボイス", "パッキングリスト", "送り状", "船荷証券")
CERTIFICATE_WORDS = ("証明書", "certificate")


def topic_words(topics: list[str]) -> tuple[str, ...]:
    """The words of the given topics (a quote or card on them says one of these)."""
    return tuple(w for topic in topics for w in TOPIC_WORDS.get(topic, ()))


# Japan-side procedures: the only questions whose subject is Japan itself.
JAPAN_SIDE_TOPICS: tuple[str, ...] = tuple(_DATA["japan_side_topics"])
JAPAN_FOOD_CERT: tuple[str, ...] = tuple(_DATA["japan_food_certificates"])
# Japan itself as the subject: "日本の酒税", "Japanese law", "does Japan issue".
JAPAN_SUBJECT: tuple[str, ...] = tuple(_DATA["japan_subject"])
# Japan's own procedures whatever the market (CITES export approval, technology transfer,
# the ATA carnet, bulk licences): a question naming one asks Japan's side.
# Goods whose export Japan approves under CITES (crocodile or python leather, ivory).
CITES_GOODS: tuple[str, ...] = tuple(_DATA["cites_goods"])
JAPAN_PROCEDURES: tuple[str, ...] = (*CITES_GOODS, *_DATA["japan_procedures"])
# Japan's rules that hold in the market too (the GI 「日本酒」): Japan's side, the market kept.
JAPAN_RULES_ABROAD: tuple[str, ...] = tuple(_DATA["japan_rules_abroad"])
# A Japanese regime described, not named: its everyday words and its names.
JAPAN_REGIMES: tuple[dict[str, tuple[str, ...]], ...] = tuple(
    {"words": tuple(r["words"]), "names": tuple(r["names"])} for r in _DATA["japan_regimes"]
)
# Japan's inspection bodies: the words that name or describe each, and its names in cards.
JAPAN_BODIES: tuple[dict[str, tuple[str, ...]], ...] = tuple(
    {"words": tuple(r["words"]), "names": tuple(r["names"])} for r in _DATA["japan_bodies"]
)
# Goods coming back to Japan: their duty and tax on return are Japan's (japan_side.home_only).
JAPAN_RETURN: tuple[str, ...] = tuple(_DATA["japan_return"])
# Requests no regulation text answers: contracts, forecasts, prices, sales prospects.
ADVICE_GROUPS: dict[str, dict[str, Any]] = _DATA["advice"]
ADVICE: tuple[str, ...] = tuple(w for g in ADVICE_GROUPS.values() for w in g["words"])
# Words that make a question advice only where it asks no rule (vocab.yaml advice `soft`).
ADVICE_SOFT: tuple[str, ...] = tuple(w for g in ADVICE_GROUPS.values() for w in g.get("soft") or ())
ADVICE_RULE_ASKS: tuple[str, ...] = tuple(_DATA["advice_rule_asks"])
# Taxes (each in its forms) that are advice where no document of the question's markets
# mentions them.
UNCOVERED_TAXES: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in _DATA["uncovered_taxes"])
# Taxes other than customs duty, each word (those above and the advice group "tax"): a rate
# asked of one is that tax's, not the goods' tariff (agent/tools/duties.asks_duty).
OTHER_TAXES: tuple[str, ...] = (
    *(w for g in UNCOVERED_TAXES for w in g),
    *ADVICE_GROUPS["tax"]["words"],
)
# A rate asked for a future year is a forecast (the advice group "forecasts").
DATED_RATES: tuple[str, ...] = tuple(_DATA["dated_rates"])
# Origin rules that name a tariff classification ("関税分類変更基準"): not an HS question.
ORIGIN_RULE_TERMS: tuple[str, ...] = tuple(_DATA["origin_rule_terms"])
# Asking for every requirement (a checklist), not one answer.
EXPLICIT_LIST: tuple[str, ...] = tuple(_DATA["explicit_list"])
# Checked in order: the first type with a word in the question wins.
QUESTION_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (k, tuple(v)) for k, v in _DATA["question_types"].items()
)
# intent -> (subject words, action words; no action words: the subject alone is enough)
INTENT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    k: (tuple(v["subjects"]), tuple(v["actions"])) for k, v in _DATA["intents"].items()
}
# HS words that ask for a classification only when the question is about nothing else.
HS_WEAK: tuple[str, ...] = tuple(_DATA["hs_weak_subjects"])
# Words of a question about getting or relying on a code (a binding ruling): a rule question.
HS_RULE_ASKS: tuple[str, ...] = tuple(_DATA["hs_rule_asks"])
# Product words beyond compliance/rules.py's keywords (surface form kept for the answer).
EXTRA_PRODUCTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["products"].items()}
PRODUCT_SPELLINGS: dict[str, str] = dict(_DATA["product_spellings"])
MATERIALS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (k, tuple(v)) for k, v in _DATA["materials"].items()
)
# Product families the corpus may not cover: name -> {en, ja, words}.
SCOPE_FAMILIES: dict[str, dict[str, Any]] = _DATA["scope_families"]
