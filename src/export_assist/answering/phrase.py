"""The product phrase of a message: what a tool should classify or match ("冷凍和牛",
"stainless steel kitchen knives"), never the whole request around it."""

from __future__ import annotations

import re

from export_assist.answering.frame import CHANNEL_SUFFIX
from export_assist.answering.object_phrase import object_phrase
from export_assist.answering.phrase_words import COUNTERS, JA_EDGE, plain, trim
from export_assist.answering.places import find_places
from export_assist.compliance.profile_keywords import plural_forms
from export_assist.geo import HOME_PLACE, prefectures_in_latin
from export_assist.retrieval.normalize import nfkc

# A Japanese noun run: kanji, katakana (with ー・) and Latin letters; hiragana, digits and
# punctuation end it ("冷凍和牛の輸入業者" -> "冷凍和牛", "緑茶500kg" -> "緑茶").
_JA_RUN = re.compile(r"[\u3005\u3006\u4e00-\u9fff\u30a0-\u30ffA-Za-zー・]+")
# What a bracket right after the product may add to it: a form or kind in words
# (「冷凍ブリ（フィレ）」, 「電動工具（充電式ドリル）」), not sizes (「電気ケトル（1.2L）」).
_BRACKET = re.compile(r"^[（(]([^（）()\d]{1,15})[）)]")
# A machine, appliance or tool named by a verb's stem and 機/器/具 after the goods it works
# on: 「包丁研ぎ機」, 「餅つき機」, 「泡立て器」 (hiragana would end the run at 「包丁研」).
_TOOL_END = re.compile(r"[\u3041-\u3096]{1,2}(?:機械|機|器|具)")
# A dish or form named in kana right after the goods, the name ending there (「冷凍カツオたたき
# 500g袋」: カツオ alone is the fish, not the goods), never a particle or a function word.
_KANA_FORM = re.compile(r"[\u3041-\u3096]{2,5}(?=[\s\d、。,，（(]|$)")
_NOT_FORM = frozenset(
    "から まで より など だけ ほど くらい ぐらい とか なら って です ます でも では には とは "
    "しか こと もの".split()
)
# A head noun after の that the product names the kind of (「緑茶のティーバッグ」): katakana,
# or a vessel its ware is made into (「磁器の皿」: the s50 trial's checklist for 「有田焼の磁器の皿」
# read 「有田焼の磁器」 and left out the food-contact rules)
_KIND_HEAD = re.compile(r"^(?:[\u30a0-\u30ffー・]{3,}|皿|鉢|椀|碗|杯)$")
# English words that are never part of a product phrase: the request, its grammar, places.
_EN_STOP = set(
    """a an the our my your their its this that these those some any all of for to in into
    from at on by with and or about as is are be am was were do does did can could should
    would will want wants need needs like looking look find search shortlist recommend
    suggest show list give tell me us we i you they it please help export exporting exports
    import importing imports sell selling sold ship shipping buy buyers buyer importers
    importer distributors distributor customers customer partners partner what which who
    how where when why hs code codes tariff tariffs duty duties rate rates classification
    classify classified fit fits cover covers heading subheading number market markets
    country potential possible new japan japanese requirement requirements rules
    regulation regulations checklist plan planning make makes made produce produces
    manufacture manufactures grow grows brew brews offer offers have has trade supply
    supplies distribute send try prepare draft create write issue invoice invoices
    commercial proforma pro-forma packing certificate certificates statement cover letter
    document documents paperwork instead anything special else thinking think small medium
    large sized company companies firm business businesses maker makers manufacturer
    manufacturers brewery support help fair fairs exhibition exhibitions exhibit show
    shows trade-fair there same shipped here overseas abroad affected related plant
    factory clear pro forma them sending register registered registration making pack packs
    packed grower growers processor processors workshop each pay pays paid charged levied attract
    attracts price prices priced terms jpy usd eur gbp fob cif cfr exw fca""".split()
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def product_phrase(text: str, product: str = "") -> str:
    """The product phrase around the product words (empty when none can be told)."""
    raw = nfkc(text)
    blanked = _QUOTED_WORDING.sub(lambda m: " " * len(m.group()), _blank_places(raw))
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", raw):
        return _japanese(blanked, product)
    return _english(blanked, product)


# Wording quoted to be written or said (「『おなかの調子を整える』と書いて売りたい」, test20 t026)
# is a claim or a label text, never the product.
_QUOTED_WORDING = re.compile(r"[『「\"][^』」\"]{1,40}[』」\"]\s*(?:と|って)")


def _blank_places(text: str) -> str:
    """The text with place names replaced by spaces (a place never joins the phrase): the
    markets, and the exporter's prefecture (「新潟の酒蔵です」, "a company in Niigata")."""
    out = text
    for m in find_places(text):
        if out[m.start : m.start + len(m.surface)] == m.surface:
            out = out[: m.start] + " " * len(m.surface) + out[m.start + len(m.surface) :]
    return _PREFECTURE.sub(lambda m: " " * len(m.group()), out)


_PREFECTURE = re.compile(
    HOME_PLACE.pattern
    + "|"
    + "|".join(
        rf"\b{re.escape(n)}\b" for n in sorted(prefectures_in_latin(), key=len, reverse=True)
    ),
    re.I,
)


def _japanese(text: str, product: str) -> str:
    """Each product word grown to its noun run; else the run the object marker follows."""
    runs = [(m.start(), m.end(), trim(m.group())) for m in _JA_RUN.finditer(text)]
    found: list[str] = []
    shops: set[str] = set()  # the goods a shop is named by (「和菓子店」 -> 和菓子)
    for word in product.split():
        for i, (start, end, run) in enumerate(runs):
            if word in text[start:end] and run not in found:
                grown = _completed(runs, i, text)
                phrase = _unshop(grown, word) if word in run else word
                if phrase != grown:
                    shops.add(phrase)
                if phrase not in found:  # 「緑茶」 and 「ティーバッグ」 both grow to one phrase
                    found.append(phrase)
                break
        else:  # a word inside kana (「お茶漬けの素」): the noun phrase it is part of
            spanned = object_phrase(text).split("（")[0]  # the word's noun, not its kind
            grown = spanned if word in spanned else _kana_modified(runs, word, text)
            if grown not in found and not any(grown in f for f in found):
                found.append(grown)
    # a firm named by its goods beside the goods themselves (「おかきやせんべいを作っている米菓
    # メーカーです」) is the exporter: the checklist of test48 t002 was titled 「… 米菓メーカー」
    found = [f for f in found if not f.endswith("メーカー")] or found
    if found and set(found) <= shops and (named := _named_beside_shop(text, found)):
        return named
    if found:
        joined = _chained([f for f in found if not any(f != g and f in g for g in found)])
        if len(joined) == 1 and (made := _made_with(text, joined[0])):
            return made
        # the object holds every product word (「ボールペンと手帳（文房具）を」): it is the phrase
        whole = object_phrase(text)
        # (items joined by と only: 「けん玉（木製のおもちゃ）」 is one item, its kind explained)
        if len(joined) > 1 and "と" in whole and all(f in whole for f in joined):
            return whole
        return " ".join(joined)
    if spanned := object_phrase(text):  # 「冷凍たこ焼きを」, 「キッチンばさみのHSコード」
        return "" if _of_our_goods(text, spanned) else spanned
    for marker in ("を", "の"):  # "柚子胡椒（瓶詰め 80g）を…": the object first
        for i, (start, end, run) in enumerate(runs):
            after = text[end : end + 12]
            tail = start > 0 and "\u3040" <= text[start - 1] <= "\u309f"  # 買い|手
            if plain(run) and not tail and re.match(rf"(?:[（(][^）)]*[）)])?\s*{marker}", after):
                found_run = _purpose(runs, i, text) or run + _bracket(text, end)
                return "" if _of_our_goods(text, found_run) else found_run
    return ""


# what is said of the goods named before (「うちの商品の成分や安全性を確認して」): no goods of
# its own (s53: tuning test49 t004's follow-up lost the conversation's cosmetics)
_OUR_GOODS = re.compile(r"(?:うちの|この|その|弊社の|当社の|自社の|私たちの)(?:商品|製品|品物)の$")


def _of_our_goods(text: str, phrase: str) -> bool:
    """The phrase follows 「うちの商品の」 and kin: an attribute of goods named before."""
    at = text.find(phrase)
    return at > 0 and bool(_OUR_GOODS.search(text[:at]))


# 「美濃和紙を使った照明のシェード」: the word before it is the material, the goods come after
_MADE_WITH = re.compile(r"(?:を(?:使っ|使用し|用い)た|で(?:作っ|作られ|でき)た)")


def _made_with(text: str, material: str) -> str:
    """The goods made with a material the product word names: 「美濃和紙を使った照明のシェード
    （ペンダントライト用）を」 is a washi lamp shade, not washi (escalation_dev27 d001 shortlisted
    buyers of paper); empty when the text says no such goods."""
    m = re.search(re.escape(material) + _MADE_WITH.pattern, text)
    if not m:
        return ""
    goods = object_phrase(text[m.end() :])
    return f"{material}の{goods}" if goods and material not in goods else ""


def _purpose(runs: list[tuple[int, int, str]], i: int, text: str) -> str:
    """「アクリルのニット帽」, 「革の財布」, 「書道用の筆」: where no product word is known, a run
    joined by の to the noun right after it is that noun's material, kind or purpose, and the
    goods are both (「アクリル」 alone was read as 品名, s16; 「書道用」 alone lost the brush)."""
    start, end, run = runs[i]
    if i + 1 >= len(runs) or text[end : end + 1] != "の":
        return ""
    if text[start:end].endswith("産"):  # 「暗号資産の…」 was trimmed to 「暗号資」 like 「国産」
        run = text[start:end]
    head_start, head_end, head = runs[i + 1]
    if head_start != end + 1 or not plain(head) or head in JA_EDGE or head in COUNTERS:
        return ""
    if text[head_end : head_end + 1] == "の":  # 「AのBのC」: B is a modifier too, not the goods
        return ""
    return f"{run}の{head}{_bracket(text, head_end)}"


def _unshop(phrase: str, word: str) -> str:
    """A shop named by its goods is those goods: 「京都の和菓子店です」 sells 和菓子 (the s42
    trial's checklist was titled 「和菓子店」), 「文具店」 stocks 文具."""
    shop = CHANNEL_SUFFIX.search(phrase)
    return phrase[: shop.start()] if shop and word in phrase[: shop.start()] else phrase


def _named_beside_shop(text: str, shop_goods: list[str]) -> str:
    """The goods the message names after its shop, with the shop's goods as their kind:
    「京都の和菓子店です。台湾向けに最中を輸出する…」 is 「最中（和菓子）」, not 「和菓子」 (the session
    43 user trial's checklist title)."""
    named = object_phrase(text)
    if not named or any(g in named for g in shop_goods) or CHANNEL_SUFFIX.search(named):
        return ""
    return f"{named}（{'・'.join(shop_goods)}）"


def _completed(runs: list[tuple[int, int, str]], i: int, text: str) -> str:
    """The product's run with what completes it: a modifier before (の), a kind in a
    bracket after it, or the katakana head noun it is the kind of (「緑茶のティーバッグ」)."""
    phrase = _modified(runs, i, text)
    end = runs[i][1]
    if tool := _TOOL_END.match(text, end):  # 「包丁研ぎ機」 is a machine, not 「包丁研」
        return phrase + tool.group()
    form = _KANA_FORM.match(text, end)
    if form and form.group()[0] not in "のをはがにへとでもや" and form.group() not in _NOT_FORM:
        return phrase + form.group()
    if i + 1 < len(runs) and text[end : end + 1] == "の" and runs[i + 1][0] == end + 1:
        head = runs[i + 1][2]
        if plain(head) and _KIND_HEAD.match(head) and head not in JA_EDGE:
            return f"{phrase}の{head}{_bracket(text, runs[i + 1][1])}"
    return phrase + _bracket(text, end)


def _kana_modified(runs: list[tuple[int, int, str]], word: str, text: str) -> str:
    """A product word with kana inside (「切り花」) with the modifier joined by の before it
    (「小菊の切り花」): the word spans several runs, so _modified cannot see it."""
    at = text.find(word)
    for start, end, run in runs:
        if at >= 1 and end == at - 1 and text[at - 1] == "の" and plain(run) and run not in JA_EDGE:
            return f"{text[start:end]}の{word}"
    return word


def _bracket(text: str, end: int) -> str:
    """A bracket right after a run that names a form or kind, kept as written."""
    m = _BRACKET.match(text[end:])
    inner = m.group(1).strip() if m else ""
    return f"（{inner}）" if inner and _JA_RUN.fullmatch(inner.replace(" ", "")) else ""


def _chained(phrases: list[str]) -> list[str]:
    """Phrases that share a word joined by の are one: 「有田焼の磁器」 and 「磁器の皿」 are 「有田焼の
    磁器の皿」 (the s50 trial's checklist was titled 「有田焼の磁器 磁器の皿」)."""
    out = list(phrases)
    for a in out:
        for b in out:
            shared = a.rsplit("の", 1)[-1]
            if a != b and "の" in a and b.startswith(f"{shared}の"):
                out[out.index(a)] = a + b[len(shared) :]
                out.remove(b)
                return _chained(out)
    return out


def _modified(runs: list[tuple[int, int, str]], i: int, text: str) -> str:
    """The run with a modifier joined by の before it ("冷凍のホタテ", "竹の箸")."""
    start, _end, run = runs[i]
    if i and start >= 1 and text[start - 1] == "の":
        s, before_end, before = runs[i - 1]
        if text[s:before_end].endswith("産"):  # 「国産の緑茶」 (trimmed, 「国の緑茶」)
            before = text[s:before_end]
        if before_end == start - 1 and plain(before) and before not in JA_EDGE:
            return f"{before}の{run}"
    return run


def _english(text: str, product: str) -> str:
    """The run of content words that holds the product words (else the longest run)."""
    words = [(m.start(), m.group()) for m in _EN_WORD.finditer(text)]
    runs: list[list[str]] = [[]]
    last_end = -1
    for start, word in words:
        gap = text[last_end:start] if last_end >= 0 else " "
        if word.lower() in _EN_STOP or (last_end >= 0 and not gap.isspace()):
            runs.append([])
        if word.lower() not in _EN_STOP:
            runs[-1].append(word)
        last_end = start + len(word)
    phrases = [" ".join(r) for r in runs if r]
    wanted = product.lower().split()
    for phrase in phrases:
        # "knife" is in "kitchen knives" (its plural)
        if wanted and all(re.search(plural_forms(w), phrase.lower()) for w in wanted):
            return phrase
    return max(phrases, key=len) if phrases and not wanted else product
