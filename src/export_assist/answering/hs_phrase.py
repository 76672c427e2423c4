"""The product an HS question names, with every qualifier it gives (「折りたたみ傘（伸縮する
柄のもの）」, "stainless steel vacuum-insulated thermos bottle"): what the question says
before the request for the code, else after it, without the request's own words."""

from __future__ import annotations

import re

from export_assist.answering.hs_phrase_en import UNIT, english_goods, refers_back

# the request for a code: the product is said before it (ja) or after it (en)
_HS_WORD = re.compile(
    r"(?i)\b(?:hs|ｈｓ)\s*(?:codes?|subheadings?|headings?|numbers?|classifications?)?\b|"
    r"(?:hs|ｈｓ)(?:コード|番号)|関税(?:分類)?番号|税番|関税分類|品目分類|\btariff\s+(?:codes?|classifications?)\b"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]|[.．]\s")
# a clause that ends before the goods: 「イギリスの輸入者が、うちの新しい電動工具の関税番号」 (test15
# t019 showed the whole clause and half of 関税番号 as the product)
# ... or when: 「ポートランドの雑貨店に卸すとき、インボイスに書く」 (test23 t008)
_CLAUSE = re.compile(
    r"^.*(?:が|は|も|けど|けれど|ので|から|たら|ですが|とき|時|際|場合|なら|には)[、,，]"
)
# whose goods they are: 「うちの」, 「弊社の新しい」 say nothing about them
_OWNER = re.compile(
    r"^(?:この|その|あの|こちらの|うちの|弊社の|当社の|自社の|私たちの|我が社の"
    r"|(?:うち|弊社|当社|自社|工房)で(?:作|つく|製造し)(?:った|っている|ている|た)の?)"
)
# a count shipped: 「200個」, 「約50ケースほど」
_COUNT = (
    r"(?:約|およそ)?\d[\d,]*\s*(?:台|個|本|枚|箱|ケース|セット|点|着|足|缶|瓶|袋|組|kg|キロ|トン)?"
    r"(?:ほど|くらい|ぐらい|前後)?"
)
# "…を輸出したい", "…を海外に送りたい", "…って": how the product is brought in, not the goods
# (「…を、パリの雑貨店に200個出します」: with the count sent, test48 t013)
_JA_TAIL = re.compile(
    r"(?:を|は)?(?:[^、。をはに]{1,16}(?:に|へ))?(?:" + _COUNT + r")?(?:輸出|送|出|売|販売|発送)"
    r"(?:し|り|す|さ)?(?:たい|する|ます|ている|る|せる)?$|"
    r"(?:って|とは|は|の|を|、|,|，|\s)+$|"
    # ... and the code's length said after the shop: 「ロンドンの料理道具店に出す6桁の（HSコード）」
    # (the s54 review's trial classified the shop's clause as plastics)
    r"(?:[0-9０-９]+|六|八|十)桁$"
)
# the export itself, no goods: 「輸出するとき」, 「海外に送る際」, 「通関の時」
# (「メルボルンの雑貨店に輸出するとき」: a shop named is where to, no goods; test26 t030)
_ACT_ONLY = re.compile(
    r"^(?:[^、。を]{0,16}(?:に|へ))?(?:輸出|発送|出荷|申告|通関|送る|出す|送っ|出し)(?:する|した|て)?の?"
    r"(?:とき|時|際|場合|ため|前|にあたり|にあたって)?(?:に|は|で)?(?:使う|必要な|書く|記入する)?$"
)
# ... or the shop sold to, said as the sentence's whole content: 「台北の文具店に出すのですが」,
# 「ベルリンの雑貨店に卸すことになりました」 (test28 t009/t031, escalation_dev26 d004/d018 classified
# the shop's sentence: staples, pig fat, live horses)
# ... or only the count shipped there: 「香港の家電量販店に200台出すことになりました」 (s51: tuning
# test47 t013 classified 「200台出すことになりました」 as cultured pearls)
_SOLD_TO = re.compile(
    r"^(?:[^、。を]{1,20}(?:に|へ))?(?:" + _COUNT + r"を?)?(?:卸|輸出|出|送|売|販売|納品|出荷)"
    r"(?:す|し|る|っ|さ|り)?"
    r"(?:ます|ている|ています|する|した|て|た|たい)?(?:こと|の|ん)?(?:に(?:なりました|なった|なります))?"
    r"(?:予定)?(?:です|ですが|が|で|ので)?$"
)
# what the code is for, no goods: 「インボイスに書く」, 「申告書に記入する」 (test21 t008 sent
# 「インボイスに書く」 to the HS tool and got telephones; 「インボイス用のHSコードは？」 classified
# 「インボイス用」 as organic chemicals in the s51 user trial)
_FOR_PAPER = re.compile(
    r"^(?:(?:インボイス|送り状|申告書|輸出申告|書類|ラベル|伝票)(?:に|へ|で|の)?"
    r"(?:書く|書き込む|記入する|記載する|載せる|使う|入れる)?(?:べき|ための|用の|用)?"
    r"(?:\d+桁)?|\d+桁)$"  # 「インボイスに書く6桁のHSコード」 (test44 t013 classified routers)
)
# where the goods are made is no goods: 「岐阜で陶器の箸置き」 (not 「竹で作った箸」: a material)
_WHERE = re.compile(r"^[^、。をでの]{1,6}で(?!(?:作|つく|でき|出来|造|製))[、,，]?(?=.{2,})")
# the party that wants the code is no goods: "A stationery chain in California wants the HS
# code for the pens" (test26 t008 classified a chain of iron)
_WANTS = re.compile(
    r"(?i)\b(?:wants?|needs?|requires?|requests?|requested|asks?(?: us)?(?: for)?|asked(?: us)?"
    r"(?: for)?|would like|is asking(?: us)?(?: for)?)$"
)
# ... nor the party that orders a count of them: "A cookware shop in Hamburg is ordering 200
# pieces" (escalation_dev42 d009 classified paper boxes "used in … shops")
_ORDERS_COUNT = re.compile(
    r"(?i)\b(?:is ordering|are ordering|has ordered|have ordered|ordered|orders|wants|would like)"
    r"\s+(?:about\s+|around\s+|some\s+)?\d[\d,]*\s*" + UNIT + "?$"
)
# ... nor the party that will import them: "A bedding shop in Portland wants to import them"
# (test27 t008 classified Portland cement)
_IMPORTS_THEM = re.compile(
    r"(?i)\b(?:wants?|would like|plans?|hopes?|intends?|is going|are going|asked us|has asked us)"
    r" to (?:import|buy|stock|sell|order|carry|distribute|resell|bring in)(?: (?:them|it|these|those))?$"
)
# a sentence that describes the goods (「撥で弾く完成品です」) names no goods of its own
_DESCRIBES = re.compile(r"(?:です|でした|になります)$")
# the party the goods are ordered by or bought from: 「デュッセルドルフの和太鼓チームから長胴太鼓を
# 2張り注文されました」 (test44 t013) orders 長胴太鼓, not the team
_PARTY = r"(?:チーム|店|会社|業者|商社|バイヤー|取引先|お客|客|レストラン|ホテル|輸入者|問屋|料亭|スーパー)(?:さん|様)?"
_FROM_PARTY = re.compile(
    rf"^[^、。]*{_PARTY}(?:から|より)(?=[^、。]*を)|"
    # 「果物店に生のさくらんぼ」: the goods after the shop; not when they came first (「干し柿を
    # バンコクの百貨店に箱で送る」 left 「送ることになりました」 to classify: pearls, test45 t011)
    rf"^[^、。を]*{_PARTY}(?:向けに|向け|に|へ)[、,，]?(?!卸|売|出|送|輸出|販売|納品|出荷)(?=[^、。])"
)
# the object of the last verb (greedy): 「籐を編んで作ったパン用のかごを…卸します」 sells the
# basket, the rattan is what it is made of (s29, qa25-t008 classified 籐 alone)
# (a noun made of a verb is none: 「綿わたを詰めた座布団（カバーは綿の織物）」 sells the zabuton,
# 織物 weaves nothing; test34 t012 classified the cotton wadding)
# (a verb that leads on to a noun is a relative clause of the goods: 「釉薬をかけない焼き締めの
# 土もののマグカップ」 is the mug, not the glaze; test48 t013 classified 釉薬)
_OBJECT = re.compile(
    r"^(.{2,})を(?=[^を]*(?:輸出|送|(?<!抽)出|売|販売|発送|卸|届け|出荷|空輸|輸送|作|製造|生産|染め|織|焼|縫|編|注文)"
    r"(?!物|り物|き物|み物|品)(?!.*の[\u4e00-\u9fff\u30a0-\u30ff])|"
    # ... whose verb the tail took: 「あんぽ柿をシンガポールのスーパーに冷蔵で（送ります）」,
    # 「煎茶の茶葉を100グラム入りの袋で（出します）」 (test48 t012 classified the bag)
    r"[^を、。]*(?:に|へ)(?:[^を、。]{0,8}で)?$|[^を、。]{0,16}で$)"
)
_PACKED = re.compile(r"\d[\d.,]*\s*(?:グラム|g|ミリリットル|ml|キロ|kg)(?:入り|詰め)")
# ... nor how they go, left alone once the verb is gone: 「箱詰めで（送ります）」, 「冷蔵で」
# (trial s49: 「台湾の百貨店に箱詰めで送ります」 classified 箱詰め as chocolate)
_MEANS_ONLY = re.compile(r"^[^、。を]{1,8}で$")
# a sentence that only says what the goods are not (「竹は使っていません」) names no goods
_NOT_ONLY = re.compile(r"^[^、。]{1,12}(?:は|も|でも)[^、。]{0,8}(?:ません|ない|なし)$")
# ... nor one that ends denying (「ステーキナイフのような食卓で使うものではありません」,
# 「小麦粉と塩と水だけで、卵は使っていません」: s54, tuning test50 t009 and escalation_dev48
# d009 classified the denial: no candidate at all, and textile sacks for udon)
_DENIES = re.compile(r"(?:ません|ないです|ではない|じゃない)$")
# ... in English, a sentence that says what the goods are not: "It is not a print or a
# hand-decorated manufactured article" (test55 t012 classified the denial, not the scroll)
_EN_DENIES = re.compile(
    r"(?i)^(?:it|they|this|these|those|the\s+\w+)\s+(?:is|are|was|were)(?:\s+not|n't)\b|"
    r"^(?:it's|they're|that's)\s+not\b|^(?:it|they)\s+(?:does|do)(?:\s+not|n't)\b|^not\b"
)
# a thing said as 「…したもの」 points back to the goods named before: 「ゆでる前の乾燥したものを
# 束にして袋に詰め」 is the udon made, not the bag (escalation_dev48 d009)
_THING_JA = re.compile(r"(?:た|る|の|な|い)もの(?:を|で|は|が|$)")
_EN_LEAD = re.compile(
    r"(?i)^(?:(?:for|covers?|of|do|does|did|should|would|will|can|could|is|are|"
    r"applies to|apply to|to use for|on|fits?|suits?)\s+)*(?:(?:an?|the|my|our|some|plain)\s+)?"
)
_EN_TAIL = re.compile(
    r"(?i)\s+(?:(?:usually\s+)?(?:fall|go|come|belong|be classified|get classified)\s+"
    r"(?:under|in|into)|take|use|have|get)\s*$"
)
# words that point back to a product named earlier: not a product themselves
_POINTER = re.compile(
    r"(?i)^(?:この|その|あの|それ|これ|this|that|it|its|these|those|they|them)?(?:商品|製品|品)?$"
)


