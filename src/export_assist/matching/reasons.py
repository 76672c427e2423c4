"""Why a buyer ranks where it does, in Japanese or English: one sentence per reason
key (features.py and ranker_features.py name the key and give its parameters)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from export_assist.geo import country_name, country_name_ja
from export_assist.languages import BY_CODE, LANGUAGES
from export_assist.matching.sample import catalogue

Lang = str
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Channel words of the directory as Japanese users read them.
CHANNELS_JA = {
    "import": "輸入",
    "wholesale": "卸売",
    "retail": "小売",
    "supermarket": "スーパーマーケット",
    "food service": "外食",
    "online": "オンライン販売",
    "cross-border e-commerce": "越境EC",
    "restaurant": "レストラン",
    "hotel": "ホテル",
    "industrial": "産業用",
    "oem": "OEM",
}


def _langs(codes: Sequence[str], lang: Lang) -> str:
    if lang == "ja":
        return "、".join(BY_CODE[c].japanese if c in BY_CODE else c for c in codes)
    return ", ".join(LANGUAGES.get(c, c) for c in codes)


def _country(code: str, lang: Lang) -> str:
    return country_name_ja(code) if lang == "ja" else country_name(code)


@lru_cache(maxsize=1)
def _catalogue_ja() -> dict[str, str]:
    """The sample catalogue's English interest phrases -> their Japanese ones (the sample
    directory lists most interests only in English)."""
    data = catalogue()
    return {en.lower(): ja for cat in data["categories"].values() for _, en, ja in cat["products"]}


def _interest_ja(phrase: str) -> str:
    """A buyer's interest as a Japanese user reads it: its Japanese form where the catalogue
    knows it, else the directory's English words named as such (s14: reasons read
    「関心品目『miso, dashi and Japanese seasonings』」)."""
    if _JAPANESE.search(phrase):
        return f"関心品目『{phrase}』"
    if known := _catalogue_ja().get(phrase.strip().lower()):
        return f"関心品目『{known}』"
    return f"英語で登録された関心品目『{phrase}』"


def _usd(p: dict[str, Any]) -> str:
    top = "上限なし" if p.get("max") is None else f"{p['max']:,.0f}"
    return f"USD {p.get('min') or 0:,.0f}–{top}"


def _code(p: dict[str, Any], lang: Lang) -> str:
    via = p.get("via")
    if lang == "ja":
        label = "HSコード近接" if p.get("scheme", "hs") == "hs" else "コード近接"
        return f"{label} {p['pct']}%" + (f"（{via} 経由）" if via else "")
    return f"code proximity {p['pct']}%" + (f" (via {via})" if via else "")


def _history(p: dict[str, Any], lang: Lang) -> str:
    if lang == "ja":
        return f"{p['code']} の購入実績 {p['exact']} 件（近いコードを含め加重 {p['weighted']}、全 {p['total']} 件中）"
    return (
        f"{p['exact']} past purchase(s) of {p['code']}, "
        f"{p['weighted']} weighted incl. close codes (of {p['total']})"
    )


def _recent(p: dict[str, Any], lang: Lang) -> str:
    if lang == "ja":
        return f"近いコード {p['via']} の直近の購入 {p['last']}"
    return f"latest purchase of a close code ({p['via']}) on {p['last']}"


def _cert_held(p: dict[str, Any], lang: Lang) -> str:
    parts = []
    if p.get("required"):
        req = ", ".join(p["required"])
        parts.append(f"必要な認証 {req}: 取得済み" if lang == "ja" else f"requires {req}: held")
    if p.get("preferred"):
        pref, n, m = ", ".join(p["preferred"]), p["held"], len(p["preferred"])
        parts.append(
            f"推奨の認証 {pref}: {m} 件中 {n} 件取得"
            if lang == "ja"
            else f"prefers {pref}: you hold {n} of {m}"
        )
    return ("；" if lang == "ja" else "; ").join(parts)


def _channels(p: dict[str, Any], lang: Lang) -> str:
    if lang == "ja":
        return "共通の販売チャネル: " + "、".join(CHANNELS_JA.get(c, c) for c in p["channels"])
    return "shared channels: " + ", ".join(p["channels"])


def _product(p: dict[str, Any], lang: Lang) -> str:
    parts = []
    if p.get("phrase"):
        parts.append(
            SENTENCES["semantic"][lang != "ja"]({"phrase": p["phrase"], "pct": p["semantic"]}, lang)
        )
    if p.get("lexical"):
        parts.append(SENTENCES["lexical"][lang != "ja"]({"pct": p["lexical"]}, lang))
    if p.get("code") is not None:
        parts.append(
            _code({"pct": p["code"], "via": p.get("via"), "scheme": p.get("scheme")}, lang)
        )
    return join(parts, lang) or ("商品との接点なし" if lang == "ja" else "no product signal")


Render = Callable[[dict[str, Any], Lang], str]
# key -> (Japanese, English); each a function of the parameters.
SENTENCES: dict[str, tuple[Render, Render]] = {
    "semantic": (
        lambda p, _: f"{_interest_ja(p['phrase'])}と意味が{p['pct']}%近い",
        lambda p, _: f"interest '{p['phrase']}' is {p['pct']}% similar in meaning",
    ),
    "lexical": (
        lambda p, _: f"関心品目と語句が一致（最良の{p['pct']}%）",
        lambda p, _: f"word overlap {p['pct']}% of the best",
    ),
    "product": (_product, _product),
    "code": (_code, _code),
    "history": (_history, _history),
    "history_exact": (_history, _history),
    "history_recent": (_recent, _recent),
    "history_none": (lambda p, _: "取引履歴なし", lambda p, _: "no trade history on file"),
    "history_nocode": (
        lambda p, _: "比較する商品コードなし",
        lambda p, _: "no product code to compare history with",
    ),
    "history_far": (
        lambda p, _: f"購入実績 {p['total']} 件、{p['code']} に近いものなし",
        lambda p, _: f"{p['total']} past purchases, none near code {p['code']}",
    ),
    "volume": (
        lambda p, _: f"購入実績 {p['total']} 件",
        lambda p, _: f"{p['total']} past purchases on file",
    ),
    "reference": (
        lambda p, _: f"案件番号 {p['reference']} の過去の調達 {p['count']} 件",
        lambda p, _: f"{p['count']} past item(s) under reference {p['reference']}",
    ),
    "market_none": (lambda p, _: "対象市場の指定なし", lambda p, _: "no target market given"),
    "market_in": (
        lambda p, lang: f"{_country(p['country'], lang)}が拠点（ご希望の市場）",
        lambda p, lang: f"based in {_country(p['country'], lang)}, a requested market",
    ),
    "market_out": (
        lambda p, lang: f"{_country(p['country'], lang)}が拠点（ご希望の市場外）",
        lambda p, lang: f"based in {_country(p['country'], lang)}, outside the requested markets",
    ),
    "cert_missing": (
        lambda p, _: f"{', '.join(p['missing'])} が必要（未取得）",
        lambda p, _: f"requires {', '.join(p['missing'])}, which you do not hold",
    ),
    # 「必要な認証なし」 read as "you lack the certification needed" (s8 trial): say whose
    "cert_none": (
        lambda p, _: "このバイヤーが求める認証はありません",
        lambda p, _: "no certification required",
    ),
    "cert_held": (_cert_held, _cert_held),
    "order_unknown": (lambda p, _: "注文規模の情報なし", lambda p, _: "order size unknown"),
    "order_in": (
        lambda p, _: f"注文規模 {_usd(p)}（貴社の範囲内）",
        lambda p, _: f"buyer orders {_usd(p).replace('上限なし', 'open')}, within your range",
    ),
    "order_above": (
        lambda p, _: f"注文規模 {_usd(p)}（貴社の供給能力を超える）",
        lambda p, _: f"buyer orders {_usd(p).replace('上限なし', 'open')}, above your capacity",
    ),
    "order_below": (
        lambda p, _: f"注文規模 {_usd(p)}（貴社の最低注文額未満）",
        lambda p, _: f"buyer orders {_usd(p).replace('上限なし', 'open')}, below your minimum",
    ),
    "channel_unknown": (lambda p, _: "販売チャネルの情報なし", lambda p, _: "channels unknown"),
    "channel_shared": (_channels, _channels),
    "channel_none": (lambda p, _: "共通の販売チャネルなし", lambda p, _: "no shared channel"),
    "own_goods": (
        lambda p, _: (
            f"この商品と同じ品目（HS {p['code']}）を扱う"
            if p.get("code")
            else "この商品そのものを扱う"
        ),
        lambda p, _: (
            f"buys this very product (HS {p['code']})"
            if p.get("code")
            else "buys this very product"
        ),
    ),
    "language_unknown": (lambda p, _: "使用言語の情報なし", lambda p, _: "languages unknown"),
    "language_ja": (lambda p, _: "日本語で取引可能", lambda p, _: "works in Japanese"),
    "language_shared": (
        lambda p, lang: f"共通言語: {_langs(p['languages'], lang)}",
        lambda p, lang: f"shared language: {_langs(p['languages'], lang)}",
    ),
    "language_buyer": (
        lambda p, lang: f"使用言語: {_langs(p['languages'], lang)}",
        lambda p, lang: f"buyer works in {_langs(p['languages'], lang)}",
    ),
}


def render(key: str, params: dict[str, Any], lang: Lang) -> str:
    """One reason as a sentence in ja or en (en for any other language)."""
    ja, en = SENTENCES[key]
    return ja(params, "ja") if lang == "ja" else en(params, "en")


def join(sentences: Sequence[str], lang: Lang) -> str:
    """Reasons on one line."""
    return ("；" if lang == "ja" else "; ").join(s for s in sentences if s)
