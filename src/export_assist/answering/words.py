"""Whether a lower-cased text says one of some words: English words whole, Japanese ones
as substrings (Japanese has no spaces)."""

from __future__ import annotations

import re
from functools import lru_cache

from export_assist.answering import vocab
from export_assist.answering.asking import asked_sentences
from export_assist.answering.years import future_years
from export_assist.retrieval.normalize import nfkc


@lru_cache(maxsize=2048)
def word_pattern(word: str) -> re.Pattern[str]:
    """The pattern of one word: English whole ("prepare" must not say "epa"), with its
    plural; Japanese by substring."""
    if word.isascii() and word.strip()[:1].isalnum():
        return re.compile(rf"(?<![a-z0-9]){re.escape(word.strip())}(?:s|es)?(?![a-z0-9])")
    return re.compile(re.escape(word))


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """True when any of the words occurs in the lower-cased text (see word_pattern)."""
    return any(word_pattern(w).search(low) for w in words)


# How long papers are kept (「インボイスは何年保存？」, "how long we have to keep the invoices"):
# a record-keeping rule, not papers to draft (test21 t010 got the document form)
KEEPS_PAPERS = re.compile(
    r"\b(?:keep|retain|store|archive)\b[^.?]{0,40}\b(?:invoices?|records?|documents?|"
    r"packing lists?|permits?|papers?)\b|\b(?:record[- ]?keeping|retention period)\b|"
    r"(?:書類|帳簿|インボイス|許可書|記録)[^。?？]{0,20}(?:保存|保管)|何年(?:間)?(?:保存|保管)"
)


def asked_topics(text: str) -> list[str]:
    """The corpus topics a question's words point to; a word that is also everyday English
    ("reach") points to its topic only when written as the acronym ("REACH", 「REACH規則」)."""
    said = nfkc(text)
    low = said.lower()
    found = [
        topic
        for topic, words in vocab.TOPIC_WORDS.items()
        if any(_says(said, low, w) for w in words)
    ]
    if KEEPS_PAPERS.search(low) and "record_keeping" not in found:
        found.append("record_keeping")  # "keep the export invoices" (no topic phrase)
    if _posted_customs(low) and "export_declaration" not in found:
        found.append("export_declaration")  # 「EMSで…税関の手続きとして何が必要」: Japan's post
    if "record_keeping" in found:  # how long invoices are kept asks no invoice's contents
        found = [t for t in found if t != "trade_documents"]
    if "tariff" in found and _only_obligations(said, low):
        found.remove("tariff")  # "packaging duties" are obligations, not customs duty
    if "registration" in found and not any(
        _says(said, _REGISTERED_INPUT.sub(" ", low), w) for w in vocab.TOPIC_WORDS["registration"]
    ):
        found.remove("registration")  # pesticides registered in Japan: their residues are asked
    return found


# What the grower used was registered (「農薬は日本で登録されたものを」): no registration asked
# (test41 t039 was answered with Taiwan's import measures, not its residue standard)
_REGISTERED_INPUT = re.compile(
    r"農薬[^。？?]{0,15}(?:登録|届出)|(?:登録|届出)[^。？?]{0,6}農薬|"
    r"registered (?:pesticides?|agrochemicals?)|pesticides?[^.?!]{0,20}\bregistered\b"
)


# a duty one has to do (test37 t010 "have any packaging duties in Germany?" got tariff text)
_OBLIGED = re.compile(
    r"\b(?:packaging|labell?ing|registration|reporting|recycling|take-back|legal|producer|"
    r"compliance|record-keeping|notification|safety) (?:duty|duties)\b"
    # ... and "a duty to report", "the duties of the importer", "duty of care" (test53 t031
    # "the general consumer product safety duties" read as customs duty)
    r"|\bduty (?:to|of care)\b|\bduties (?:of|under) (?:the |an? )?(?:importers?|manufacturers?|"
    r"sellers?|distributors?|act|law|regulations?)\b"
)
_DUTY = re.compile(r"\bdut(?:y|ies)\b")


def _only_obligations(said: str, low: str) -> bool:
    """Every tariff word the text says is a duty one has to do."""
    others = [w for w in vocab.TOPIC_WORDS["tariff"] if w not in ("duty", "duties")]
    return not _DUTY.search(_OBLIGED.sub(" ", low)) and not any(_says(said, low, w) for w in others)