def _clean_before(text: str) -> str:
    """The last sentence before the request that names goods (「輸出するときの」 names none:
    the sentence before it does, qa16-t026), without how the product is brought in."""
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    # the goods may be said two sentences back: "We make down comforters… A shop in Portland
    # wants to import them. What HS code…"
    for i in range(len(parts) - 1, max(len(parts) - 4, -1), -1):
        found = _goods_of(parts[i])
        if found and _DESCRIBES.search(found):  # 「竹の箸です」 names it; a long one does not
            named = _DESCRIBES.sub("", found)
            if len(named) > 12 or "、" in named:
                return ""
            # 「京都で花札を作っています。紙のカードです。」: the goods named before, described
            # (escalation_dev29 d004 classified paper cards as stationery)
            before = _goods_of(parts[i - 1]) if i > 0 else ""
            return f"{before} {named}" if before and not _DESCRIBES.search(before) else named
        thing = bool(found) and not found.isascii() and bool(_THING_JA.search(found))
        if found and (thing or refers_back(found)):  # "… fresh ones by air": the nashi grown
            named = next(filter(None, map(_goods_of, reversed(parts[max(i - 2, 0) : i]))), "")
            named = _DOING.sub("", named)  # 「かんぱちを養殖しています」: the fish, not the farming
            if thing and named:
                return named  # what the thing is said to be is the goods named
            return f"{named} {found}" if named else found
        if found:
            return found
    return ""


