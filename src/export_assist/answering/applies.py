"""Questions whether a rule applies, and the sentences that state a rule's scope."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.answering.goods import kinds_in
from export_assist.answering.thresholds import THRESHOLD_BONUS, asked_amounts, falls_on

# A question whether a rule applies ("Do the fibre-labelling rules apply to them?",
# 「畜産物が入っていると対象外？」) is answered by the sentence that states its scope ("applies
# to products of at least 80 % textile fibre", 「畜産物は2020年7月16日から適用」).
SCOPE_ASKED = re.compile(
    r"\bappl(?:y|ies|icable)\b|\bcovered\b|\bin scope\b|\bexempt|対象(?:外|になる|になり|です|か)|"
    r"適用(?:され|対象|外|に)|該当(?:する|します)?(?:か|の)|"
    # whether it holds for every item: 「どんな品目でも使える？」, "can it be used for any goods?"
    r"(?:どんな|どの|何の|なん)(?:品目|もの|物|商品|製品|貨物)でも|何にでも|"
    r"\b(?:any|every|all) (?:items?|goods|products?|kinds? of goods)\b|"
    # whether it holds for goods named beside the rule's own (「お米は届出がいると聞きましたが、
    # 米粉でも届出がいりますか？」, test29 t031: 「米加工品(…米粉など)は届出不要」)
    r"でも[^。？?]{0,12}(?:いります|要ります|いる|要る|必要)(?:です)?(?:か|の|[?？])|"
    # whether the need falls away there (「ドイツ向けなら、リスト規制に該当しても許可は要らない
    # と考えてよいですか」, test34 t017: 「仕向地がどこであっても許可が必要」 answers it)
    r"(?:許可|承認|届出|申請|登録|証明書?)(?:は|が|も)?(?:要らない|いらない|不要)|"
    r"\b(?:no|not need an?|don'?t need an?) (?:licen[cs]e|permit|approval)\b|"
    # whether it is otherwise there (「同じはさみをアメリカに送る場合は、扱いが違いますか？」 after
    # catch-all for Thailand, escalation_dev36 d006: 「グループA(…米国…)向けは…インフォーム要件だけ」)
    r"(?:扱い|規制|ルール)(?:は|が|も)?(?:何か)?(?:違い|違う|異な|変わ)|"
    r"\b(?:treated|handled) differently\b",
    re.I,
)
SCOPE_STATED = re.compile(
    # not applying for a licence: "The exporter must then apply." (test31 t020)
    r"(?<!must )(?<!then )(?<! to )\bappl(?:y|ies|ied|icable)\b(?!\s+for\b)|\bcover(?:s|ed)?\b|\bscope\b|\bexempt|\bexclud|対象|適用|除外|該当|"
    # what it cannot be used for: 「武器には特例は使えません」, "not available for arms"
    r"使えません|使えない|使用できません|利用できません|除く|\bcannot be used\b|\bnot available\b|"
    # what needs none of it: 「米加工品は届出不要」
    r"不要|\bnot required\b|\bno need\b|"
    # where it holds: everywhere, with no exception (「仕向地がどこであっても」)
    r"例外|どこであっても|\bwhatever the destination\b|\bregardless of\b|\bany destination\b",
    re.I,
)
SCOPE_BONUS = 0.8
# goods named with 「でも」 (「米粉でも届出がいりますか」): the kanji or katakana run before it
_EVEN = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ffー]{2,8})でも")


# "What radioactive caesium limit does Korea apply?" asks for a value the market applies,
# not whether a rule applies (test23 t027 quoted a PLS sentence that "applied" to nuts)
ASKS_VALUE = re.compile(
    r"\b(?:what|which)\b(?:\s+[\w-]+){0,3}?\s+(?:limits?|rates?|dut(?:y|ies)|tariffs?|"
    r"standards?|fees?|tax(?:es)?|levels?|maximums?|thresholds?|mrls?|values?|percentages?)\b"
    r"[^?.]*\bappl(?:y|ies)\b",
    re.I,
)


def scope_asked(question: str) -> bool:
    """Whether the question asks if a rule applies (not what value it applies)."""
    return bool(SCOPE_ASKED.search(question)) and not ASKS_VALUE.search(question)


# "What plant health rules apply on the EU side?" asks which rules, not whether one covers the
# goods: no sentence on the goods' kind is its answer (qa9-t087 lost the EU document's quote)
_WHICH_RULES = re.compile(
    r"\b(?:what|which)\b[^?.]*\bappl(?:y|ies)\b|(?:どの|どんな|何の)(?:規則|ルール|規制|法律|要件|決まり)",
    re.I,
)


def scope_bonus(question: str, kinds: frozenset[str] = frozenset()) -> Callable[[str], float]:
    """What a sentence gains for stating a scope when the question asks whether a rule
    applies (twice as much when it names the goods asked about, or their kind of goods),
    and for drawing a threshold in a unit the question states an amount in (nothing for any
    other question)."""
    scoped = scope_asked(question)
    # the goods asked about by name (「米粉でも」): a scope stated of them is the answer
    named = [m.group(1) for m in _EVEN.finditer(question)]
    kinds = frozenset() if _WHICH_RULES.search(question) else kinds
    asked = asked_amounts(question)
    if not scoped and not asked:
        return lambda _sentence: 0.0

    def bonus(sentence: str) -> float:
        gained = THRESHOLD_BONUS if asked and falls_on(sentence, asked) else 0.0
        if not scoped or not SCOPE_STATED.search(sentence):
            return gained
        own = _of_goods(sentence, named, kinds)
        return gained + (2 * SCOPE_BONUS if own else SCOPE_BONUS)

    return bonus


def goods_scope(question: str, kinds: frozenset[str]) -> Callable[[str], bool] | None:
    """Whether a sentence states the rule's scope for the goods asked about, when the
    question asks whether a rule applies to them (None for any other question): such a
    sentence is the answer and belongs among the quotes (「日本酒は…キャッチオール規制の対象？」
    is answered by 「食品、飲料、木材…は16項の対象外」, test34 t019)."""
    named = [m.group(1) for m in _EVEN.finditer(question)]
    if not scope_asked(question) or _WHICH_RULES.search(question) or not (named or kinds):
        return None
    return lambda sentence: (
        bool(SCOPE_STATED.search(sentence)) and _of_goods(sentence, named, kinds)
    )


def _of_goods(sentence: str, named: list[str], kinds: frozenset[str]) -> bool:
    """The sentence names the goods asked about, or their kind of goods."""
    return any(w in sentence for w in named) or bool(kinds and kinds_in(sentence) & kinds)