# Goods sent by post whose customs step is asked (「米国の個人のお客様に、EMSで扇子…を送ります。
# 税関の手続きとして何が必要」, test34 t021 got the US import checklist): the sender's customs
# step is Japan's postal export (the customs declaration label, or the export declaration over
# 200,000 yen); duties, an import or the destination's own customs ask the other side
_POSTED = re.compile(
    r"(?<![a-z])ems(?![a-z])|国際郵便|国際小包|郵便で|小包で|ゆうパック|\bby (?:post|airmail)\b|"
    r"\bpostal\b|\binternational mail\b|\bparcel post\b"
)
_CUSTOMS_STEP = re.compile(r"税関|通関|\bcustoms\b")
_IMPORT_SIDE = re.compile(
    r"輸入|関税|免税|課税|現地の税関|相手国の税関|到着|受け取|\bimport|\bduty\b|\bduties\b|\bde minimis\b|"
    r"\b(?:their|the (?:us|u\.s\.|uk|eu|destination|local)|u\.s\.|us|uk) customs\b"
)


def _posted_customs(low: str) -> bool:
    return bool(_POSTED.search(low) and _CUSTOMS_STEP.search(low) and not _IMPORT_SIDE.search(low))


def _says(said: str, low: str, word: str) -> bool:
    if word in vocab.ACRONYMS_ONLY:
        return bool(re.search(rf"(?<![A-Za-z0-9]){re.escape(word.upper())}(?![A-Za-z0-9])", said))
    return bool(word_pattern(word).search(low))


def dated_rate(low: str) -> bool:
    """A duty or tax rate asked for a year after this one: a forecast, whatever a source
    says of that year for something else (「2028年のEUの緑茶の関税は？」)."""
    return bool(future_years(low)) and has_any(low, vocab.DATED_RATES)


# 「値段は30万円くらい」 states a value (a customs threshold may turn on it); it asks no price
_STATED_PRICE = re.compile(r"(?:値段|価格|売値)(?:は|が)?(?:約|およそ|大体)?\s*[\d０-９]")
# 「2,500豪ドル分の注文」, "AUD 2,500" state an amount in a currency: no exchange-rate question
_STATED_AMOUNT = re.compile(
    r"[\d０-９][\d０-９,，.]*\s*(?:万|千|百)?\s*(?:豪ドル|オーストラリアドル|米ドル|ユーロ|ドル)"
    r"|(?<![a-z])(?:aud|usd|eur|a\$)\s*[\d０-９]"
)


# A list named, not a list asked for: 「パッキングリスト」, 「外国ユーザーリスト」, REACH's
# candidate list (「候補リストに載っている物質」, "the Candidate List of SVHC"), and a control
# list (「リスト規制に当たらない」, 「規制リストに載っている」: test14 t009 got buyers for its 取引先)
# "where do we find out what Vietnam requires" asks a rule: nobody is to be found (test18).
# A list pointed back to (「外国ユーザーリストを確認しています。このリストは…」) is the one named
# (test32 t016 got buyers for its 取引先).
FIND_OUT = re.compile(r"\bf(?:ind|ound|inding) out\b")
NAMED_LIST = re.compile(
    r"[ァ-ヶー]+リスト|候補リスト(?=\s*(?:に載|に掲載|に入|の(?:化学)?物質|物質|掲載))"
    r"|(?:規制|管理|禁止|制裁|対象|該当|品目)リスト|リスト(?=規制|品目|該当|対象品|掲載|に(?:載|掲載|該当))"
    r"|(?:この|その|同じ|あの)リスト"
    r"|candidate list(?= of substances| of svhc|\s*\(svhc\))"
    # a list to check a party against is no list of buyers asked for: 「取引先を出荷前に確認したい。
    # 経済産業省が公表しているどのリストを確認すれば？」 (the session 43 user trial got a shortlist)
    r"|(?:どの|どんな|何の|なんの)リスト|リストを(?:確認|見|チェック|照合|調べ|参照)"
    r"|\b(?:which|what) lists?\b|\bcheck (?:the |which |what |a |any )?lists?\b"
)

# A candidate already found, said of: 「代理店候補の親会社が…リストに載っている」 asks a rule of a
# party the exporter has (escalation_dev38 d012 got a shortlist), not for candidates.
FOUND_PARTY = re.compile(
    r"候補(?:先|企業|会社)?(?:の(?:親会社|子会社|関連会社|グループ会社|株主|社長|代表者?|経営者|所在地)"
    # (「候補が欲しい」 still asks for candidates: only a candidate said to be on a list)
    r"|が(?=[^。？?]{0,15}(?:に載|に掲載|に該当|リスト))|と(?:の)?(?:取引|契約))"
)
# The exporter saying what it makes (「鉄瓶を作っています」, "We make cast-iron pans"): no
# document asked to be made (test40 t017 "We make… Can we do the same for Indonesia?" got the
# invoice form for an origin question).
OWN_MAKING = re.compile(
    r"作って(?:い(?!ただ)|お(?:り|る)|る)"
    r"|\b(?:we|i)\s+(?:also\s+|mainly\s+|only\s+)?(?:make|manufacture|produce)\b"
)