# the goods said to be something, in general words: 「今回の品物はポリエステル樹脂を成形して作った
# ボタンで、…むき出しのプラスチックのボタンです」 (test55 t011 was classified by the shirts its maker's
# sentence named)
_GOODS_ARE = re.compile(
    r"^(?:今回の|この|その|今度の|うちの|弊社の|当社の)?(?:品物|商品|製品|輸出品|もの|物)(?:は|って)[、,，]?(.{2,}(?:です|でした|になります))$"
)


# what the exporter does with the goods named before: 「を養殖しています」, 「を加工しています」
_DOING = re.compile(r"を[^を、。]{0,8}(?:ています|ております|してます)$")


# what the goods are not, said before what they are: 「茶葉を粉砕した抹茶や粉茶ではなく、抽出液を
# 乾燥させたものです」 (test56 t010 classified 茶葉 as bay leaves, 0910)
_NOT_BUT = re.compile(r"^[^。（(]{1,60}?(?:ではなく|じゃなく)て?[、,，]\s*(?=.{2,})")


def _goods_of(part: str) -> str:
    """The goods one sentence names ("" for a sentence that names none)."""
    found = _clean_sentence(_NOT_BUT.sub("", part.strip()))
    if found and not (
        _ACT_ONLY.match(found)
        or _SOLD_TO.match(found)
        or _FOR_PAPER.match(found)
        or _NOT_ONLY.match(found)
        or _WANTS.search(found)
        or _IMPORTS_THEM.search(found)
        or _ORDERS_COUNT.search(found)
        or _MEANS_ONLY.match(found)
        or (not found.isascii() and _DENIES.search(found))
        or (found.isascii() and _EN_DENIES.match(part.strip()))
    ):
        return found
    return ""


