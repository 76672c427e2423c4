"""The question type (vocab question_types): when, how much, who, which law, yes or no...
read from the sentence that asks, not from the scene before it (issue 9 item 1)."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.asking import asked_sentences
from export_assist.answering.words import has_any
from export_assist.retrieval.normalize import nfkc

# Claiming a preferential rate ("特恵税率を受けるのに必要な原産地情報", "to claim the preferential
# rate") asks how to get it, not what the rate is: neither a duty nor a 'how much' question.
_CLAIMING = re.compile(
    r"(?:特恵)?(?:関)?税率(?:の適用)?(?:を|が|で)(?:受け|適用|使|利用|申請|得|認め)|"
    # exporting at it (「日EU・EPAの税率で出しています」, qa17-d008) is claiming it too
    r"(?:特恵|協定|epa|fta)[^。？?]{0,6}税率で[^。？?]{0,8}?(?:出し|出す|輸出|送|卸)|"
    r"(?:claim|get|obtain|use|qualify for|apply for)(?:ing)? (?:a |the )?"
    r"(?:preferential|lower|reduced|zero)(?: duty| tariff)? (?:rate|treatment)s?"
)


def without_claiming(low: str) -> str:
    """The lower-cased text less any 'to claim the preferential rate' phrase."""
    return _CLAIMING.sub(" ", low)


# How a fee is paid ("what do we set up for paying SFA's fees", 「手数料の支払い方法」) asks
# for the means, not the amount (qa25-t019 wanted the GIRO account and was handed off for
# stating no fee)
_PAYING = re.compile(
    r"(?:for|to) pay(?:ing)? (?:the |its |their |any |[a-z]+'s )?(?:fees?|charges?)\b|"
    r"(?:費用|手数料|料金)の(?:支払い?|払い)(?:方|方法|口座|手段|のため|に)"
    # a fee set aside asks what else: "Apart from the issuing fee, what else…" (test26 t031)
    r"|(?:apart from|aside from|besides|other than|except for|beyond) (?:the |its |their |an? )?"
    r"(?:[a-z-]+ )?(?:fees?|charges?|costs?|price)\b"
    r"|(?:費用|手数料|料金|発給手数料|発行手数料)(?:の)?(?:以外|ほか|他)"
    # how a fee is paid asks the means: 「手数料は、向こうの会社はどうやって払う」 (escalation_dev25 d028)
    r"|(?:費用|手数料|料金)(?:は|を)[^。？?]{0,16}(?:どうやって|どのように|どう)(?=\s*(?:払|支払))"
    r"|\bhow (?:do|does|will|would|should|can) (?:they|we|i|the [a-z]+|it) pay\b"
    r"(?: for)?(?: (?:the|its|their|any|our))?(?: [a-z]+)?(?: (?:fees?|charges?))?"
    # costs kept down are the scene's motive, not an amount asked ("brewed partly with imported
    # rice to keep costs down … What does the name require?", test53 t014)
    r"|\bto (?:keep|cut|reduce|lower|save on) (?:the |our |its )?costs?(?: down)?\b"
    r"|(?:コスト|費用|経費)(?:を)?(?:下げ|抑え|削減し|減らし|節約し)(?:る|た|て)"
)


# Quantities entered by tax-rate category (「税率区分ごとの数量」, "by tax-rate category") sort what
# is reported, they ask no rate (escalation_dev54 d013: the liquor tax return was handed off for
# stating no amount)
_RATE_CATEGORY = re.compile(r"(?:tax[- ]rate|税率)(?:別|ごと|の)?\s?(?:categor(?:y|ies)|区分)")
# whether a limit is set at all (「加工食品そのものに基準値は設定されているのですか」) asks yes or
# no, not its figure (test56 t005 quoted a fee for the processing factor asked)
_LIMIT_SET = re.compile(r"(?:基準値|上限|限度)(?:は|が|も)?(?:設定|定め|決め)(?:られ|され)")


# A date printed on the label is a label item, not a deadline: 「賞味期限は必要？」 asks
# whether the label needs it (s9 trial V12), not "by when".
_LABEL_DATES = re.compile(
    r"(?:賞味|消費|使用|有効|品質保持)期限(?=(?:の(?:表示|記載))?[はがもを]?(?:必要|いる|要る|書|表示|記載))|"
    r"(?:best[- ]before|use[- ]by|expiry|expiration) dates?"
    r"(?= (?:is |be )?(?:required|needed|necessary|mandatory|shown|printed))"
)


# 「今も…必要？」 with words between (「今もEU向けには、その証明書が必要？」): "still required?"
_STILL = re.compile(
    r"(?:今|いま)(?:で)?も[^。？?]{0,20}(?:必要|要る|いる[？?]|求め)|現在も[^。？?]{0,20}必要"
)

# 「…お墨付きをくれた、ということになるんですか？」 asks whether what is said holds: yes or no,
# whatever body it names (s53: tuning test49 t004 was read as "who" on 当局)
_CONFIRM = re.compile(
    r"(?:という|って)(?:こと|意味)(?:に(?:なる|なります))?(?:んです|のです|なんです|です)?(?:か|よね)[？?]?$"
    r"|\b(?:does|would) (?:that|this|it) mean\b"
)


def question_type(text: str) -> str:
    """The question type of a text read on its own (one sentence of a message)."""
    return _qtype(nfkc(text).lower())


def asked_qtype(text: str, low: str) -> str:
    """The question type of the sentence that asks, before the scene's: 「…原産地証明書を付けて
    と言われました。原産国は「Japan」と書いていいですか？」 asks yes or no, not which documents
    (test22 t034); a question of no type of its own takes the whole message's."""
    found = {_asked_type(s) for s in asked_sentences(text)} - {"what"}
    if not found:
        return _qtype(low)
    # several questions: the type first in the vocabulary's order, as for one message
    return min(found, key=_TYPE_ORDER.index)


