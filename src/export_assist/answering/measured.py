"""A place named as what the market asked about is measured against or set apart from, not
the market itself: 「EUと同じ」, "the same as the EU", 「EU向けとは別に」, "besides the EU",
「ドイツ向けにはなかった表示」, or the state a territory belongs to."""

from __future__ import annotations

import re

from export_assist.answering.places import Mention

# ... or the state a territory belongs to: 「フランスの海外領土」, "a territory of the Netherlands"
_SAME_AFTER = re.compile(
    r"\s*(?:と|の(?:規制|ルール|基準)?と)(?:同じ|一緒|同様)|\s*並み"
    # 「EU向けとは別に、スイスにも」: the market already served, set apart from the one asked
    r"|\s*(?:向け|向き|(?:で|へ|に)の(?:販売|輸出|出荷))?(?:と|の分?と)は別に|\s*(?:向け|向き)?の?ほかに"
    r"|\s*の?(?:海外)?(?:領土|領|県|自治領|準州|属領|構成国)"
    # where the asker already does it, set against the market asked: 「欧州ではATAカルネを使って
    # いますが、台湾でも使えますか」 (the carnet for Taiwan, not the EU's rules)
    r"|\s*(?:では|で|向けには|向けでは)[^。？?、]{0,24}(?:使って|やって|して|出して|取って)(?:います|いました|きました)が"
    # what is kept as made for another market: 「アメリカ向けの英語ラベルのまま（ベルリンに）」
    # (test30 t026: Germany asked, the US label the thing kept)
    r"|\s*向け(?:の|に作った|に作っている)[^。？?、]{0,16}(?:のまま|をそのまま)"
    # what the market served did not need, set against the one asked: 「ドイツ向けにはなかった
    # 表示」 (test31 t008: Lyon asked), 「ドイツとは違って」
    r"|\s*(?:向け|向き)?(?:には|では)(?:なかった|無かった|要らなかった|不要だった|必要なかった)"
    r"|\s*(?:向け|向き)?(?:とは|と)(?:違って|違い|異なり|異なって)"
)
_SAME_BEFORE = re.compile(
    r"(?:\bsame as|\bas in|\blike(?: in)?|\bapart from|\bbesides|\bin addition to"
    # "a certificate from our chamber, like we do for Thailand" (test28 t004: the US agreement)
    r"|\b(?:like|as) we (?:do|did|have done|usually do) (?:for|in|with|to)"
    r"|\b(?:territory|department|collectivity|dependency|country|part) of(?: the kingdom of)?)"
    r"\s+(?:the\s+)?$"
)


def measured_against(text: str, m: Mention) -> bool:
    """The place is what another is measured against or set apart from: 「EUと同じ」,
    "the same as the EU", 「EU向けとは別に」, "besides the EU"."""
    after = _SAME_AFTER.match(text, m.start + len(m.surface))
    return bool(after) or bool(_SAME_BEFORE.search(text[: m.start].lower()))
