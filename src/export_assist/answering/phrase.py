"""The product phrase of a message: what a tool should classify or match ("冷凍和牛",
"stainless steel kitchen knives"), never the whole request around it."""

from __future__ import annotations

import re

from export_assist.answering.places import find_places
from export_assist.geo import PREFECTURES, prefectures_in_latin
from export_assist.retrieval.normalize import nfkc

# A Japanese noun run: kanji, katakana (with ー・) and Latin letters; hiragana, digits and
# punctuation end it ("冷凍和牛の輸入業者" -> "冷凍和牛", "緑茶500kg" -> "緑茶").
_JA_RUN = re.compile(r"[\u3005\u3006\u4e00-\u9fff\u30a0-\u30ffA-Za-zー・]+")
# Nouns of the request around the product: cut from a run's ends ("和牛輸出" -> "和牛").
_JA_EDGE = (
    "輸入業者",
    "輸入者",
    "バイヤー",
    "HSコード",
    "コード",
    "関税率",
    "関税",
    "税率",
    "輸出",
    "輸入",
    "規制",
    "販売",
    "向け",
    "産",
)
# Runs that are never the product (the company, the user, the question itself).
# Runs that name the request, not a product ("パッキングリストを作りたい").
_JA_REQUEST = re.compile(
    r"(リスト|インボイス|書類|コード|手続き?|証明書|ラベル|表示|規制|関税|税率|バイヤー|"
    r"業者|会社|要件|方法|場合|補助金|助成金|支援|支援策|制度|値段|価格|代金|契約書?|交渉|"
    r"番号|条件|登録|マーク|話|^何.*)$"
)
_JA_NOT = {
    "会社",
    "弊社",
    "当社",
    "私",
    "町工場",
    "工場",
    "HS",
    "FDA",
    "EU",
    "何",
    "一覧",
    "商品",
    "製品",
    "製",  # 「日本製の工作機械」: the place is blanked, 製 is no modifier
    "メーカー",
    "ブランド",
    "サンプル",
    "現地",  # 「現地の輸入業者を探して」: where the buyer is, not the goods (s9 trial V9)
    "海外",
    "地元",
}
# What a bracket right after the product may add to it: a form or kind in words
# (「冷凍ブリ（フィレ）」, 「電動工具（充電式ドリル）」), not sizes (「電気ケトル（1.2L）」).
_BRACKET = re.compile(r"^[（(]([^（）()\d]{1,15})[）)]")
# A head noun after の that the product names the kind of (「緑茶のティーバッグ」): katakana.
_KATAKANA_HEAD = re.compile(r"^[\u30a0-\u30ffー・]{3,}$")
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
    factory clear pro forma""".split()
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def product_phrase(text: str, product: str = "") -> str:
    """The product phrase around the product words (empty when none can be told)."""
    raw = nfkc(text)
    blanked = _blank_places(raw)
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", raw):
        return _japanese(blanked, product)
    return _english(blanked, product)


def _blank_places(text: str) -> str:
    """The text with place names replaced by spaces (a place never joins the phrase): the
    markets, and the exporter's prefecture (「新潟の酒蔵です」, "a company in Niigata")."""
    out = text
    for m in find_places(text):
        if out[m.start : m.start + len(m.surface)] == m.surface:
            out = out[: m.start] + " " * len(m.surface) + out[m.start + len(m.surface) :]
    return _PREFECTURE.sub(lambda m: " " * len(m.group()), out)


_PREFECTURE = re.compile(
    "|".join(
        sorted(
            {*PREFECTURES, *(p[:-1] for p in PREFECTURES if p != "北海道")},
            key=len,
            reverse=True,
        )
    )
    + "|"
    + "|".join(
        rf"\b{re.escape(n)}\b" for n in sorted(prefectures_in_latin(), key=len, reverse=True)
    ),
    re.I,
)


def _trim(run: str) -> str:
    changed = True
    while changed and run:
        changed = False
        for edge in _JA_EDGE:
            if run.endswith(edge) and len(run) > len(edge):
                run, changed = run[: -len(edge)], True
            elif run.startswith(edge) and len(run) > len(edge):
                run, changed = run[len(edge) :], True
    return run


def _japanese(text: str, product: str) -> str:
    """Each product word grown to its noun run; else the run the object marker follows."""
    runs = [(m.start(), m.end(), _trim(m.group())) for m in _JA_RUN.finditer(text)]
    found: list[str] = []
    for word in product.split():
        for i, (start, end, run) in enumerate(runs):
            if word in text[start:end] and run not in found:
                phrase = _completed(runs, i, text) if word in run else word
                if phrase not in found:  # 「緑茶」 and 「ティーバッグ」 both grow to one phrase
                    found.append(phrase)
                break
        else:  # a word inside kana (「お茶漬けの素」): the noun phrase it is part of
            spanned = _object(text)
            grown = spanned if word in spanned else word
            if grown not in found and not any(grown in f for f in found):
                found.append(grown)
    if found:
        return " ".join(f for f in found if not any(f != g and f in g for g in found))
    if spanned := _object(text):  # 「冷凍たこ焼きを」, 「キッチンばさみのHSコード」
        return spanned
    for marker in ("を", "の"):  # "柚子胡椒（瓶詰め 80g）を…": the object first
        for start, end, run in runs:
            after = text[end : end + 12]
            tail = start > 0 and "\u3040" <= text[start - 1] <= "\u309f"  # 買い|手
            if _plain(run) and not tail and re.match(rf"(?:[（(][^）)]*[）)])?\s*{marker}", after):
                return run + _bracket(text, end)
    return ""