# 「税金の請求書を電子で発行して国税庁に送らないといけない」 is Korea's electronic tax invoice
# (s52: tuning test48 t024 got the invoice form): a tax matter, no trade document to draft
TAX_INVOICE = re.compile(
    r"税金の請求書|(?:電子)?税(?:金)?計算書|電子インボイスの義務|電子請求書の義務"
    r"|\b(?:e-)?tax invoices?\b|electronic tax invoices?|e-invoic(?:e|ing) mandate"
)


# A body named by its name asks nothing of what its name says: the ATA carnet's issuer is the
# Japan Commercial Arbitration Association (日本商事仲裁協会), no dispute (test26 t031)
_BODY_NAMES = re.compile(
    r"日本商事仲裁協会|(?:japan )?commercial arbitration association|(?<![a-z])jcaa(?![a-z])"
)


def stated_values(low: str) -> str:
    """The text without the prices and amounts it states (an amount asks for no advice) and
    the names of bodies (an association's name asks for none either)."""
    return _BODY_NAMES.sub(" ", _STATED_AMOUNT.sub(" ", _STATED_PRICE.sub(" ", low)))


def advice_said(low: str) -> str:
    """The text advice words are looked for in: no stated values, no body names, no sale a
    rule allows (「それでも売れますか？」 asks no forecast), no container deposit."""
    return _DEPOSIT.sub(" ", _STILL_SOLD.sub(" ", stated_values(low)))


# a deposit paid back on the empties is the deposit scheme, no consumer's refund (s52: tuning
# escalation_dev46 d023 「缶の飲み物に返金される預かり金を上乗せする仕組み」 was handed off as
# consumer sales)
_DEPOSIT = re.compile(
    r"返金(?:される|してもらえる|が受けられる)?(?:預かり金|デポジット)|(?:預かり金|デポジット)[^。?？]{0,12}返金"
    r"|refundable deposits?|deposits? (?:is |are )?refunded|deposit refunds?"
)


def asks_advice(low: str) -> bool:
    """Advice no regulation text gives (vocab advice groups), or a forecast rate."""
    said = advice_said(low)
    return has_any(said, vocab.ADVICE) or soft_advice(said) or dated_rate(low)


# 「新しい規制が出た。まだ売れますか？」 asks whether a rule still allows the sale, not a
# forecast (escalation_dev17 d029); so does a sale on a condition, 「PSEマークが付いていれば、
# オーストラリアでもそのまま売れますか？」 (test24 t042), and a sale despite a fact just told,
# 「差し込み口は独自の形です。それでもEUで売れますか？」 (test26 t004).
_STILL_SOLD = re.compile(
    r"(?:まだ|このまま|そのまま|引き続き|今後も|今まで通り|今までどおり)で?(?:販売でき|売れ)"
    r"|(?:ていれば|てあれば|があれば|さえあれば|だけで|それでも)[^。?？]{0,24}(?:販売でき|売れ)"
    # ... and one as it is now (「このラベルのまま売れますか？」, s48 trial: handed off as a forecast)
    r"|のままで?[^。?？]{0,12}(?:販売でき|売れ)"
    # ... and one under a label or name (「「organic」と表示して売れますか？」, test53 t033: a
    # labelling rule, handed off as a forecast)
    r"|(?:と表示して|と表示すれば|と書いて|と書けば|と名乗って|と称して|として表示して)[^。?？]{0,12}(?:販売でき|売れ)"
)


def soft_advice(low: str) -> bool:
    """A word that names a question's setting as often as a request (「来年」, 「契約書」,
    「雇う」): advice only in the sentences that ask, and only where the question asks no
    rule (「対象になる？」, 「いつまで」); 「来年の春に見本市へ持って行きます。カルネは何か月
    使えますか？」 plans next spring and asks the carnet's validity (test17)."""
    asked = " ".join(asked_sentences(low))
    if has_any(low, vocab.ADVICE_RULE_ASKS):
        return False
    # 「独占販売契約を結びたい。注意点は？」: the setting said first, then a bare request for tips
    # (an agreement only: 「来年から輸出します。注意点は？」 asks the rules, not a forecast)
    agreement = tuple(vocab.ADVICE_GROUPS["contracts"].get("soft") or ())
    return has_any(asked, vocab.ADVICE_SOFT) or (
        has_any(low, agreement) and bool(_CAUTION.search(asked))
    )


_CAUTION = re.compile(
    r"注意点|気をつけ|気を付け|留意点|アドバイス|\btips\b|watch out|look out for|be careful|pitfalls"
)
