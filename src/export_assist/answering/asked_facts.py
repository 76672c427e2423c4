"""What each question type asks for, as patterns over a sentence: its cue words (CUES: the
topic of a date, an amount, an authority) and the fact itself stated (FACTS: a date for "when",
an amount for "how much", an option for "is there anything we can do?")."""

from __future__ import annotations

import re

CUES: dict[str, re.Pattern[str]] = {
    "when": re.compile(
        r"\d+\s*(日|営業日|週間|か月|ヶ月|カ月|時間|年|days?|weeks?|months?|hours?|years?)|"
        r"まで|以内|以前|前に|毎年|隔年|before|within|prior to|deadline|期限|every|更新|valid",
        re.I,
    ),
    "how_much": re.compile(
        r"\d[\d,.]*\s*(%|％|円|ドル|ユーロ|ウォン|元|usd|eur|gbp|krw|cny)|[$€£¥]\s?\d|"
        r"fee|手数料|税率|rate|duty|関税|費用|free|無税|免除",
        re.I,
    ),
    "who": re.compile(
        # an association issues too (the JCAA's carnets, test27 t031 "who in Japan issues")
        r"省|庁|局|委員会|当局|機関|商工会議所|協会|防疫所|検疫所|fda|cbp|usda|ttb|gacc|mfds|authority|agency|"
        r"association|chamber of commerce|jcaa|付与|発給|交付|grants|issues|"
        r"ministry|commission|importer|輸入者|代理人|agent|通関業者|broker|responsible person|"
        # ... and the officer who does the check (test52 t006: 家畜防疫官 checks the papers)
        r"防疫官|検疫官|検査官|税関職員|\bofficers?\b|\binspectors?\b",
        re.I,
    ),
    "documents": re.compile(
        r"証明書|書類|申告書|告知書|インボイス|送り状|certificate|declaration|invoice|documents?|cn2[23]|"
        r"form|statement|登録番号|registration number",
        re.I,
    ),
}
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
# The fact a question type asks for, stated: a date or period for "when", an amount for
# "how much", a legal reference or a named system for "which". A sentence that carries it
# answers; one that only shares the topic's words does not.
FACTS: dict[str, re.Pattern[str]] = {
    "when": re.compile(
        rf"\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|"
        r"\d{4}年\d{1,2}月|\d+\s*(?:日|営業日|週間|か月|ヶ月|カ月|箇月|年|時間)|"
        r"\d+\s*(?:working |business |calendar )?(?:days?|weeks?|months?|years?|hours?)\b|"
        # "within two days", "for six years" (escalation_dev18 d014)
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|thirty|sixty|ninety)"
        r"\s+(?:working |business |calendar )?(?:days?|weeks?|months?|years?|hours?)\b|"
        r"偶数年|奇数年|毎年|隔年|even-numbered|odd-numbered|annual|biennial|every (?:two|three|\w+) years",
        re.I,
    ),
    "how_much": re.compile(
        r"\d[\d,.]*\s*(?:%|％|円|ドル|ユーロ|ウォン|元|セント|usd|eur|gbp|krw|cny|cents?)|"
        # the other markets' currencies (test56 t026: Malaysia's label check, 1件250リンギット)
        r"\d[\d,.]*\s*(?:リンギット|バーツ|ルピー|ルピア|ペソ|ポンド|ディルハム|ringgit|baht|rupees?|"
        r"rupiah|pesos?|dirhams?|dong|myr|thb|inr|idr|php|vnd|sgd|hkd|twd|aud|cad|aed)(?![a-z])|"
        r"(?:usd|eur|gbp|jpy|us\$|[$€£¥]|\brm|\bsgd|\bmyr|\bthb|\binr|\baud|\bcad|\bhkd|\bnt\$)\s?\d|"
        r"free of charge|no fee|無料|無税|duty[- ]free|"
        # 「手数料は必要ない」: no fee, said in words (test22 t012)
        r"(?:手数料|費用|料金)は?(?:必要|かから|要ら|いら)(?:ない|ず|ありません)",
        re.I,
    ),
    "number": re.compile(r"\d"),
    "law": re.compile(
        r"regulation \((?:eu|ec)\)|directive|\d{2,4}/\d{1,4}|\bcfr\b|\bact\b|article|"
        r"section \d|§|法|規則|指令|条|令|ordinance|\bcap\. ?\d|規格|"
        # a numbered standard: UAE.S GSO 993, ISO 22000, EN 71-3, JIS S 2029
        r"\b(?:iso|iec|en|gso|jis|uae\.s|gb|ks|tis|sni|as/nzs)(?: [a-z])? ?\d",
        re.I,
    ),
}
FACTS["who"] = CUES["who"]
# "is there anything we can do?": the option stated (an application, a change, another route)
# Types whose fact a sentence is preferred for but an answer is never handed off without:
# an authority or an option may be said in many ways (confidence.no_fact)
PREFERRED_ONLY = frozenset({"who", "remedy"})
FACTS["remedy"] = re.compile(
    r"申請|を検討|検討します|切り替え|代わりに|apply for|application|"
    r"(?:may|can) (?:apply|request|ask)|\bconsider|instead|alternatively",
    re.I,
)
# "how often are shipments inspected?": the share or count that is (「100%」, "1 in 20")
FACTS["rate"] = re.compile(
    r"\d[\d,.]*\s*(?:%|％|パーセント|per ?cent)|\d+\s*(?:件|回|ロット)に\s*1|"
    r"\b\d+ (?:in|of every) \d+\b|全量|全件|every (?:consignment|shipment|lot)|all consignments|"
    # how often a visit or a check comes: 「半年に1度」, 「毎年」, "once a year", "every six months"
    r"(?:半年|年|月|週|日|\d+\s*(?:か月|ヶ月|カ月|年))に\s*(?:\d+|一|1)\s*(?:度|回)|毎(?:年|月|週|日|回)|"
    r"\b(?:once|twice) (?:a|per|every) \w+|\bevery (?:\w+ )?(?:days?|weeks?|months?|years?)\b",
    re.I,
)
# "does it get less frequent?": a share below all (「25%」, "1 in 20"), not "every consignment"
FACTS["rate_change"] = re.compile(
    r"\d[\d,.]*\s*(?:%|％|パーセント|per ?cent)|\d+\s*(?:件|回|ロット)に\s*1|\b\d+ (?:in|of every) \d+\b",
    re.I,
)
# "what penalty?": the sentence stating the fine or prison term (test19 t010: 300万円, 3年)
FACTS["penalty"] = re.compile(
    r"罰金|懲役|拘禁|科料|過料|\d[\d,.]*\s*万?円以下|\bfines?\b|fined|imprisonment|prison|penalt",
    re.I,
)
CUES["penalty"] = re.compile(r"罰則|処罰|処分|違反|penalt|sanction|offen[cs]e", re.I)
CUES["still"] = FACTS["when"]  # "still required?": the date of the change
# "where can we look it up?": the database, site or list that holds it (test20 t032)
STATED_WHERE = re.compile(
    r"データベース|詳細情報|ウェブサイト|ホームページ|サイト|ページ|で検索|検索でき|掲載|一覧|"
    r"database|website|web site|portal|online|search|listed",
    re.I,
)
CUES["where_find"] = STATED_WHERE
