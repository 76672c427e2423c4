"""The goods one English sentence of an HS question names ("" for one that names none):
who the exporter is, what they sell or grow, what a party ordered, and what points back to
goods named before ("fresh ones", "loin cuts")."""

from __future__ import annotations

import re

# a count's unit names no goods: "200 pieces", "200 boxed sets", "500 sheets" (s50: tuning test46
# t012 classified "boxed sets" as musical boxes, escalation_dev44 d010 "sheets" as zinc)
UNIT = (
    r"(?:(?:boxed|packed|wrapped|gift-boxed|individually packed)\s+)?(?:pieces|pcs|units|sets|"
    r"boxes|cartons|bottles|cases|packs|items|sheets|pairs|rolls|packets|bags|jars|cans|tins|dozen)"
)

# who the exporter is names no goods: "We are a small leather workshop in Himeji" (test31 t013
# classified mobile workshops)
# (not one that goes on to the goods it sells: "I am an artist in Kyoto selling my own original
# watercolour paintings … to a gallery in London", test34 t013 classified "go on the invoice")
_WE_ARE = re.compile(
    r"(?i)^(?:we are|we're|i am|i'm|our company is)\s+(?:a|an)\b"
    r"(?!.*\b(?:sell|selling|make|making|export|exporting|ship|shipping|produce|producing)\b)"
    # ... or ends on what kind of business it is ("We are an Arita porcelain workshop", test37
    # t013 classified the workshop)
    r".*(?:\bin\s+[A-Z][\w-]+|\b(?:workshop|maker|manufacturer|company|brewery|firm|studio|"
    r"farm|kiln|pottery|producer|supplier|exporter|business|atelier|distillery|winery)s?)$"
)
_WE_ARE_SELLING = re.compile(r"(?i)^(?:we are|we're|i am|i'm|our company is)\s+(?:a|an)\b")
# ... and the goods such a sentence sells: what follows "selling (my own)" up to "to a …"
_SELLING = re.compile(
    r"(?i)\b(?:selling|making|exporting|shipping|producing|supplying|raising|growing|farming|"
    r"catching|breeding|brewing)\s+"
    r"(?:(?:my|our|the|these|some)\s+)?(?:own\s+)?(.{3,}?)(?:\s+(?:to|for)\s+(?:an?|the|our|my)\b.*)?$"
)
# ... and the party that will stock them, joined to it: ", and an online shop in Sydney wants
# to stock them"
_AND_PARTY = re.compile(
    r"(?i),?\s+and\s+(?:(?:an?|the|our|one)\b[^,]{0,60}\b(?:wants?|would like|plans?|hopes?|asked us|"
    r"has asked us)\s+to\s+\w+(?:\s+(?:them|it|these|those))?"
    # ... or where the exporter sells them: "and sell them to a shop in Portland", "and want to
    # sell it to a spice importer in London" (test35 t012 classified spices)
    r"|(?:(?:want|wants|plan|plans|hope|hopes|would like|are going|intend|intends)\s+to\s+)?"
    r"(?:sell|ship|export|send|supply)\s+(?:them|it|these|those)\s+(?:to|in)\b.*)$"
)
# ... and what a party ordered is the goods, the party none: "A furniture maker in Oregon
# ordered planed hinoki cypress boards" (escalation_dev43 d011 classified the whole sentence);
# "A gift shop in Brisbane has ordered 50 of them" names none (d010 classified shop boxes)
_EN_ORDERED = re.compile(
    r"(?i)^(?:an?|the|one|our|their)\s+[^,]{0,80}?\b(?:has ordered|have ordered|ordered|"
    r"is ordering|are ordering|wants to (?:buy|order)|would like to (?:buy|order)|"
    r"(?:has )?placed an order for)\s+(?:about\s+|around\s+|some\s+)?(?:\d[\d,]*\s*"
    + UNIT
    + r"?\s*(?:of\s+)?)?(.*)$"
)
_EN_PRONOUN = re.compile(r"(?i)^(?:them|it|these|those|this|that|each|one)?$")
# a sentence saying what is not added names no goods: "Nothing else is added", "No sugar or salt
# is added" (s55: tuning escalation_dev49 d006 classified "Nothing else is added" as juice)
_NONE_ADDED = re.compile(
    r"(?i)^(?:nothing(?:\s+else)?|no\s+[a-z]+(?:\s+(?:or|and|nor)\s+[a-z]+)?|no\s+other\s+[a-z]+)\s+"
    r"(?:is|are|was|were|has been|have been|gets|goes)\s+(?:added|mixed in|put in|used|included)\b"
)