# what was heard, before 「が、」: 「手続きは経済産業省だと聞きましたが、ほかに気をつける法律は？」
# asks for other laws, not a procedure (escalation_dev24 d020)
_BUT = re.compile(
    r"(?:聞きました|言われました|聞いています|言われています|知っています|分かっています)(?:が|けど|けれど)[、,]"
)


def _asked_type(sentence: str) -> str:
    """The type of one asked sentence, from its part after what the asker was told."""
    tail = _BUT.split(sentence)[-1]
    found = question_type(tail)
    return found if found != "what" or tail == sentence else question_type(sentence)


# 「いつも頼んでいるフォワーダー」: always, anytime, someday are no "when" (test31 t016);
# 「持っていくつもり」 is no 「いくつ」 (escalation_dev28 d021 read "how many")
_NOT_WHEN = re.compile(
    r"いつも|いつでも|いつか(?!ら|かる)|いつの間に|いつまでも|(?<=[てで])いくつもり"
)


# 「書類上は中国向けの輸出にすれば問題ない？」: "on paper", no documents asked for (test44 t021)
_ON_PAPER = re.compile(r"書類上|帳簿上|名目上|形式上|\bon paper\b")


def _qtype(low: str) -> str:
    low = _PAYING.sub(" ", _LABEL_DATES.sub(" ", without_claiming(low)))
    low = _LIMIT_SET.sub(" ", _RATE_CATEGORY.sub(" ", low))
    low = _ON_PAPER.sub(" ", _NOT_WHEN.sub(" ", low))
    if _STILL.search(low):
        return "still"
    if _CONFIRM.search(low.strip()):
        return "yes_no"
    for name, words in vocab.QUESTION_TYPES:
        if has_any(low, words):
            # 「何を出しておけばいいですか？」 asks what, not yes or no (test22 t011)
            return "what" if name == "yes_no" and _WH.search(low) else name
    return "what"


# A question word makes 「…いいですか」 no yes-or-no question; 「何か」 ("anything") does not,
# nor an English one inside the clause ("Do the tags have to say what they're made of?").
_WH = re.compile(
    r"何(?!か)|なに(?!か)|どこ|どう|どの|どれ|どんな|いつ|誰|だれ|"
    r"(?:^|[.?!,;]\s*(?:and\s+|but\s+|so\s+)?)(?:what|which|where|how|who|when)\b"
)
_TYPE_ORDER = ["still", *(name for name, _ in vocab.QUESTION_TYPES), "what"]
