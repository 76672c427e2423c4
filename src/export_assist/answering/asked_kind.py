"""The kind of thing a which-question asks for (「どのデータベースで調べれば」, "which system"):
a sentence that names that kind states the answer, and one such sentence belongs among the
quotes (test56 t027: 「NBはNANDOデータベースで検索できます」 was left out for sentences about
notified bodies in general)."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering.asking import asked_sentences
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stem_word

_WHICH = re.compile(r"どの([ァ-ヶー]{2,12}|[一-龥]{2,6})|\bwhich ([a-z]{4,})\b")
# kinds a quote answers without naming them: a body is named by its name (動物検疫所), a
# country, a law or a rule by theirs; and words that only ask how much or how long
_NAMED_OTHERWISE = frozenset(
    """機関 役所 当局 省庁 官庁 団体 会社 企業 業者 国 国々 地域 法律 法令 規則 規制 制度 ルール 基準 規格
    程度 時点 段階 時期 順番 条件 場合 範囲 品目 商品 製品
    authority authorities agency agencies body bodies country countries member state states law
    laws regulation regulations rule rules directive directives standard standards they them
    these those will would should could country's product products goods item items""".split()
)


def asked_kind(question: str) -> Callable[[str], bool] | None:
    """Whether a sentence names the kind the question's which-phrase asks for (None when it
    asks none, or one a quote answers by name)."""
    asked = " ".join(asked_sentences(question)) or question
    found = _WHICH.search(nfkc(asked).lower())
    if found is None:
        return None
    kind = found.group(1) or found.group(2)
    if kind in _NAMED_OTHERWISE:
        return None
    if kind.isascii():
        stem = stem_word(kind)
        return lambda sentence: (
            stem in {stem_word(w) for w in re.findall(r"[a-z]+", nfkc(sentence).lower())}
        )
    return lambda sentence: kind in nfkc(sentence).lower()
