"""What a message asks for (the intent of question understanding): a document, buyers, an
HS code, a checklist, a greeting, or else a regulation question."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.words import (
    FIND_OUT,
    FOUND_PARTY,
    KEEPS_PAPERS,
    NAMED_LIST,
    OWN_MAKING,
    TAX_INVOICE,
    has_any,
    stated_values,
    word_pattern,
)

# Issuing a document is asking for it: 「プロフォーマインボイスを出したい」 (s9 trial V28), "we need
# to send a proforma invoice"; 「インボイスを出す必要がある？」 asks a rule, not for the form.
# (not one issued long ago: 「請求書を出してから2年近くたっても払われていません」 asks whether the
# debt can still be claimed, s53: tuning test49 t025 got the invoice form)
_ISSUE = re.compile(
    r"(?:インボイス|パッキングリスト|送り状|請求書)を"
    r"(?:出したい|出して(?!から|い(?!ただ)|お(?!願)|あ)|発行したい|送りたい|作成したい)|"
    r"(?:issue|send|draw up|write) (?:a |an |the |our )?(?:pro ?-?forma|commercial invoice|packing list)"
)


# "Show me importers of miso in Singapore" (s10 trial W8) asks for buyers in other words.
_SHOW_BUYERS = re.compile(
    r"\b(?:show|list|give|name)(?: me| us)? (?:the |some |a few |possible )?"
    r"(?:importers|buyers|distributors|wholesalers)\b"
)


# ... and in Japanese, candidates for where the goods are to be pitched: 「マグカップをシンガポール
# の雑貨店に売り込みたいので、候補を教えてください」 (the s46 user trial got Singapore's import rules)
_PITCH_CANDIDATES = re.compile(r"売り込(?:み先|む先|みたい|める)[^。？?]{0,30}候補")


# Asking which documents a rule needs is a question, not a request for the form:
# 「関税を安くするには何の書類を用意すればいい？」 (test8 t008), "which documents do we need?"
_WHICH_DOCUMENTS = re.compile(
    r"(?:何の|なんの|どの|どんな|どういう|どういった|必要な)書類|書類(?:は|が)(?:何|なに|必要)|"
    # 「書類は？こちらで用意しないといけないものはありますか？」 (escalation_dev18 d001)
    r"書類は\s*[?？]|用意(?:しないと|しなければ|する必要|すべき|しておく)[^。?？]{0,8}(?:もの|書類)|"
    # whether papers are needed at all (「出荷のたびに何か書類が要りますか？」, escalation_dev43
    # d009 got the invoice form)
    r"書類(?:は|が|って|も)?(?:要り|要る|いり|いる|要ります|いります)|"
    # ... or whether none is ("書類を用意しなくても大丈夫ですか", escalation_dev44 d006 got the form)
    r"書類(?:を|は|も)?(?:用意|準備|作成|提出)?(?:しなくても|しなくて|せずに|なしで|不要|いらな|要らな)|"
    r"\b(?:what|which) (?:documents|paperwork)\b|\bwhat (?:do|must|should) (?:we|i) prepare\b|"
    r"\b(?:need|needs|require|requires|required) any (?:documents|paperwork|papers)\b|"
    r"\bany (?:documents|paperwork|papers) (?:needed|required)\b"
)


# Asking for an origin statement to be made (s11 trial X15/X24: 「原産地申告書を作成してください」
# got the EPA rules): the request forms only, never 「誰が作成するの？」 or 「作成できますか」.
_ORIGIN_STATEMENT = re.compile(
    r"(?:原産地(?:の|に関する)?申告(?:書|文)?|申告文|原産地宣誓文?)(?:を|の|も)?\s*(?:作成|用意|下書き)?"
    r"(?:して(?:ください|ほしい|もらえ|下さい)|をお願い|お願い|したい|を?作って|作りたい)|"
    r"\b(?:draft|prepare|make|create|write|generate)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|our\s+)?"
    r"(?:origin statement|statement on origin|origin declaration)"
)


# A document already written or being written (「書いています」, 「作成済み」, "we already
# prepare"): a statement of practice, not a request to make one.
_DONE = re.compile(
    r"(?:作成して|作って|書いて|用意して|発行して)(?:い|お|あ|き)(?:る|ます|た|まし|り)"
    r"|(?:作成|用意|発行)(?:済|した|しました)"
    # what the exporter would write on a form, asked whether it passes (「品名は…と書いておけば
    # 通りますか？」 asks a rule of a CITES application, test26 t034)
    r"|(?:作成して|作って|書いて|用意して)おけば|書けば|書いたら|書いても(?!ら[えいう])"
    # a word written on the goods to sell them (「『オーガニック』と書いて売りたい」): a label, no paper
    r"|と書いて(?:売|販売|表示|出し|出荷)"
    # ... or how it would be made, asked whether that passes (「証明書の書類は日本語で作って出せば
    # いいんですよね？」 asks the certificate's language, test27 t011)
    r"|(?:作成して|作って|書いて)(?:出せば|出しても|提出すれば|提出しても|送れば|送っても)"
    # (「作ってもらえますか」 asks us to make it: no practice)
    r"|作れば|作っても(?!ら[えいう])|作成すれば|作成しても(?!ら[えいう])"
    # ... or whether the exporter may (「うちで自分で原産地の書類を書いて出すことはできますか？」
    # asks self-certification, escalation_dev42 d004 got the invoice form)
    r"|(?:作成して|作って|書いて)(?:出す|提出する|送る|使う)(?:こと|の)(?:は|が|も)?"
    r"(?:でき|可能|大丈夫|問題)"
    r"|\b(?:already|always|usually) (?:draft|prepare|make|create|generate|write|issue)\b"
    # ... or the goods it makes ("We make cast-iron frying pans", test40 t017)
    rf"|{OWN_MAKING.pattern}"
)


_QUESTION = re.compile(
    # 「…自分で原産地申告書を作って送ればよいのですか。」 asks whether (escalation_dev36 d004)
    r"[?？]|誰|どう|どの|いつ|必要|できます|できる|(?:ば|たら)(?:よい|いい|良い)|のですか|"
    r"\b(?:who|how|which|what|when|whether|must|should|can|do|does|is|are)\b"
)


def _origin_statement(low: str) -> bool:
    """A request to make an origin statement, not a question about one (「誰が作成？」,
    "Who must prepare the origin statement?"); 「作成してもらえますか？」 still asks for it."""
    m = _ORIGIN_STATEMENT.search(low)
    if not m:
        return False
    polite = any(w in m.group(0) for w in ("もらえ", "ください", "下さい", "お願い")) or bool(
        re.search(r"\b(?:can|could|would) you\b|\bplease\b", low)
    )
    return polite or not _QUESTION.search(low)


def intent_of(low: str, topics: list[str]) -> str:
    """What the message asks for: a tool (documents, buyers, HS, checklist) or a rule."""
    if _ISSUE.search(low) or _origin_statement(low):
        return "documents"
    which = bool(_WHICH_DOCUMENTS.search(low) or KEEPS_PAPERS.search(low))
    if (_SHOW_BUYERS.search(low) or _PITCH_CANDIDATES.search(low)) and not has_any(
        low, vocab.ADVICE
    ):
        return "buyers"
    for intent, (subjects, actions) in vocab.INTENT_WORDS.items():
        if intent == "greeting" and (len(low.strip()) > 30 or "?" in low or "？" in low):
            continue  # thanks followed by a question is that question
        if intent == "hs" and not _asks_hs(low, topics):
            continue
        if intent == "buyers" and not _asks_buyers(low, subjects, actions):
            continue
        if intent == "documents" and (which or _hs_for_paper(low, topics, subjects, actions)):
            continue
        if intent == "documents" and _relayed_paper(low, subjects):
            continue
        if intent == "checklist" and (_practice_then_question(low, subjects) or _NAME.search(low)):
            continue
        # what the exporter already does is no request: 「インボイスには6桁で書いています」 (test18)
        acted = _DONE.sub(" ", low) if intent == "documents" else low
        named = TAX_INVOICE.sub(" ", low) if intent == "documents" else low  # a tax matter
        if has_any(named, subjects) and (not actions or has_any(acted, actions)):
            return intent
    return "regulation"


_SENTENCE = re.compile(r"[^。.!?！？\n]+[。.!?！？]?")

# A paper someone else asked for, named by no form we draft (「『原産地の書類を用意して』と言われ
# ました。どこで何をもらえば？」, 「…という書類を出してほしいと頼まれました」, 「その証明を用意して
# ほしいそうです」): a question on where it comes from, not a request to draft it (test42 t013 and
# t018, test43 t009 got the invoice form)
_RELAYED = re.compile(
    r"(?:と|って)(?:言われ|いわれ|頼まれ|求められ|依頼され|お願いされ)|(?:ほしい|欲しい)(?:と|そう|らしい)|"
    r"\b(?:asked us|wants us|told us|requested us)\b"
)


def _relayed_paper(low: str, subjects: tuple[str, ...]) -> bool:
    """Bare 書類 ("a paper") that a buyer asked for, and no form of ours named."""
    named = [s for s in subjects if s != "書類" and s in low]
    return not named and "書類" in low and bool(_RELAYED.search(low))


def _hs_for_paper(
    low: str, topics: list[str], subjects: tuple[str, ...], actions: tuple[str, ...]
) -> bool:
    """An HS question about what goes on a paper ("We make nail polish… Which HS code goes on
    the invoice?", escalation_dev20 d004): no sentence both names a document and asks for it."""
    if not _asks_hs(low, topics):
        return False
    return not any(
        has_any(s, subjects) and has_any(_DONE.sub(" ", s), actions) for s in _SENTENCE.findall(low)
    )


# What the exporter already does (「香港に殻付き卵を出荷しています。」) is export intent on its
# own; followed by a question of its own (「鳥インフルエンザが出たら、どうなりますか？」,
# escalation_dev18 d006), that question is what is asked.
_PRACTICE = re.compile(r"(?:送|出|卸|輸出|出荷)して(?:います|いる)")
# ... and a wish said after the question is why it is asked: 「ソルドはいつからですか？その時期
# に合わせて出荷したいんです。」 asks the dates (escalation_dev24 d009), no checklist
_WISH = re.compile(r"(?:輸出|出荷)したい")


# The name of one thing asked (「…調べられる公的なデータベースがあると聞きました。何という
# データベースですか？」, s56: tuning test52 t013 got the checklist's question for the kind of goods):
# an export wish beside it is the scene, the name is what is asked
_NAME = re.compile(
    r"(?:何|なん|なに)(?:という|といい|て言う|っていう)[^。？?]{0,12}[？?]|"
    r"\bwhat (?:is|are) (?:it|they|this|that|the \w+) called\b|\bwhat is the name of\b"
)


def _practice_then_question(low: str, subjects: tuple[str, ...]) -> bool:
    """Only a statement of practice, or a wish after the question, names export intent,
    and a question is asked beside it."""
    said = [s for s in subjects if s in low]
    asked = max(low.rfind("?"), low.rfind("？"))
    if not said or asked < 0:
        return False
    return all(_PRACTICE.fullmatch(s) or (_WISH.fullmatch(s) and low.find(s) > asked) for s in said)


# 「教えて」 asks for buyers only when they are what it asks for: 「輸入業者を教えて」, not
# 「輸入業者に卸します。…税金を教えて」 or 「代理店が払ってくれません。…見込みを教えて」.
_TELL = "教えて"
_TELL_ASKS = "(?:教えて|挙げて)"
_TELLS = ("教えて", "挙げて")  # 「輸入業者やお店をいくつか挙げてください」 (qa25-t001)


def _asks_buyers(low: str, subjects: tuple[str, ...], actions: tuple[str, ...]) -> bool:
    """A request for buyers: a buyer word with a search word, or 「<buyer>を教えて」; never a
    dispute or another request about a party already known (advice words)."""
    if has_any(stated_values(low), vocab.ADVICE):
        return False
    # a list named in katakana is no request for a list: 「外国ユーザーリスト」, 「パッキングリスト」
    low = FOUND_PARTY.sub(" ", NAMED_LIST.sub(" ", low))  # nor a candidate already found
    if _known_parties_only(low, subjects):
        return False
    if has_any(_INTRODUCED.sub(" ", low), tuple(a for a in actions if a not in _TELLS)):
        return True
    return any(
        re.search(rf"{re.escape(s)}[^。、.,?？!！]{{0,10}}{_TELL_ASKS}", low)
        and not re.search(rf"{re.escape(s)}(?:に|へ|が|から|と)", low)
        for s in subjects
        if not s.isascii()
    )


# A party the exporter already deals with (「取引先への輸出」, 「代理店から言われた」): a rule question
# about it is no request for buyers (test14 t009). 「紹介された」 tells, it does not ask.
_PARTY_AFTER = r"(?:から|への|より|との|に(?:輸出|出荷|卸|送|販売|納品|納め))"
# 「台湾の通販会社が扱ってくれることになりました」 tells of a buyer found (test20 t026); our goods
# introduced to the public (「当社の時計を紹介してもらう」) are promoted (test56 t019).
_INTRODUCED = re.compile(
    rf"紹介(?:され|して(?:もらっ|いただい|くれ)た|を受け)|{FIND_OUT.pattern}|"
    r"(?:(?:当社|弊社|自社|うち)の[^、。をにはが]{1,12}|商品|製品)を紹介|"
    r"(?:仕入れて|買って|扱って|売って)くれ(?:ることに|ると言|ることが決ま|ています|ている|ていて|るそう|る予定)"
)


def _known_parties_only(low: str, subjects: tuple[str, ...]) -> bool:
    """Every buyer word of the message names a party already dealt with."""
    said = [s for s in subjects if not s.isascii() and s in low]
    if not said:
        return False
    return all(
        re.search(rf"{re.escape(s)}{_PARTY_AFTER}", low)
        and not re.search(rf"{re.escape(s)}(?!{_PARTY_AFTER})", low)
        for s in said
    )


# Topics an HS question is about; any other topic makes a classification word part of
# that topic's question (export control classification, an origin criterion).
_HS_TOPICS = {"classification", "tariff", "customs"}


# A question about the code system itself (its digits, the national number a declaration
# takes: 「申告には何桁の番号を書く？」, "how many digits does the entry need?") is a rule
# question for customs text, not a product to classify.
_CODE_SYSTEM = re.compile(
    r"何桁|桁数|\d+桁(?:の|で|と|じゃ|では|って|まで)|統計品目番号|"
    r"\bhow many digits\b|\bnumber of digits\b|\b\d+-digit (?:code|number)s?\b"
)


# The number itself asked for after its length is named (「インボイスに書く6桁のHSコードは何番に
# なりますか？」, test44 t013): a lookup, unless the length is what is asked (「何桁？」).
# (「6桁のHSコードは何になりますか？」 too, test45 t012 got the HS card and no code)
# (and 「6桁のHSコードは？」 said bare: the s52 user trial got the HS document and no code)
_ASKS_NUMBER = re.compile(
    r"何番|(?:コード|番号)を教えて|どの(?:コード|番号)|(?:コード|番号)(?:は|って)\s*[?？]|"
    r"(?:コード|番号)(?:を|が)(?:知りたい|調べて)|"
    r"(?:コード|番号)(?:は|って)(?:何|なに|なん)(?:に|で|です|だ|か|[?？])"
)
_ASKS_LENGTH = re.compile(r"何桁|桁数|\bhow many digits\b|\bnumber of digits\b")


def asks_code_rule(low: str) -> bool:
    """A question about the code system or about getting and relying on a code (its digits,
    an advance ruling, an oral answer, who decides): a rule question, not a code lookup."""
    if has_any(low, vocab.HS_RULE_ASKS):
        return True
    if not _CODE_SYSTEM.search(low):
        return False
    return bool(_ASKS_LENGTH.search(low)) or not _ASKS_NUMBER.search(low)


def _asks_hs(low: str, topics: list[str]) -> bool:
    """An HS-classification question: an HS word outside an origin rule's name, and a bare
    'classification' only when the question is about nothing else; never a question about
    the code system or a ruling on a code (asks_code_rule)."""
    if asks_code_rule(low):
        return False
    for term in vocab.ORIGIN_RULE_TERMS:
        low = word_pattern(term).sub(" ", low)
    strong = [w for w in vocab.INTENT_WORDS["hs"][0] if w not in vocab.HS_WEAK]
    if has_any(low, tuple(strong)):
        return True
    return has_any(low, vocab.HS_WEAK) and set(topics) <= _HS_TOPICS
