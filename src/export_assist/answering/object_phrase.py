"""The goods of a Japanese message as a noun phrase, kana included: the object before を
(or before の and a request noun), 「冷凍たこ焼き」, 「冷凍のうなぎ蒲焼」, 「キッチンばさみ」,
「ボールペンと手帳（文房具）」; never a counter, a verb or the request."""

from __future__ import annotations

import re

from export_assist.answering.phrase_words import JA_EDGE, plain, trim

# The noun phrase before を (or before の and a request noun), hiragana included: たこ焼き,
# うなぎ蒲焼, キッチンばさみ are written with kana that end a kanji/katakana run.
_CHUNK = re.compile(r"[\u3005\u3040-\u309f\u4e00-\u9fff\u30a0-\u30ffA-Za-zー・]+$")
_OBJECT = re.compile(
    r"を|の(?=HSコード|HS|コード|関税|税率|輸入業者|輸入者|バイヤー|販売先|取引先|代理店|"
    r"規制|ルール|表示|ラベル|輸出|輸入)"
)
# A particle that ends the words before the goods (「弊社は」, 「ベトナムに」 once blanked).
_PARTICLE = re.compile(
    r"(?<=[^\u3040-\u309f])(?:から|まで|より|には|では|にも|[にへでがはも])|"
    # after kana too when a noun follows: 「お客さんに工具」, 「いくらまで与信」
    r"(?:から|まで|には|では|にも|[にへでがはを])(?=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z])"
)
# の joins a modifier to the goods after a kanji/katakana word (「冷凍のうなぎ」), not inside
# a kana word (のり, たけのこ).
_NO = re.compile(r"(?<=[^\u3040-\u309f])の")
# A verb or adjective ending before a noun: what follows it is the noun (「使える補助金」).
_VERB = re.compile(
    r"(?:える|れる|する|した|った|んだ|いた|ている|てる|できる|ない|める|べる|ける|げる|せる|ねる|"
    r"(?<=[\u4e00-\u9fff])[いうくすつぬむるぐぶ])(?=[\u4e00-\u9fff\u30a0-\u30ff])"
)
# Spoken openers that are not goods (「うちはたこ焼きを…」).
_OPENERS = re.compile(r"^(?:うちは|うちの|私たちは|わたしたちは|私は|わたしは|弊社は|当社は)")


def object_phrase(text: str) -> str:
    """The goods before the first を (or の + a request noun), kana included; modifiers
    joined by の stay (「冷凍のうなぎ蒲焼」), items joined by と stay (「ノートと鉛筆」), a
    bracket that names a kind stays, parts that name no goods are dropped."""
    for m in _OBJECT.finditer(text):
        before = text[: m.start()]
        bracket = _KIND.search(before)
        if bracket:
            before = before[: bracket.start()]
        chunk = _CHUNK.search(before)
        if chunk is None:
            continue
        items = [_item(w, False) for w in _AND.split(_words(chunk, text))]
        if chunk.start() and text[chunk.start() - 1].isdigit():
            items[0] = _item(items[0], True)  # 「3か月分の」, 「20カートンの」: a count
        kept = "と".join(i for i in items if i)
        if _goods(kept):
            inner = bracket.group(1) if bracket and not re.search(r"\d", bracket.group(1)) else ""
            return f"{kept}（{inner}）" if inner else kept
    return ""


# Question words are never goods.
_ASKING = re.compile(r"どこ|どれ|だれ|誰|いつ|なに|何|どう|どの|どんな")
# A bracket right before the particle (「ラーメン（乾麺、スープ付き、豚骨）を」), a kind in words.
_KIND = re.compile(r"[（(]([^（）()]{1,30})[）)]\s*$")
# と between two goods after a kanji/katakana word (「ボールペンと手帳」), not inside kana.
_AND = re.compile(r"(?<=[^\u3040-\u309f])と")


def _words(chunk: re.Match[str], text: str) -> str:
    """The chunk from the last particle on: the words that can be the goods."""
    words = chunk.group()
    cuts = list(_PARTICLE.finditer(words))
    if cuts:
        words = words[cuts[-1].end() :]
    elif chunk.start() and text[chunk.start() - 1].isspace():
        # after a place: 「台湾だとどこの検査」 (だと, なら: the condition, not the goods)
        words = re.sub(r"^(?:だと|だったら|なら|から|まで|[にへでがはもとの])", "", words)
    return _OPENERS.sub("", _VERB.split(words)[-1])  # 「使える補助金」: after the verb


def _item(words: str, counted: bool) -> str:
    """One item's parts joined by の, less those that name no goods (and a count first)."""
    parts = [trim(p).strip("の") for p in _NO.split(words)]
    if counted:
        parts = parts[1:]
    return "の".join(p for p in parts if plain(p) and p not in JA_EDGE)


def _goods(words: str) -> bool:
    """A phrase that can name goods: a kanji or katakana word, or three kana or more."""
    return (
        bool(words)
        and len(words) <= 20
        and not _ASKING.search(words)  # 「どこの検査」: the question, not goods
        and (bool(re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]", words)) or len(words) >= 3)
    )