def _clean_sentence(chunk: str) -> str:
    for _ in range(3):  # "…を輸出したい。": the tail may stack (を + 輸出 + したい)
        chunk = _JA_TAIL.sub("", chunk).strip()
    if chunk and chunk.isascii():
        return english_goods(chunk)
    chunk = _OWNER.sub("", _FROM_PARTY.sub("", _CLAUSE.sub("", chunk))).strip()
    if said := _GOODS_ARE.match(chunk):  # 「今回の品物は…ボタンです」: what they are, whole
        return _DESCRIBES.sub("", said.group(1))
    # 「国産の線香花火を海外のお店で売ってもらいたい」: the goods are the object of the selling
    obj = _OBJECT.match(chunk)
    if not obj:
        return _WHERE.sub("", chunk)
    # the retail packing said after the goods stays with them: 「…茶葉を100グラム入りの袋で」
    packed = _PACKED.search(chunk[obj.end(1) :])
    goods = _WHERE.sub("", obj.group(1).strip())
    return f"{goods} {packed.group(0)}" if packed else goods


def _clean_after(text: str) -> str:
    """What follows the request in "HS code for a towel?"."""
    chunk = _SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()
    chunk = re.sub(r"^(?:は|って|を|の)+", "", chunk)
    if not chunk.isascii():
        return ""  # 「HSコードは何番？」: nothing about the goods after the request
    chunk = _EN_LEAD.sub("", chunk).strip()
    chunk = _SENT_ON.sub("", chunk)  # "... shipped to a retailer in Melbourne": where to
    return _EN_TAIL.sub("", chunk).strip(" ,.;:")


