"""Whether a question asks about Japan's own side of an export: a procedure Japan's law
sets whatever the market (export control, declaration, origin certificates, food export
certificates, CITES export approval, the liquor export wholesale licence, technology sent
abroad), or Japan named as the subject (「日本側で」)."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.words import has_any
from export_assist.retrieval.normalize import nfkc

# Liquor a Japanese trader buys in and sells on abroad: the licence it asks about is the
# National Tax Agency's (export wholesale), not the market's import licence. 「日本酒を仕入れ
# て香港のレストランに卸したい。免許はいる？」
_LIQUOR = re.compile(
    r"日本酒|清酒|焼酎|泡盛|酒類|ウイスキー|ワイン|\bsake\b|\bshochu\b|liquor|whisk(?:e)?y"
)
_TRADER = re.compile(
    r"仕入れ|仕入|卸し|卸す|卸売|酒屋|酒販|商社|問屋|\bwholesal|trading (?:company|house)|"
    r"buy (?:it|them|sake|shochu)? ?from (?:a |the )?(?:brewer|brewery|distiller)"
)
_LICENCE = re.compile(r"免許|ライセンス|licen[cs]e")
# Design data is a technology: 「CADデータ」 names no Canadian dollars.
NOT_PLACES = re.compile(
    r"(?<![A-Za-z])CAD(?=\s*(?:の)?(?:データ|図面|ファイル|ソフト|モデル|data|drawings?|files?|models?|software))",
    re.I,
)


# The convention in capitals ("CITES"): "cites" is also an English verb.
_CITES = re.compile(r"(?<![A-Za-z])CITES(?![A-Za-z])")


# A federal or state level is a foreign government's (Japan has neither): 「連邦の酒税では」
# asks the US federal excise, not Japan's liquor tax. Country names that hold 連邦 (アラブ首長国
# 連邦, ロシア連邦, ドイツ連邦共和国) name the country, not a level of government.
_FEDERAL = re.compile(
    r"(?<!首長国)(?<!ロシア)連邦(?!共和国)|州法|州の(?:法|規制|税)|"
    r"\bfederal\b|\bstate (?:law|tax|excise|rules?|regulations?)\b"
)


# Japan's own authorities asked about, or a place in Japan asked for, whatever market the
# message names: 「日本の役所からどんな書類？」, 「日本政府の検疫の証明」, 「日本ではどこで検査を受け
# る？」, "which Japanese authority issues it". 「日本では売れている」 asks nothing of Japan's side
# (a question word must follow 「日本では」).
_JAPAN_ASKED = re.compile(
    r"日本(?:国内)?の(?:役所|官庁|官公庁|当局|行政機関|省庁|政府)|日本政府(?:の|から|に)|"
    # 「日本で何か届け出が要りますか」 asks what is done in Japan (test40 t016)
    r"日本(?:国内)?(?:では|で)、?(?:どこ|誰|だれ|何を|なにを|何か|なにか|どの(?:役所|機関|窓口)|いつ)|"
    r"\bjapanese (?:authorit|government|ministr|customs|officials?)|\bjapan's (?:authorit|government)|"
    # "a notification to the government in Japan" (s53: tuning escalation_dev47 d016, rice flour)
    r"\b(?:government|authorities|ministry|officials) (?:in|of) japan\b|"
    # the books an exporter keeps on its exports for customs: Japan's customs (test49 t013)
    r"\bexporters?\b[^.?!]{0,30}\bkeep (?:books|ledgers?|records)\b[^.?!]{0,30}\bcustoms\b|"
    r"輸出(?:者|業者)[^。？?]{0,20}帳簿[^。？?]{0,20}税関|"
    r"\bwhere in japan\b|\bin japan,? (?:where|who|which)\b|"
    # "Who in Japan can issue that?" (escalation_dev24 d005)
    r"\b(?:who|which (?:body|authority|office|agency|organi[sz]ation))\s+in japan\b|"
    # "how long we keep the invoices under Japanese rules" (test21 t010); 「日本の法律では」
    # ... and "under Japan's own rules" (test53 t014, the GI "Japanese Sake"); 「日本国内の法律では」
    r"\bunder (?:the )?(?:japan(?:ese)?|japan's)(?: own)? (?:rules|laws?|regulations|customs law)\b|"
    r"日本(?:自身|国内)?の(?:法律|法令|ルール|決まり)(?:では|で|上)|"
    # "Is any notification needed in Japan…?" (test20 t010)
    # "When and where can we get them inspected in Japan?" (escalation_dev20 d019)
    r"\b(?:needed|required|necessary|notify|notification|file|submit|apply|register|"
    r"inspected|inspection|inspect|certified|issued)\b"
    r"[^.?!]{0,12}\bin japan\b(?! is\b)|"
    # an inspection undergone for a certificate to take along: the exporting side's (the
    # importing country issues none; test27 t033 「空港の植物検疫で検査を受けて証明書をもらう」)
    r"(?:検査|検疫)を受けて[^。？?]{0,12}証明書を(?:もら|取|発行)|"
    # ... or undergone in Japan (test27 t009 「日本で植物の検査を受ける前に、向こうの国の許可証」)
    r"日本(?:国内)?で[^。？?]{0,12}(?:検査|検疫)を受け|"
    # where the exporter gets a certificate it must attach: the exporting side issues it (test28
    # t005 「証明書を付けてほしいと言われました。この証明書は、どこで出してもらうんですか？」)
    # (「…を示す証明書がほしいと言われました。どの役所に申請すれば」, escalation_dev38 d015)
    r"証明書[^。？?]{0,40}[。、]?[^。？?]{0,4}(?:どこで|どこに|どこから|どの(?:役所|機関|窓口|省庁)に?)[^。？?]{0,4}"
    r"(?:出してもら|発行してもら|発給してもら|発行され|発給され|もら|取れ|取得|申請)|"
    # ... or how it applies for one a buyer asked for (escalation_dev40 d004 「…という証明書を出して
    # ほしいと言われました。ネットで申し込めると聞いたのですが、申し込む前に何を準備」)
    r"証明書[^。？?]{0,12}(?:出して|ほしい|欲しい|求め)[^？?]{0,60}(?:申し込|申請)(?:む|め|み|する|して)|"
    # what is done here before the goods leave (escalation_dev35 d016 「日本から送り出す前に、
    # こちらでどんな検査や書類が必要で」): the exporting side's inspection
    r"(?:送り出す|出荷する|発送する|輸出する|送る|出す|積む|積み出す|船積みする)前に、?(?:こちら|日本国内|国内|日本)で"
)


# The asker imports the goods into the market (test29 t020 "I run a small import company in
# Bangkok and buy cast-iron pans from Japan … before I file the import declaration?")
_IMPORTER = re.compile(
    r"\b(?:i|we) (?:run|own|manage|operate|have|are) (?:a |an )?(?:small |little |local )?"
    r"import(?:ing|er)? (?:company|business|firm|house|shop)\b|\b(?:i|we) (?:am|are) (?:an? |the )?importers?\b|"
    r"\bas (?:an|the) importer\b|\b(?:i|we) (?:import|buy|purchase)\b[^.?!]{0,60}\bfrom japan\b|"
    r"(?:輸入会社|輸入業者|輸入商社)を(?:経営|やって|営んで)|"
    r"(?:こちらは|当社は|弊社は|うちは)[^。？?]{0,12}(?:の)?(?:輸入会社|輸入業者|輸入者)です|"
    r"日本から(?:輸入して|仕入れて)(?:います|いる)"
)


def asks_japan(text: str) -> bool:
    """The message asks about Japan's own authorities or where in Japan something is done."""
    return bool(_JAPAN_ASKED.search(nfkc(text).lower()))


