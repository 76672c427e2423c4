"""A passage cut into quotable units: sentences, a short label joined to what it labels,
a list read as one statement ("Prepacked food must show: the name…; the list of…")
rather than its head glued to the first item, and a sentence that leans on the one before
it ("したがって…", "合意がなければ…") read with it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from export_assist.answering.textclean import HEADING, ITEM, ORDERED, clean_passage
from export_assist.answering.unit_filters import says_nothing, without_pointer
from export_assist.sentences import CJK, blocks, split_line

_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
# A sentence that only announces the list below it ("主な類型は次のとおりです。").
_JA_HEAD = re.compile(r"(?:次|以下)の(?:とおり|通り|ようなもの|もの)(?:です|となります)?。$")
# ... and what it names: 「主な表示事項は次のとおりです。」 names 「主な表示事項」.
_JA_HEAD_NAMES = re.compile(
    r"(?:は|には|として)?(?:次|以下)の(?:とおり|通り|ようなもの|もの)(?:です|となります)?。$"
)
# A sentence that points to what follows it ("次の情報を…記載する", "the following").
# 以下 after an amount is "or less" (10%以下の), not "below".
_FORWARD = re.compile(
    r"(?:^|[^\d%％円万億gml目])(?:次|以下|下記)の(?:[一二三四五六七八九十\d]+(?:つ|点|項目|件)|"
    r"[^。]{0,12}?(?:情報|事項|書類|条件|要件|項目|もの|点|とおり|通り|ような|いずれか|すべて|全て))|"
    r"\bthe following\b|\bas follows\b",
    re.I,
)
# An amount and its counter before 以下/以上/未満 ("12歳以下の子ども", "30か月以下のもの"):
# "or less", never "the following" (the 子ども of 12歳以下の子ども holds もの).
_AMOUNT_BOUND = re.compile(r"\d[^\s、。，,\d]{0,3}(?:以下|以上|未満)")


def _forward(sentence: str) -> bool:
    """The sentence points to what follows it ("次の情報を…", "the following")."""
    return bool(_FORWARD.search(_AMOUNT_BOUND.sub("", sentence)))


# An item of a list: it ends in ';' or ',' or without a full stop (closing brackets aside).
_ITEM_END = re.compile(r"(?:[;；,、]|[^.。!?！？)）」』\]])[)）」』\]]*$")
# A sentence that leans on the one before it: a connective, a pronoun or a 'the same'
# reference ("したがって", "これに該当し", "同法", "These", "Therefore").
_LEANS = re.compile(
    r"^(?:したがって|従って|そのため|このため|これにより|これによって|その結果|そこで|"
    r"この場合|その場合|上記|同法|同条|同令|同規則|この(?!ほか|他|後)|その(?!他|ほか|後|旨))|"
    # a pronoun mid-sentence only after a particle or comma: 「…はこれに該当し」, never the
    # それ inside おそれ (「…用いられるおそれがある」 leans on nothing)
    r"(?:^|(?<=[はもがをにで、，]))(?:これ|それ)(?:ら|[にはがをでも])|(?:など)?(?<![後降来])も(?:対象|同様|含まれ)|"
    # (「その後も対象が…拡大」 is a time, not "also covered": test55 t015 lost its date sentence)
    # a qualification of the sentence before (「ただし、…」, "However, …")
    r"^(?:ただし|但し|しかし|もっとも)|"
    # a time that is the sentence before's date ("The scheme ended on 1 May 2025. Since then no
    # one needs…", test45 t009 quoted "Since then" without its date)
    r"^(?:それ以降|それ以来|以後|同日(?:以降|から))|"
    r"^(?:since then|since that (?:date|day|time)|from then on|from that (?:date|day|time)|"
    r"until then|by then|before then|after that|thereafter|at that time)\b|"
    r"^(?:therefore|thus|hence|accordingly|as a result|these|those|such|in (?:that|this) case|"
    r"however|but|this (?!document|page|note|section)|it|they)\b",
    re.I,
)
# "第二に、" counts along points the quote may not show: the point reads alone without it.
_ORDINAL = re.compile(r"^第[二三四五六七八九]に[、,]?\s*")
# A complete sentence this short ("合意がなければ輸出できません。") qualifies the one before.
SHORT = 16
# A sentence is read with the one it leans on while the two stay this short.
LEAN_CHARS = 320
# A compact list stays below this length; longer items keep only their leading phrase.
LIST_CHARS = 360
MAX_ITEMS = 12


@dataclass
class _Sentence:
    text: str
    block: int  # the paragraph, heading or list item it belongs to
    item: bool = False  # it starts a list item
    heading: bool = False
    labelled: bool = False  # a label or heading has been joined to its front
    ordered: bool = False  # its list is numbered


def units(text: str) -> list[str]:
    """Sentences of a passage, a short label-like fragment or a heading joined to what it
    labels ('有効期間: 2年。…'), a list head with its items, a leaning sentence with the one
    before, no table header row and no head whose list is not in the passage."""
    sentences = _sentences(text)
    out: list[str] = []
    used: set[int] = set()
    last = -2  # the sentence that ends out[-1]
    for i, sentence in enumerate(sentences):
        s = sentence.text
        if i in used or says_nothing(s):
            continue
        if sentence.heading or _is_head(s):
            items = _items(sentences, i + 1, sentence.heading)
            if items:
                listed = _list_units(_labelled(s, sentence.heading), items, sentences)
                out.extend(listed)
                used.update(items if listed else ())
                last = -2
                continue
            if _forward(s) and not s.endswith((":", "：")):
                continue  # "…次の二つが必要です。" says nothing without its two
        if (sentence.heading or _label(s)) and i + 1 < len(sentences):
            sentences[i + 1].text = _join(s, sentences[i + 1].text)
            sentences[i + 1].labelled = True
            continue
        if sentence.heading:
            continue  # a heading with nothing under it here
        leaning = not sentence.labelled and _leans(s)
        if leaning and last == i - 1 and len(out[-1]) + len(s) <= LEAN_CHARS:
            out[-1], last = glue([out[-1], s]), i
            continue
        if leaning and last != i - 1 and _LEANS.search(s):
            continue  # its pronoun or connective has nothing here to point to
        # too long to read with the sentence before: alone, it still states its facts ("It
        # has applied since 8 July 2026 … from 8 January 2027 for goods from a trade zone")
        out.append(s)
        last = i
    return out


def _sentences(text: str) -> list[_Sentence]:
    """The passage's sentences, each knowing its block and whether it starts a list item
    or is a heading (brackets closed)."""
    found: list[_Sentence] = []
    for n, block in enumerate(blocks(clean_passage(text)), start=1):
        if block.startswith(HEADING):
            found.append(_Sentence(block.removeprefix(HEADING).strip(), n, heading=True))
            continue
        ordered = block.startswith(ORDERED)
        item = ordered or block.startswith(ITEM)
        body = block.removeprefix(ORDERED if ordered else ITEM).strip()
        pieces = _bracketed(list(split_line(body)))
        found += [
            _Sentence(without_pointer(_ORDINAL.sub("", p)), n, item and k == 0, ordered=ordered)
            for k, p in enumerate(pieces)
        ]
    return found


def _labelled(head: str, heading: bool) -> str:
    """A heading reads as the label of its list."""
    return _join(head, "").rstrip() if heading else head


_OPEN = "(（[「『【"
_CLOSE = ")）]」』】"


def _depth(text: str) -> int:
    return sum(c in _OPEN for c in text) - sum(c in _CLOSE for c in text)


def _bracketed(sentences: list[str]) -> list[str]:
    """Sentences cut at a 。 inside brackets joined again ("安全局(CPSO。" + "2025年…移管)に
    登録し…"); pieces whose bracket never closes stay as they were."""
    out: list[str] = []
    group: list[str] = []
    for sentence in sentences:
        group.append(sentence)
        if _depth("".join(group)) <= 0:
            out.append(glue(group))
            group = []
    return out + group


def glue(pieces: list[str]) -> str:
    """Pieces of one sentence: no space after Japanese text or punctuation."""
    out = pieces[0]
    for piece in pieces[1:]:
        glue = "" if _WIDE.search(out[-1:]) or _WIDE.search(piece[:1]) else " "
        out = f"{out}{glue}{piece}"
    return out


def _label(sentence: str) -> bool:
    """A short fragment ('有効期間:') that only makes sense with what follows; a short
    complete sentence is no label."""
    if sentence.endswith((":", "：")):
        return True
    # "有効期間:2年。" is a label with its value: it goes with what follows as before
    ended = sentence.endswith(("。", ".", "!", "?", "！", "？")) and not re.search(
        "[:：]", sentence
    )
    return len(sentence) < 16 and not ended


def _leans(sentence: str) -> bool:
    """A sentence that says little without the one before it."""
    short = len(sentence) < SHORT and sentence.endswith(("。", "."))
    return short or bool(_LEANS.search(sentence))


def _join(head: str, sentence: str) -> str:
    """ "provides:" + "Union lists" keeps its space; Japanese glues without one; a heading
    without punctuation ("北朝鮮") becomes a label ("北朝鮮：2006年…"), never "北朝鮮2006年"."""
    if head.endswith(("、", ",", "，")):  # 「ただし、」 + its item reads on: no label colon
        return f"{head}{' ' if head.endswith(',') else ''}{sentence}"
    if not head.endswith((":", "：", "。", ".", "!", "?", "！", "？")):
        head += "：" if CJK.search(head) else ":"
    glue = "" if CJK.search(head[-1:]) or CJK.search(sentence[:1]) or head.endswith("：") else " "
    return f"{head}{glue}{sentence}"


def _is_head(sentence: str) -> bool:
    """A sentence that introduces a list: it ends in ':', says 'as follows' or points to
    what follows ('次の情報を…')."""
    return sentence.endswith((":", "：")) or bool(_JA_HEAD.search(sentence)) or _forward(sentence)


def _items(sentences: list[_Sentence], start: int, heading: bool = False) -> list[int]:
    """The indexes of the list's items from `start`: the first sentences of the list items
    right after the head (under a heading, only items that are no whole sentences), else
    sentences ending like items and the last item (it starts in lower case after an item
    ending in ';'); none when fewer than two."""
    run: list[int] = []
    for j in range(start, len(sentences)):
        if run and sentences[j].item and sentences[j].ordered != sentences[run[0]].ordered:
            break  # numbered items, then bullets: another list
        if sentences[j].item and len(run) < MAX_ITEMS:
            run.append(j)
        elif not run or sentences[j].block != sentences[run[-1]].block:
            break  # an item's own further sentences aside, the list has ended
    if heading and any(_whole(sentences[j]) for j in run):
        return []  # a heading over sentences labels the first of them
    if len(run) >= 2 or heading:
        return run if len(run) >= 2 else []
    found: list[int] = []
    for j in range(start, min(len(sentences), start + MAX_ITEMS)):
        sentence = sentences[j].text
        if _ITEM_END.search(sentence):
            found.append(j)
            continue
        if found and sentences[found[-1]].text.endswith((";", "；")) and sentence[:1].islower():
            found.append(j)
        break
    return found if len(found) >= 2 else []


def _whole(sentence: _Sentence) -> bool:
    """A sentence that ends as one (not a fragment of a list)."""
    return sentence.text.endswith(("。", "."))


def _list_units(head: str, items: list[int], sentences: list[_Sentence]) -> list[str]:
    """A Japanese 'as follows' head says nothing alone: its items are read as units of
    their own (none here: the caller reads them), unless a bare name is among them
    ("食品名", "正味量(メートル法)"): then they are read with what the head names
    ("主な表示事項：食品名、…"). A head ending in ':' or saying what the list is
    ('次の情報を…記載する') is read with its items, shortened to fit (LIST_CHARS)."""
    texts = [sentences[j].text for j in items]
    if _JA_HEAD.search(head):
        named = _JA_HEAD_NAMES.sub("", head)
        bare = [
            t
            for j, t in zip(items, texts, strict=True)
            if len(t) < SHORT and not _whole(sentences[j])
        ]
        if not named or not bare:
            return []
        head = named
    ja = bool(CJK.search(head))
    sep, stop = ("、", "。") if ja else ("; ", ".")
    head = head.rstrip("。.")
    cleaned = [it.rstrip(";；,、.。 ") for it in texts]
    whole = _join(head, sep.join(cleaned)) + stop
    if len(whole) <= LIST_CHARS:
        return [whole]
    if any(_whole(sentences[j]) for j in items[:-1]):  # the last item may end the list's stop
        # cut to its leading phrase a sentence reads as a fragment (「…輸入許可書は。」):
        # the items are read as sentences of their own instead
        return []
    short = [re.split(r"\s*[(（;；,、:：]", it, maxsplit=1)[0] for it in cleaned]
    return [_join(head, sep.join(s for s in short if s)) + stop]


def unfinished(unit: str) -> bool:
    """A unit cut before its end (「…(第18条第1項に基づく)により、」) or begun after its start
    (「とともに、輸出許可の日の翌日から…」, where a passage of a PDF broke a sentence in two):
    it says nothing whole."""
    return unit.rstrip().endswith(("、", ",", "，", ":", "：", "により", "ため")) or bool(
        _MIDWAY.match(unit.lstrip())
    )


# How only the second half of a Japanese sentence begins: a particle or a conjunction that
# joins it to words before it (a sentence may begin 「はじめに」, 「もの」: kana follow those).
_MIDWAY = re.compile(
    r"(?:とともに|ともに|ので[、,]|のため|ため[、,]|から[、,]|まで[、,]|および|及び|又は|並びに|"
    r"[をにはがでへやともの](?![\u3041-\u3096])|[、,，。])"
)