# The noun phrase before を (or before の and a request noun), hiragana included: たこ焼き,
# うなぎ蒲焼, キッチンばさみ are written with kana that end a kanji/katakana run.
_CHUNK = re.compile(r"[\u3005\u3040-\u309f\u4e00-\u9fff\u30a0-\u30ffA-Za-zー・]+$")
_OBJECT = re.compile(
    r"を|の(?=HSコード|HS|コード|関税|税率|輸入業者|輸入者|バイヤー|販売先|取引先|代理店|"
    r"規制|ルール|表示|ラベル|輸出|輸入)"
)
# A particle that ends the words before the goods (「弊社は」, 「ベトナムに」 once blanked).
_PARTICLE = re.compile(
    r"(?<=[^\u3040-\u309f])(?:から|まで|より|には|では|にも|[にへでがはもと])|"
    # after kana too when a noun follows: 「お客さんに工具」, 「いくらまで与信」
    r"(?:から|まで|には|では|にも|[にへでがはをと])(?=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z])"
)
# の joins a modifier to the goods after a kanji/katakana word (「冷凍のうなぎ」), not inside
# a kana word (のり, たけのこ).
_NO = re.compile(r"(?<=[^\u3040-\u309f])の")
# Counters and units are never the goods (「500個を」, 「20セットの」: s9 trial V6).
_COUNTERS = {
    "個",
    "セット",
    "本",
    "枚",
    "箱",
    "袋",
    "缶",
    "瓶",
    "台",
    "点",
    "ケース",
    "カートン",
    "キロ",
    "トン",
}
# A verb or adjective ending before a noun: what follows it is the noun (「使える補助金」).
_VERB = re.compile(
    r"(?:える|れる|する|した|った|んだ|いた|ている|てる|できる|ない|"
    r"(?<=[\u4e00-\u9fff])[いうくすつぬむるぐぶ])(?=[\u4e00-\u9fff\u30a0-\u30ff])"
)
# Spoken openers that are not goods (「うちはたこ焼きを…」).
_OPENERS = re.compile(r"^(?:うちは|うちの|私たちは|わたしたちは|私は|わたしは|弊社は|当社は)")


def _object(text: str) -> str:
    """The goods before the first を (or の + a request noun), kana included; modifiers
    joined by の stay (「冷凍のうなぎ蒲焼」), parts that name no goods are dropped."""
    for m in _OBJECT.finditer(text):
        chunk = _CHUNK.search(text[: m.start()])
        if chunk is None:
            continue
        words = chunk.group()
        cuts = list(_PARTICLE.finditer(words))
        if cuts:
            words = words[cuts[-1].end() :]
        elif chunk.start() and text[chunk.start() - 1].isspace():
            words = re.sub(r"^(?:から|まで|[にへでがはもとの])", "", words)  # after a place
        words = _OPENERS.sub("", _VERB.split(words)[-1])  # 「使える補助金」: after the verb
        parts = [_trim(p).strip("の") for p in _NO.split(words)]
        if chunk.start() and text[chunk.start() - 1].isdigit():
            parts = parts[1:]  # 「3か月分の」, 「20カートンの」: a count, not goods
        kept = "の".join(p for p in parts if _plain(p) and p not in _JA_EDGE)
        if _goods(kept):
            return kept
    return ""


def _goods(words: str) -> bool:
    """A phrase that can name goods: a kanji or katakana word, or three kana or more."""
    return (
        bool(words)
        and len(words) <= 20
        and (bool(re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]", words)) or len(words) >= 3)
    )


def _completed(runs: list[tuple[int, int, str]], i: int, text: str) -> str:
    """The product's run with what completes it: a modifier before (の), a kind in a
    bracket after it, or the katakana head noun it is the kind of (「緑茶のティーバッグ」)."""
    phrase = _modified(runs, i, text)
    end = runs[i][1]
    if i + 1 < len(runs) and text[end : end + 1] == "の" and runs[i + 1][0] == end + 1:
        head = runs[i + 1][2]
        if _plain(head) and _KATAKANA_HEAD.match(head) and head not in _JA_EDGE:
            return f"{phrase}の{head}{_bracket(text, runs[i + 1][1])}"
    return phrase + _bracket(text, end)


def _bracket(text: str, end: int) -> str:
    """A bracket right after a run that names a form or kind, kept as written."""
    m = _BRACKET.match(text[end:])
    inner = m.group(1).strip() if m else ""
    return f"（{inner}）" if inner and _JA_RUN.fullmatch(inner.replace(" ", "")) else ""


def _modified(runs: list[tuple[int, int, str]], i: int, text: str) -> str:
    """The run with a modifier joined by の before it ("冷凍のホタテ", "竹の箸")."""
    start, _end, run = runs[i]
    if i and start >= 1 and text[start - 1] == "の":
        _s, before_end, before = runs[i - 1]
        if before_end == start - 1 and _plain(before):
            return f"{before}の{run}"
    return run


def _plain(run: str) -> bool:
    """A run that can name a product (not the company, a count or the question)."""
    return bool(run) and run not in _JA_NOT and run not in _COUNTERS and not _JA_REQUEST.search(run)


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
        if wanted and all(w in phrase.lower() for w in wanted):
            return phrase
    return max(phrases, key=len) if phrases and not wanted else product
