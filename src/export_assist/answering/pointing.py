"""What a follow-up points back at: the previous answer's items ("その中で", "among them"), or
the previous message as a whole (a pronoun, or a message too short to stand alone)."""

from __future__ import annotations

import re

from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc

# "その中で" / "among them": the question is about the previous answer's items.
_ANAPHORA = (
    "その中で",
    "そのうち",
    "その中",
    "それ",
    "これ",
    "among them",
    "of those",
    "which of",
    "among these",
    "that one",
    "this one",
    "この",
    "その",
)


def points_at_items(q: Question) -> bool:
    """The message points at the previous answer's items ("その中で", "among them")."""
    low = _TIME_WORDS.sub(" ", nfkc(q.text).lower())
    return any(w in low for w in _ANAPHORA)


# ... at the items as a set, to pick among them (not 「その製品資訊档案の…」: one item named)
_AMONG = ("その中で", "そのうち", "その中", "among them", "of those", "which of", "among these")


def own_after_list(q: Question) -> bool:
    """A question of its own after a checklist, not the checklist again: one that asks more
    than "what" ("FDAの事前通知はいつまでに？"), unless it picks among the list's items
    (「その中で一番時間がかかるのは？」); which law a request rests on is always its own
    (「これはEUのどの決まりに基づく話？」), and so is one item named after 「その」
    (「その製品資訊档案(PIF)の安全性の評価には、誰の署名が必要ですか？」 asked the product
    type again, test38 t005)."""
    low = nfkc(q.text).lower()
    among = any(w in low for w in _AMONG)
    own = bool(_IN_SCOPE.search(low) or _BEFORE_STEP.search(low))
    return (q.qtype != "what" and (not among or q.qtype == "law")) or own


# what must be done before a step the question names: a question of its own (test56 t007
# 「TFDAに輸入検査を申請する前に、何を済ませておかなければなりませんか？」 got the checklist again)
_BEFORE_STEP = re.compile(
    r"(?:する|した|の)前に[、,]?\s*(?:何|なに|どんな|どの)|"
    r"\bwhat (?:must|should|do|does|has to|have to)\b[^.?!]{0,60}\bbefore (?:it|they|we|you|applying|filing)\b"
)


# whether the goods fall under the rule the list rests on: a question of its own (s58: tuning
# escalation_dev52 d008 「…専用に設計したガスバーナーです。これもその規則の対象になるのですか？」
# got the 25-item checklist again)
_IN_SCOPE = re.compile(
    r"(?:規則|規制|法律|法令|指令|ルール|制度)の(?:適用)?対象(?:に|で|と|です|外)|適用(?:対象|され|除外)|"
    r"\b(?:falls? (?:under|within|outside)|covered by (?:the|that|this) (?:rule|regulation|law|directive)|"
    r"in scope|out of scope|(?:rule|regulation|law|directive) appl(?:y|ies) to (?:it|this|them|these))\b"
)


# 「これからは」「これまでは」 are times, not the previous answer's items (test30 t007)
_TIME_WORDS = re.compile(r"これ(?:から|まで)")


_PRONOUN = re.compile(r"\b(it|that|this|they|them|those|these|one)\b")

# the way the previous message described, done again (「タイと同じ段取りで大丈夫？」, test31 t006;
# 「ドイツ向けと同じ考え方で大丈夫ですか？」 after a catch-all judgement, escalation_dev30 d006)
# ... or asked whether it changes (「合計額が大きくなると手続きは変わりますか」 after an EMS
# parcel's export declaration, test34 t011 lost the topic and got Taiwan's food rules)
_SAME_WAY = re.compile(
    r"同じ(?:段取り|手続|やり方|流れ|方法|手順|考え方|扱い|対応|判断)|"
    r"\bsame (?:procedure|process|steps|paperwork|way|approach|reasoning|treatment)\b|"
    r"(?:手続き?|扱い|やり方|流れ|手順)(?:は|が|も)?(?:何か)?(?:変わ|違|異な)|"
    r"\b(?:procedure|process|steps|paperwork|treatment)\s+(?:change|differ)|"
    # ... or the same goods sent elsewhere (「同じはさみをアメリカの取引先に直接送る場合は、扱いが
    # 違いますか？」 after a catch-all question, escalation_dev36 d006)
    r"同じ[^\s、。をはもがでに]{1,10}(?:を|も)|\b(?:treated|handled) differently\b|"
    # the application the previous message asked about, done another way (「申請はオンラインでも
    # できますか？」 after Japan's plant inspection, escalation_dev35 d009)
    r"申請は|申請(?:方法|先|窓口)|(?:オンライン|電子|ネット)(?:で|でも)?申請|"
    r"\b(?:apply|file|submit)(?: it| them)? online\b|\bthe application\b"
)


# a rule the message itself quotes, then points at (「先方から『EU域内に責任を持つ事業者がいないと
# 売れなくなった』と言われました。そのルールは、いつから…」): 「その」 is the quoted rule, not the
# previous answer (s51: tuning test47 t004 kept the tableware question's topic and was handed off)
_QUOTED_RULE = re.compile(
    r"[『「][^』」]*(?:ルール|規則|規制|制度|法律|決まり)[^』」]*[』」][^？?]{0,40}?"
    r"(その(?:ルール|規則|規制|制度|法律|決まり|新しい))"
)


def refers_back(text: str) -> bool:
    """The message leans on the previous one: it points back, or is too short to stand alone."""
    low = _TIME_WORDS.sub(" ", nfkc(text).lower())
    if quoted := _QUOTED_RULE.search(low):
        low = low[: quoted.start(1)] + " " + low[quoted.end(1) :]
    return (
        any(w in low for w in _ANAPHORA)
        or bool(_PRONOUN.search(low) or _SAME_WAY.search(low))
        or len(low) <= 25
    )


# a question that holds only if the previous one's answer is yes ("If so, where exactly is the
# registration done?" after packaging duties in Germany, test37 t010; 「もしそうなら、どこで登録？」)
_IF_SO = re.compile(
    r"^(?:and |but )?(?:if so|if yes|if that is the case|if that's the case|if we do|if they do|"
    r"in that case)\b|^(?:もし)?(?:そうなら|そうであれば|そうだとしたら|その場合|必要なら|必要であれば|該当するなら)"
)


def if_so(text: str) -> bool:
    """The message opens on the previous answer being yes."""
    return bool(_IF_SO.search(nfkc(text).strip().lower()))
