"""A passage cut into quotable units: sentences, a short label joined to what it labels,
and a list read as one statement ("Prepacked food must show: the name…; the list of…")
rather than its head glued to the first item."""

from __future__ import annotations

import re

from export_assist.answering.textclean import clean_passage
from export_assist.sentences import split_sentences

_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
# A sentence that only announces the list below it ("主な類型は次のとおりです。").
_JA_HEAD = re.compile(r"(?:次|以下)の(?:とおり|通り|ようなもの|もの)(?:です|となります)?。$")
# An item of a list: it ends in ';' or ',' or without a full stop (closing brackets aside).
_ITEM_END = re.compile(r"(?:[;；,、]|[^.。!?！？)）」』\]])[)）」』\]]*$")
# A pointer to another document says nothing itself ("詳細は…を参照してください。").
_POINTER = re.compile(
    r"^(?:詳細は|詳しくは|あわせて)?[^。]{0,60}(?:を|も)(?:参照|ご参照|ご覧)(?:ください|してください)。?$|"
    r"^see (?:the|also|our) [^.]{0,80}\.?$",
    re.I,
)
# A compact list stays below this length; longer items keep only their leading phrase.
LIST_CHARS = 360
MAX_ITEMS = 12


def units(text: str) -> list[str]:
    """Sentences of a passage, a short label-like fragment joined to the next ('有効期間:
    2年。期限前に…'), a list head with its items, and no table header row."""
    sentences = _bracketed(split_sentences(clean_passage(text)))
    out: list[str] = []
    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        items = _items(sentences, i + 1) if _is_head(sentence) else []
        if items:
            out.extend(_list_units(sentence, items))
            i += 1 + len(items)
            continue
        if _label(sentence) and i + 1 < len(sentences):
            sentences[i + 1] = _join(sentence, sentences[i + 1])
            i += 1
            continue
        if not _table_header(sentence) and not _POINTER.search(sentence):
            out.append(sentence)
        i += 1
    return out


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
    """A short fragment ('有効期間:') that only makes sense with what follows."""
    return len(sentence) < 16 or sentence.endswith((":", "："))


def _join(head: str, sentence: str) -> str:
    """ "provides:" + "Union lists" keeps its space; Japanese glues without one; a heading
    without punctuation ("北朝鮮") becomes a label ("北朝鮮：2006年…"), never "北朝鮮2006年"."""
    if head[-1:].isalnum() or _JA.search(head[-1:]):
        head += "：" if _JA.search(head) else ":"
    glue = "" if _JA.search(head[-1:]) or _JA.search(sentence[:1]) or head.endswith("：") else " "
    return f"{head}{glue}{sentence}"


def _is_head(sentence: str) -> bool:
    """A sentence that introduces a list: it ends in ':' or says 'as follows'."""
    return sentence.endswith((":", "：")) or bool(_JA_HEAD.search(sentence))


def _items(sentences: list[str], start: int) -> list[str]:
    """The list items from `start`: sentences ending like items, and the last item (it
    starts in lower case after an item ending in ';'); none when fewer than two."""
    found: list[str] = []
    for sentence in sentences[start : start + MAX_ITEMS]:
        if _ITEM_END.search(sentence):
            found.append(sentence)
            continue
        if found and found[-1].endswith((";", "；")) and sentence[:1].islower():
            found.append(sentence)
        break
    return found if len(found) >= 2 else []


def _list_units(head: str, items: list[str]) -> list[str]:
    """A Japanese 'as follows' head says nothing alone: its items are units of their own.
    A head ending in ':' is read with its items, shortened to fit (LIST_CHARS)."""
    if not head.endswith((":", "：")):
        return items
    ja = bool(_JA.search(head))
    sep, stop = ("、", "。") if ja else ("; ", ".")
    cleaned = [it.rstrip(";；,、.。 ") for it in items]
    whole = _join(head, sep.join(cleaned)) + stop
    if len(whole) <= LIST_CHARS:
        return [whole]
    short = [re.split(r"\s*[(（;；,、]", it, maxsplit=1)[0] for it in cleaned]
    return [_join(head, sep.join(s for s in short if s)) + stop]


def _table_header(unit: str) -> bool:
    """A table row of short labels ('GB regulation: EU equivalent: Scope') says nothing."""
    cells = [c for c in re.split(r":\s*", unit) if c]
    return len(cells) >= 3 and all(len(c.split()) <= 4 and len(c) <= 40 for c in cells[1:])
