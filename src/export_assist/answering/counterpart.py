"""An authority or scheme of another market named in a question about this one: 「カナダの場合
は？」 then 「FDAの登録は？」 asks about Canada's registration (the FDA is the US's), so the
question is asked of the conversation's market and the answer says whose the name is."""

from __future__ import annotations

from export_assist.answering.places import Mention, find_places, market_name
from export_assist.answering.understand import Question

NOTE = {
    "ja": "{names}は{owner}の制度・機関で、{market}向けには当てはまりません。"
    "{market}で対応する手続きは次のとおりです。",
    "en": "{names} belongs to {owner} and does not apply to {market}. "
    "What {market} requires instead:",
}


_NOT_A_RULE = ("buyers", "documents", "hs", "programmes")


def authorities(text: str) -> list[Mention]:
    """The authorities and schemes a text names that belong to one market (FDA, CPNP)."""
    return [m for m in find_places(text) if m.kind == "authority"]


def only_authorities(text: str) -> list[Mention]:
    """The market mentions of a text when every one is an authority of a market ([] when a
    country, city or other place is named)."""
    mentions = [m for m in find_places(text) if m.code != "JP"]
    return mentions if mentions and all(m.kind == "authority" for m in mentions) else []


def of_another_market(text: str, previous: Question) -> list[Mention]:
    """The authorities a follow-up names when every market it names is by an authority of
    another market than the one the conversation is about (「カナダの場合は？」 then
    「FDAの登録は？」), else []."""
    named = only_authorities(text)
    if not named or len(previous.destinations) != 1 or previous.unsupported:
        return []
    # after a buyer search, a document or an HS code, 「FDAへの食品施設登録は必要ですか?」 is a
    # new question about the FDA's own market, not one asked of the buyers' market
    if previous.intent in _NOT_A_RULE:
        return []
    return [] if {m.code for m in named} & set(previous.destinations) else named


# A permission of one market is another's under a sibling name: the FDA's food facility
# registration is Canada's SFC licence, a notification elsewhere a registration.
PERMISSIONS = ("registration", "licensing")


def counterpart_topics(topics: list[str]) -> list[str]:
    """The question's topics, with the sibling permission topics when it asks one."""
    if not set(topics) & set(PERMISSIONS):
        return topics
    return [*topics, *(p for p in PERMISSIONS if p not in topics)]


def asked_here(text: str, mentions: list[Mention], market: str, language: str) -> str:
    """The question with the other market's authority names replaced by this market's name:
    「FDAの登録は？」 asked of Canada is 「カナダの登録は？」."""
    name = market_name(market, language)
    for m in sorted(mentions, key=lambda m: -m.start):
        text = text[: m.start] + name + text[m.start + len(m.surface) :]
    return text


def elsewhere(text: str, destinations: list[str]) -> list[str]:
    """The authority names of the text that belong to none of the question's markets."""
    if not destinations:
        return []
    found = [m.surface for m in authorities(text) if m.code not in destinations]
    return list(dict.fromkeys(found))


def note(names: list[str], destinations: list[str], language: str) -> str:
    """「FDAは米国の制度・機関で、カナダ向けには当てはまりません。…」 ('' when nothing to say)."""
    owners = {m.code for n in names for m in authorities(n)}
    if not names or len(owners) != 1 or not destinations:
        return ""
    lang = "ja" if language == "ja" else "en"
    sep = "、" if lang == "ja" else ", "
    return NOTE[lang].format(
        names=sep.join(names),
        owner=market_name(owners.pop(), lang),
        market=sep.join(market_name(m, lang) for m in destinations),
    )
