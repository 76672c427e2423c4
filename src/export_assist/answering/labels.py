"""Every string the answer engine shows, in Japanese and English."""

from __future__ import annotations

import re

TEXT: dict[str, dict[str, str]] = {
    "ja": {
        "authority": "所管",
        "legal_basis": "根拠",
        "lead_time": "期限・所要期間",
        "documents": "必要書類",
        "card": "{where}、{title}が必要です。",
        "card_conditional": "{where}、条件により{title}が必要です。",
        "card_recommended": "{where}、{title}が推奨されます。",
        "card_verb": "{where}、{title}必要があります。",
        "card_conditional_verb": "{where}、条件により{title}必要があります。",
        "card_recommended_verb": "{where}、{title}ことが推奨されます。",
        # a title that states its own predicate (「…が必要」「…場合あり」): no second 必要
        "card_stated": "{where}、{title}。",
        "card_conditional_stated": "{where}、条件により{title}。",
        "card_recommended_stated": "{where}、{title}(推奨)。",
        # a ban or suspension (「…の輸入禁止（2023年8月24日〜）」) is there, not required
        "card_ban": "{where}、{title}があります。",
        "card_conditional_ban": "{where}、{title}に当たる場合があります。",
        "card_recommended_ban": "{where}、{title}に注意してください。",
        "where_market": "{market}では",
        "where_japan": "日本側では",
        "where_any": "どの輸出先でも",
        "advice": "このご質問({what})は、規制資料からお答えできる内容ではなく、専門家の助言が必要です。",
        "advice_can": "このサービスでお手伝いできるのは、輸出先の規制の確認とチェックリスト、HSコードの候補、"
        "バイヤー候補の一覧、インボイスなど貿易書類の作成、公的支援の案内です。",
        "advice_what": "契約・価格交渉・将来の見通し・販売の見込み・取引先の信用・為替・個別の税務判断・保険料など",
        "check": "出典の原文と確認日をご確認ください。",
        "needs_review": "※一部の出典は見直し中です。アドバイザーの確認をおすすめします。",
        "original": "原文",
        "english_source": "（英語の原文）",
        "original_name": "{shown}(原文: {original})",
        "not_covered": "{markets}向けの規制は、登録済みの資料にまだ含まれていません。",
        "covered": "対応している市場: {markets}。",
        "beyond_scope": "登録済みの規制資料は、{what}の規制を扱っていません。",
        "beyond_scope_market": "登録済みの規制資料は、{markets}向けの{what}の規制を扱っていません。",
        "not_covered_import": "{markets}側の輸入規制は、登録済みの資料にまだ含まれていません。"
        "日本側の規制は次のとおりです。",
        "national": "{markets}独自の規則(酒税の額・印紙、販売許可、小売の独占、販売時間やネット販売の規制など各国が定めるもの)は、"
        "登録済みの資料にまだ含まれていません。",
        "national_eu": "EU共通の規則として資料にあるのは次のとおりです。",
        "subnational": "{markets}の州・準州ごとの規則(酒類の販売免許など)は、登録済みの資料にまだ含まれていません。",
        "thin": "登録済みの資料では、このご質問に確実に答えられる記述が見つかりませんでした。",
        "known": "関連してわかっていること:",
        "not_about": "登録済みの資料には、{what}についての記述がありません。",
        "quoted": "「{term}」",
        "japan_part": "日本側の手続き(どの市場でも必要):",
        "japan_own": "日本側では、この品目について次の手続きも必要です(該当する場合):",
        "escalated": "推測ではお答えせず、ご質問をアドバイザーに確認依頼しました(下書き・確認待ち)。",
        "ask_market": "どの国・地域への輸出か教えてください(例: 米国、EU、中国)。",
        "longest": "この中で最も時間がかかるのは「{title}」です(所要期間: {lead_time})。",
        "list_intro": "{market}向けの{product}要件はチェックリストで{n}件です。主なもの:",
        "list_intro_japan": "{market}向けの{product}要件はチェックリストで{n}件です"
        "(うち日本側の手続き{japan}件)。輸出先側の主なもの:",
        "more": "すべての要件はチェックリストで確認できます。",
        "japan_list_intro": "{market}向けの{product}輸出で、日本側の手続きはチェックリストの{n}件のうち"
        "{japan}件です。主なもの:",
        "docs_intro": "{market}向けの{product}輸出で必要な主な書類です(チェックリストの要件{n}件から):",
        "docs_market": "{market}側の手続き:",
        "docs_basic": "船積みの基本書類:",
        "docs_japan": "日本側の手続き:",
        "if_applies": "(該当する場合)",
        "docs_more": "要件ごとの書類と期限はチェックリストで確認できます。",
        "sep": "、",
        "and": "、",
        "doc_known": "書類作成のため、次の内容を読み取りました:",
        "doc_missing": "書類を作成するには、次の項目を教えてください: {fields}。",
        "field_product": "品名",
        "field_quantity": "数量",
        "field_unit_price": "単価",
        "field_buyer": "買主",
        "field_buyer_country": "買主の国",
        "field_incoterm": "インコタームズ(条件・場所)",
        "field_exporter": "輸出者の名称・住所",
        "field_exporter_address": "輸出者の住所",
        "field_buyer_address": "買主の住所",
        "field_weights": "正味・総重量",
        "field_packages": "梱包数",
        "field_payment": "支払条件",
        "field_transport": "輸送手段と積出港・仕向港",
        "field_hs_code": "HSコード",
        "field_buyer_street": "買主の住所の番地・通り名",
        "field_agreement": "適用する協定(EPA)",
        "field_description_en": "英語の品名",
        "field_port_of_loading": "積出港",
        "field_port_of_discharge": "仕向港",
        "hs_ask_material": "{product}のHSコードは素材(材質)や用途で変わります。素材{examples}と用途を教えてください。",
        "hs_material_examples": "(例: {options})",
        "hs_ask_state": "{product}のHSコードは、食品の状態や加工の度合い(生鮮・冷蔵・冷凍・乾燥・塩蔵・加熱・味付け・調製品など)で変わります。出荷するときの状態を教えてください。",
        "hs_candidates": "現時点の候補:",
        "hs_best": "最も近いHSコード(6桁)は {code}({description})です。",
        "hs_check": "輸入国の国内コード(8〜10桁)は輸入者・通関業者に確認してください。",
        "hs_none": "HSコードの候補が見つかりませんでした。品名、素材、用途を教えてください。",
    },
    "en": {
        "authority": "authority",
        "legal_basis": "legal basis",
        "lead_time": "deadline / lead time",
        "documents": "documents",
        "card": "{where}: {title}.",
        "card_conditional": "{where}, where it applies: {title}.",
        "card_recommended": "{where}, recommended: {title}.",
        "where_market": "For {market}",
        "where_japan": "On the Japanese side",
        "where_any": "For any market",
        "advice": "This question ({what}) is not something the regulation sources can answer; "
        "it needs an expert's advice.",
        "advice_can": "What I can help with: the rules of a market and an export checklist, HS "
        "code candidates, a buyer shortlist, trade documents such as an invoice, and public "
        "export support.",
        "advice_what": "contracts, price negotiation, forecasts, sales prospects, a buyer's "
        "creditworthiness, exchange rates, tax rulings or insurance quotes",
        "check": "Check the cited source and its verification date.",
        "needs_review": "Some sources are under review; an advisor should confirm.",
        "original": "source text",
        "english_source": "",
        "original_name": "{shown}",
        "not_covered": "Rules for {markets} are not yet in the regulation sources I have.",
        "covered": "Markets covered: {markets}.",
        "beyond_scope": "The regulation sources I have do not cover {what}.",
        "beyond_scope_market": "The regulation sources I have do not cover {what} for {markets}.",
        "not_covered_import": "The import rules of {markets} are not yet in the regulation "
        "sources I have; Japan's own rules for this export are as follows.",
        "national": "The national rules of {markets} (excise amounts and stamps, licences, retail "
        "monopolies, limits on sale hours or online sales and other measures each member state sets) are not yet in the regulation sources I have.",
        "national_eu": "What the EU's common rules say:",
        "subnational": "The rules each state or territory of {markets} sets (licences to sell "
        "alcohol and the like) are not yet in the regulation sources I have.",
        "thin": "The regulation sources I have do not answer this question reliably.",
        "known": "What the sources do say:",
        "not_about": "They say nothing about {what}.",
        "quoted": "'{term}'",
        "japan_part": "On the Japanese side (needed for any market):",
        "japan_own": "On the Japanese side, this product also needs (where it applies):",
        "escalated": "Rather than guess, I have passed your question to a trade advisor "
        "as a draft (pending review).",
        "ask_market": "Which country or region are you exporting to (for example the US, "
        "the EU or China)?",
        "longest": "The longest of these is '{title}' (lead time: {lead_time}).",
        "list_intro": "The checklist for {market}{product} lists {n} requirements. The main ones:",
        "list_intro_japan": "The checklist for {market}{product} lists {n} requirements "
        "({japan} of them on the Japanese side). The main ones in the market:",
        "more": "The full checklist lists every requirement.",
        "japan_list_intro": "Of the checklist's {n} requirements for {market}{product}, {japan} are "
        "on the Japanese side. The main ones:",
        "docs_intro": "The main documents for {market}{product}, from the checklist's "
        "{n} requirements:",
        "docs_market": "For {market}'s requirements:",
        "docs_basic": "Basic shipping documents:",
        "docs_japan": "On the Japanese side:",
        "if_applies": " (where it applies)",
        "docs_more": "The checklist gives every requirement's documents and deadlines.",
        "sep": ", ",
        "and": " and ",
        "doc_known": "For the documents, I have understood:",
        "doc_missing": "To draft the documents, please tell me: {fields}.",
        "field_product": "product",
        "field_quantity": "quantity",
        "field_unit_price": "unit price",
        "field_buyer": "buyer",
        "field_buyer_country": "buyer's country",
        "field_incoterm": "Incoterm and place",
        "field_exporter": "exporter name and address",
        "field_exporter_address": "exporter's address",
        "field_buyer_address": "buyer's address",
        "field_weights": "net and gross weight",
        "field_packages": "number of packages",
        "field_payment": "payment terms",
        "field_transport": "transport mode and ports",
        "field_hs_code": "HS code",
        "field_buyer_street": "the street and number of the buyer's address",
        "field_agreement": "trade agreement (EPA)",
        "field_description_en": "English description",
        "field_port_of_loading": "port of loading",
        "field_port_of_discharge": "port of discharge",
        "hs_ask_material": "The HS code of {product} depends on its material and use. What is "
        "it made of{examples} and what is it for?",
        "hs_material_examples": " (for example {options})",
        "hs_ask_state": "The HS code of {product} depends on its state and processing (fresh, chilled, "
        "frozen, dried, salted, cooked, seasoned or prepared). In what state will it be shipped?",
        "hs_candidates": "Candidates so far:",
        "hs_best": "The closest HS subheading (6 digits) is {code} ({description}).",
        "hs_check": "Confirm the importing country's national code (8-10 digits) with your "
        "importer or customs broker.",
        "hs_none": "I found no HS candidate. Tell me the product name, its material and its use.",
    },
}
_DURATION_JA = [
    (re.compile(r"\s*\(estimate\)", re.I), "(推定)"),
    (re.compile(r"(\d)\s*-\s*(\d)"), r"\1〜\2"),
    (re.compile(r"(?<=\d)\s*working days?", re.I), "営業日"),
    (re.compile(r"(?<=\d)\s*days?", re.I), "日"),
    (re.compile(r"(?<=\d)\s*weeks?", re.I), "週間"),
    (re.compile(r"(?<=\d)\s*months?", re.I), "か月"),
    (re.compile(r"(?<=\d)\s*hours?", re.I), "時間"),
    (re.compile(r"(?<=\d)\s*years?", re.I), "年"),
]


def t(language: str, key: str, **values: str) -> str:
    """A string in the language (English when the language is unknown)."""
    return TEXT.get(language, TEXT["en"])[key].format(**values)


def duration_ja(text: str) -> str:
    """Units of a lead time in Japanese ('1-3 weeks (estimate)' -> '1〜3週間(推定)');
    an English explanation after the duration is left out of a Japanese answer, and a
    lead time that does not start with a duration is left out altogether."""
    for pattern, repl in _DURATION_JA:
        text = pattern.sub(repl, text)
    estimate = "(推定)" if "(推定)" in text else ""
    head = re.split(r"\s+(?=\(?[A-Za-z]{2,})|;", text.replace("(推定)", ""))[0].strip(" ,")
    if not re.search(r"\d", head):  # no duration up front: nothing to say in Japanese
        return ""
    return head + estimate