# an English sentence whose scene leads into the request ("For our shipment to a Sydney
# restaurant, what 6-digit HS code should go on the invoice for our porcelain dinner plates…"
# classified radio transmitters, test42 t012): the goods follow, "for our …"
_EN_ASKS_FOR = re.compile(
    r"(?i)^.*[a-z].*\b(?:(?:what|which)\s+(?:(?:6|six|8|eight|10|ten)[- ]digits?\s*)?|"
    r"the\s+(?:6|six|8|eight|10|ten)[- ]digits?\s*)$"
)
_EN_GOODS_AFTER = re.compile(
    r"(?i)^[^.?!]{0,60}?\b(?:for|of)\s+((?:our|my|the|these|those|this)\s+"
    r"(?!(?:\w+\s+){0,2}(?:importers?|buyers?|distributors?|customers?|clients?|shops?|stores?|"
    r"retailers?|wholesalers?|partners?|company|restaurants?)\b)[^.?!]+)"
)
_SENT_ON = re.compile(
    r"(?i)\s+(?:(?:that|which) (?:we|are|is) )?(?:shipped|sold|exported|sent|going|bound|destined|"
    r"delivered|headed)\s+(?:to|for)\b.*$"
)


# what the goods do not use names nothing to classify by: 「風鈴（電気は使わない吊り下げ式）」 is
# no electric apparatus (escalation_dev35 d011 was classified as an electric heater); what they
# lack stays (「鉄瓶（ホーローなし）」: not enamelled is the subheading's own word)
_NEGATED = re.compile(
    r"[^（(、,，\s]{1,8}(?:は|を|も)?(?:使わない|使用しない|使っていない|不要)[、,，]?"
)
# ... and what that leaves behind: an empty bracket, a particle that led (「電池不要のおもちゃ」)
_LEFT_EMPTY = re.compile(r"[（(]\s*[）)]|^の")


def hs_product(text: str) -> str:
    """The product named by an HS question, or "" when it names none (a follow-up)."""
    text = " ".join(text.split())  # the user's own characters (「（」 stays full-width)
    m = _HS_WORD.search(text)
    if m is None:
        return ""
    before, after = text[: m.start()], text[m.end() :]
    asked = _EN_ASKS_FOR.search(_SENTENCE_END.split(before)[-1])
    if asked and (named := _EN_GOODS_AFTER.match(after)):
        found = _clean_after(named.group(1))  # "…, what HS code … for our dried mushrooms?"
    else:
        found = _clean_before(before) or _clean_after(after)
    found = _LEFT_EMPTY.sub("", _NEGATED.sub("", found)).strip()
    return "" if len(found) < 2 or _POINTER.match(found) else _with_state(found, text)


# goods said to travel alive after them in their sentence: 「マナマコを生きたまま、または冷蔵した
# 状態で空輸する」 ships live sea cucumbers, not the prepared ones (s58: tuning escalation_dev52 d010
# classified 1605.61). Only being alive: a chilled or fresh state added to the words pulls the
# ranker to chilled vegetables (「殻付きの栗 冷蔵」 lost chestnuts, 0802.41, for chapter 7)
_STATE = re.compile(r"生きたまま|活きたまま|生きた状態")


def _with_state(found: str, text: str) -> str:
    """The goods with the states their own sentence says after them."""
    at = text.find(found)
    rest = _SENTENCE_END.split(text[at + len(found) :])[0] if at >= 0 else ""
    said = [s for s in dict.fromkeys(_STATE.findall(rest)) if s not in found]
    return " ".join([found, *said])