_EN_REQUEST = set(
    "what what's whats which is are the tell me please give find need do you know can could "
    "would will i we of for a an its it's digit digits six eight ten correct right exact proper "
    "appropriate full".split()  # "What 6-digit HS code…" (escalation_dev28 d004) names no goods
)

# what the exporter will send is the goods, not the sending nor the party: "We will ship
# skinless, boneless loin cuts …, to a seafood distributor in Los Angeles" (test49 t010:
# "ship" reached fishing vessels)
_WE_SHIP = re.compile(
    r"(?i)^(?:we|i)\s+(?:will\s+|would like to\s+|want to\s+|plan to\s+|are going to\s+|'ll\s+)?"
    r"(?:ship|send|export|sell|supply)\s+(?:(?:our|my|the|some)\s+)?(.{3,}?)"
    r"(?:,?\s+(?:to|for)\s+(?:an?|the|our|my|one)\b.*)?$"
)


# what points back to goods an earlier sentence named: "wants fresh ones by air" (of the
# nashi grown, escalation_dev47 d009), "we will ship … loin cuts" (of the amberjack raised,
# test49 t010)
_REFERS_BACK = re.compile(
    r"(?i)\b(?:ones|them|these|those|cuts|loins|fillets|slices|pieces|portions)\b"
    # ... and what the goods are made of, said of them: "They are made from wood-pulp paperboard"
    # (s55: tuning escalation_dev45 d008 classified the paperboard sentence alone as bamboo pulp)
    r"|^(?:they|it|each|both)\s+(?:are|is)\s+(?:all\s+)?(?:made|produced|manufactured)\s+(?:from|of|out of)\b"
)


# ... and a cut named alone in Japanese: 「皮を引いた骨なしのロイン」 of the amberjack farmed
_CUT_JA = re.compile(r"ロイン|フィレ|フィーレ|切り身|切身|柵|スライス")


def refers_back(goods: str) -> bool:
    """True when a sentence's goods point back to goods said before ("fresh ones", a cut)."""
    if goods.isascii():
        return bool(_REFERS_BACK.search(goods))
    return bool(_CUT_JA.search(goods))


def english_goods(chunk: str) -> str:
    """The goods an English sentence names, "" when it names none."""
    chunk = chunk.strip()
    if _WE_ARE.match(chunk) or _NONE_ADDED.match(chunk):
        return ""
    if _WE_ARE_SELLING.match(chunk) and (sold := _SELLING.search(chunk)):
        return sold.group(1).strip()
    if sent := _WE_SHIP.match(chunk):
        goods = sent.group(1).strip(" ,")
        return "" if _EN_PRONOUN.match(goods) else goods
    if ordered := _EN_ORDERED.match(chunk):
        goods = ordered.group(1).strip()
        return "" if _EN_PRONOUN.match(goods) else goods
    chunk = _AND_PARTY.sub("", chunk)
    chunk = re.sub(r"(?i)(?:\s*[:\-–—]|\s+(?:what|which|the|its|'s))+\s*$", "", chunk)
    words = re.findall(r"[a-z']+", chunk.lower())
    return "" if all(w in _EN_REQUEST for w in words) else chunk.strip()