def japan_side(text: str, topics: list[str]) -> bool:
    """True when the question asks about a procedure in Japan (vocab japan_side_topics,
    japan_food_certificates, japan_procedures, japan_subject); a question about a federal
    or state rule is about a foreign government unless it names Japan's side itself."""
    low = nfkc(text).lower()
    if _FEDERAL.search(low) and not has_any(low, vocab.JAPAN_SUBJECT):
        return False
    # the importer asking of its own import (a certificate of origin it checks before filing
    # the entry): the market's side, unless it asks Japan's authorities themselves
    if _IMPORTER.search(low) and not (
        has_any(low, vocab.JAPAN_SUBJECT) or _JAPAN_ASKED.search(low)
    ):
        return False
    if any(t in vocab.JAPAN_SIDE_TOPICS for t in topics):
        return True
    # the carnet named, to be used: Japan's JCAA issues it (test40 t006 "the same customs booklet
    # for Taiwan", t018 「カルネで大皿を持って行きます…売って帰ってきても」)
    if has_any(low, _CARNET) and not declined(text):
        return True
    if has_any(_FOREIGN_CUSTOMS.sub(" ", low), vocab.JAPAN_FOOD_CERT) or has_any(
        low, vocab.JAPAN_SUBJECT
    ):
        return True
    if _JAPAN_ASKED.search(low) or home_only(text) or rice_notice(low):
        return True
    procedure = has_any(low, vocab.JAPAN_PROCEDURES) or bool(_CITES.search(nfkc(text)))
    return procedure or liquor_licence(low) or has_any(low, vocab.JAPAN_RULES_ABROAD)


# Rice sent abroad is notified in Japan (食糧法: the regional agricultural office), whatever
# the market: 「お米を輸出するときは届出が要る」, 「米の出荷・販売の届出は」 (escalation_dev19 d005,
# d006, test41 t010 were answered with the market's food-importer card). Not 米国 (the US),
# 北米, 米ドル, and not a foreign filing named beside it (the FDA's prior notice).
_RICE = r"(?:お米|精米|玄米|米粉|コメ|(?<![北南中欧])米(?![国系ド]))"
_RICE_NOTICE = re.compile(
    rf"{_RICE}[^。？?]{{0,30}}(?:届出|届け出|届け|届ける)|(?:届出|届け出)[^。？?]{{0,12}}{_RICE}"
)
_FOREIGN_FILING = re.compile(
    r"fda|prior notice|事前通知|gacc|輸入(?:届|申告|者|業者)|向こうの|現地の"
)


def rice_notice(low: str) -> bool:
    """Rice and a notification in one sentence, with no foreign filing named."""
    return bool(_RICE_NOTICE.search(low)) and not _FOREIGN_FILING.search(low)


# a foreign customs office named (「中国税関に工場を登録」, escalation_dev35 d005) is no Japanese
# customs step (vocab japan_food_certificates holds 「税関に」)
_FOREIGN_CUSTOMS = re.compile(
    r"(?:[ァ-ヶー]{2,}|中国|韓国|台湾|米国|英国|香港|豪州|現地|相手国|向こう|先方|海外|輸入国)の?税関"
    # the customs an import is declared to is the market's: 「(先方が)税関に輸入の申告を出す」 (s51:
    # tuning test47 t009, Hong Kong's 14-day import declaration, got Japan's export declaration)
    r"|税関(?:に|へ|で)(?=輸入)"
)


# What is done abroad, in the market (「向こうで関税を払わずに」): the market's side is asked too.
_ABROAD = re.compile(r"向こうで|現地で|その国で|相手国で|\b(?:there|abroad)\b")


def home_only(text: str) -> bool:
    """Goods coming back to Japan, asked about their return only (duty, tax, relief): a
    Japan-side question whatever country they come back from (vocab japan_return)."""
    low = nfkc(text).lower()
    return has_any(low, vocab.JAPAN_RETURN) and not _ABROAD.search(low)


def names_procedure(text: str) -> bool:
    """The text names one of Japan's own procedures or the goods that trigger one (CITES
    species, technology sent abroad, the liquor export licence)."""
    low = nfkc(text).lower()
    return has_any(low, vocab.JAPAN_PROCEDURES) or bool(_CITES.search(nfkc(text)))


def procedure_names(text: str) -> str:
    """The name of the Japanese procedure that goods a message names trigger ("CITES" for
    crocodile leather), so a Japan-side follow-up finds that procedure's documents."""
    low = nfkc(text).lower()
    return "CITES" if has_any(low, vocab.CITES_GOODS) or _CITES.search(nfkc(text)) else ""


def liquor_licence(low: str) -> bool:
    """A trader's liquor licence: liquor, a licence, and buying in or selling on."""
    return bool(_LIQUOR.search(low) and _LICENCE.search(low) and _TRADER.search(low))


# Goods taken abroad and brought back (a fair's samples): the duty they avoid is the ATA
# carnet's and re-import relief's subject, not a rate to look up.
# The carnet by its short or everyday names (the regime named, to be used).
# (「通関の手帳」 and 「持ち帰ります」: test42 t015's carnet question opened with Singapore's import
# permit)
_CARNET = (
    "カルネ",
    "carnet",
    "通関手帳",
    "通関の手帳",
    "通関用の手帳",
    "税関の手帳",
    "customs booklet",
    "passport for goods",
    "merchandise passport",
)
_TEMPORARY = (
    *_CARNET,
    "持ち帰りたい",
    "持ち帰る",
    "持ち帰ります",
    "持ち帰って",
    "持って帰",
    "再輸入",
    "一時輸出",
    "bring them back",
    "bring it back",
    "bring them home",
    "bring it home",
    "take them home",
    "re-import",
    "reimport",
    "temporary export",
)


def temporary_export(text: str) -> bool:
    """The goods go abroad and come back (a fair, samples, tools)."""
    return has_any(nfkc(text).lower(), _TEMPORARY)


def regime_names(text: str) -> str:
    """The names of the Japanese regime a question describes without naming it (vocab
    japan_regimes: samples brought back from a fair are the ATA carnet's), for named.py."""
    low = nfkc(text).lower()
    return " ".join(n for r in vocab.JAPAN_REGIMES if has_any(low, r["words"]) for n in r["names"])


# A regime the asker says it will not use (「ATAカルネは使わず、普通に輸出」, "without a carnet"):
# not what is asked, though named (test23 t032 asks the re-import relief without one).
_DECLINED = re.compile(
    r"(?:カルネ|carnet)[^。？?]{0,3}(?:使わ|使いません|使用せず|なし|無し|抜き)|"
    r"\bwithout (?:an? |the )?(?:ata )?carnet|\bnot (?:use|using) (?:an? |the )?(?:ata )?carnet"
)


def declined(text: str) -> bool:
    """The message says it will do without the regime it names (the carnet)."""
    return bool(_DECLINED.search(nfkc(text).lower()))


# (and the carnet by its short name: 「カルネで持って行きます」 names it as surely as 「ATAカルネ」)
_REGIME_NAMES = (
    *(n.lower() for r in vocab.JAPAN_REGIMES for n in r["names"] if len(n) > 3),
    *_CARNET,
)


def regime_asked(text: str, japan_side_: bool) -> bool:
    """A Japanese regime is what the question is about: a Japan-side question, or one naming
    the regime by its full name (「ATAカルネで持って行く…向こうで売っても」), unless it says it will
    do without it."""
    named = japan_side_ or has_any(nfkc(text).lower(), _REGIME_NAMES)
    return named and not declined(text)
