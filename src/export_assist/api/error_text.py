"""Error messages in the caller's language. A request that asks for Japanese (the widget
sends `Accept-Language: ja`; the checklist exports take `?language=ja`) gets a Japanese
`message` and its English original as `message_en`; the machine-readable `code`, the
field paths and the HTTP status stay the same in every language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

# What each error code means to a person, when the error itself has no Japanese wording.
GENERIC_JA = {
    "invalid_input": "入力内容に問題があります。",
    "not_found": "見つかりませんでした。",
    "method_not_allowed": "この操作はこのURLでは使えません。",
    "unauthorized": "認証に失敗しました（キーまたはトークンが無効です）。",
    "token_expired": "ログインの有効期限が切れました。ページを再読み込みしてください。",
    "token_revoked": "このログインは取り消されました。もう一度ログインしてください。",
    "forbidden": "この操作は許可されていません。",
    "conflict": "ほかの操作と重なりました。もう一度お試しください。",
    "payload_too_large": "送信内容が大きすぎます。短くしてからお試しください。",
    "rate_limited": "短時間に多くのリクエストがありました。少し待ってからお試しください。",
    "service_unavailable": "サービスが一時的に利用できません。しばらくしてからお試しください。",
    "configuration_error": "サーバーの設定に問題があります。サイト管理者にお問い合わせください。",
    "internal_error": "サーバー側でエラーが発生しました。入力内容は失われていません。",
}
# pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/).
_PROBLEM_JA = {
    "missing": "必須の項目です",
    "string_too_short": "{min_length}文字以上で入力してください",
    "string_too_long": "{max_length}文字以内で入力してください",
    "too_short": "{min_length}件以上指定してください",
    "too_long": "{max_length}件以内で指定してください",
    "literal_error": "次のいずれかを指定してください: {expected}",
    "enum": "次のいずれかを指定してください: {expected}",
    "greater_than": "{gt}より大きい値を指定してください",
    "greater_than_equal": "{ge}以上の値を指定してください",
    "less_than": "{lt}より小さい値を指定してください",
    "less_than_equal": "{le}以下の値を指定してください",
    "string_type": "文字列で指定してください",
    "int_parsing": "整数で指定してください",
    "int_type": "整数で指定してください",
    "float_parsing": "数値で指定してください",
    "decimal_parsing": "数値で指定してください",
    "bool_parsing": "true または false で指定してください",
    "list_type": "リスト（配列）で指定してください",
    "dict_type": "オブジェクトで指定してください",
    "model_attributes_type": "オブジェクトで指定してください",
    "date_from_datetime_parsing": "日付（YYYY-MM-DD）で指定してください",
    "date_parsing": "日付（YYYY-MM-DD）で指定してください",
    "extra_forbidden": "この項目は使えません",
    "json_invalid": "JSONとして読み取れません（{at}文字目付近）",
    "string_pattern_mismatch": "形式が正しくありません",
    "url_parsing": "URLの形式が正しくありません",
}
# The shipment checks of the trade documents (documents/checks.py, payment_checks.py).
SHIPMENT_JA = {
    "line_amount_mismatch": "金額が数量×単価と一致しません",
    "net_exceeds_gross": "正味重量が総重量を超えています",
    "hs_code_invalid": "HSコードは6桁以上で指定してください",
    "origin_unknown": "原産国がISO国コードではありません",
    "total_mismatch": "合計が明細の合計と一致しません",
    "incoterm_mode_mismatch": "このインコタームズは海上・内陸水路輸送専用で、輸送手段と合いません",
    "currency_unknown": "通貨がISO 4217の通貨コードではありません",
    "agreement_missing": "原産地申告が求められていますが、協定が指定されていません",
    "not_a_partner": "荷受人の国はこの協定の日本の締約相手国ではありません",
    "origin_not_japan": "原産国が日本でない品目は日本の特恵原産品として申告できません",
    "party_mismatch": "書類によって荷受人が異なります",
    "documents_disagree": "書類どうしの記載が一致しません",
    "payment_contradiction": "支払方法と支払条件の記載が矛盾しています",
    "proforma_number_reused": "プロフォーマインボイスにはコマーシャルインボイスと別の番号が必要です",
}


# Our own validators' messages (value_error), by how they begin.
_VALUE_JA = (
    ("the message is blank", "質問が空です。質問を入力してください"),
    (
        "Unknown country code",
        "不明な国コードです。国名（例: ドイツ）か、US、DE、CNのような2文字の国コードで指定してください",
    ),
    ("INTL is not a destination", "INTLは仕向地ではありません。DEやUSのように国を指定してください"),
    (
        "describe the product",
        "製品の説明（product）、HSコード（hs_code）、製品の種類（categories）のいずれかを指定してください",
    ),
    (  # before "unknown categor": an exclusion may name a condition, not only a product type
        "unknown categor(ies) or condition(s) to exclude",
        "除外する項目が不明です（チェックリストに示された製品の種類か条件の名前で指定してください）",
    ),
    ("unknown categor", "不明な製品の種類です"),
    ("unknown prefecture", "都道府県名で指定してください（例: 静岡県、東京都、北海道）"),
    (
        "not a valid 13-digit corporate number",
        "13桁の法人番号として正しくありません（チェックデジットが一致しません）",
    ),
    ("unknown condition", "不明な条件です"),
    ("HS code", "HSコードは2〜10桁の数字で指定してください（例: 0902、090210）"),
    ("a product needs a code or a description", "製品のHSコードか説明のどちらかを指定してください"),
    (
        "the file is empty",
        "ファイルが空です。見出し行（name列を含む）のあるファイルを送ってください",
    ),
    (
        "unsupported language",
        "対応していない言語です（ja、en、zh-Hans、ko、vi、th、de、fr、esから指定してください）",
    ),
    (
        "Give either token_id",
        "token_id（トークン1つ）か subject（その利用者のすべてのトークン）のどちらかを指定してください",
    ),
    (
        "origins: give one or more site origins",
        "サイトのオリジン（例: https://www.example.co.jp。スキーム・ホスト・ポートのみ）を"
        "1つ以上指定してください",
    ),
    (
        "order_min_usd is larger than order_max_usd",
        "最低発注額（order_min_usd）が最大発注額（order_max_usd）を超えています",
    ),
    # the advisor's decisions on a draft's claims (review/schemas.py)
    ("an edit needs the corrected text", "「修正」には修正後の文（text）が必要です"),
    ("a rejection needs a comment", "「却下」には何が誤りかを書いたコメント（comment）が必要です"),
    ("the query is blank", "検索語が空です。質問かキーワードを入力してください"),
    ("unknown topic", "不明なトピックです"),
    # outcome events (outcomes/schemas.py)
    (
        "a deal needs deal_value_jpy and market",
        "成約には成約額（deal_value_jpy）と市場（market）が必要です",
    ),
    (
        "support_used needs programme_id and support_amount_jpy",
        "支援の利用には支援策（programme_id）と支援額（support_amount_jpy）が必要です",
    ),
    (
        "deal_value_jpy belongs to a deal",
        "成約額（deal_value_jpy）は成約（deal）の記録にだけ指定できます",
    ),
    (
        "support_amount_jpy belongs to support_used",
        "支援額（support_amount_jpy）は支援の利用（support_used）の記録にだけ指定できます",
    ),
)


# 409s whose English says why: the whole Japanese message (the generic conflict text tells
# the user to retry, which cannot succeed here).
_CONFLICT_JA = (
    ("another buyer already has the name",
     "同じ名前・国のバイヤーがすでに登録されています。そのバイヤーを編集するか削除してください。"),
    ("the target already has a buyer",
     "移動先に同じ名前・国のバイヤーがすでにあります。どちらかを編集するか削除してください。"),
)  # fmt: skip


def value_ja(text: str) -> str:
    """One of our own English error messages in Japanese ("" when it is not one of ours)."""
    return next((ja for start, ja in _VALUE_JA if text.startswith(start)), "")


def wants_japanese(headers: Mapping[str, str], query: str = "") -> bool:
    """True when the request asks for Japanese: ?language=ja / ?lang=ja, or Japanese as
    the first language of Accept-Language."""
    params = parse_qs(query)
    asked = (params.get("language") or params.get("lang") or [""])[0].lower()
    if asked in ("ja", "en"):
        return asked == "ja"
    first = headers.get("accept-language", "").split(",")[0].split(";")[0].strip().lower()
    return first == "ja" or first.startswith("ja-")


def problem_ja(error: Mapping[str, Any]) -> str:
    """One pydantic validation error in Japanese (its own message when the type is ours)."""
    template = _PROBLEM_JA.get(str(error.get("type", "")))
    if template is None:
        own = str(error.get("msg", "")).removeprefix("Value error, ")
        return value_ja(own) or own
    ctx = dict(error.get("ctx") or {})
    if isinstance(ctx.get("expected"), str):  # "'json', 'xlsx' or 'pdf'": a Japanese list
        ctx["expected"] = re.sub(r",\s*|\s+or\s+", "、", ctx["expected"])
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template.split("{")[0].rstrip(": （")


def _specifics_ja(details: object) -> str:
    """'field: problem' pairs in Japanese from validation or shipment-check details."""
    if not isinstance(details, list):
        return ""
    pairs = []
    for d in details:
        if not isinstance(d, dict) or "field" not in d:
            continue
        problem = (
            d.get("problem_ja")
            or d.get("message_ja")
            or SHIPMENT_JA.get(str(d.get("code", "")))
            or value_ja(str(d.get("problem", "")))
        )
        pairs.append(f"{d['field']}: {problem}" if problem else str(d["field"]))
    return "（" + "；".join(pairs) + "）" if pairs else ""


def error_body(
    code: str, message: str, details: object = None, *, message_ja: str = "", japanese: bool = False
) -> dict[str, object]:
    """The `{"error": …}` body in the caller's language."""
    error: dict[str, object] = {"code": code, "message": message}
    if japanese:
        message_ja = message_ja or next(
            (ja for start, ja in _CONFLICT_JA if code == "conflict" and message.startswith(start)),
            "",
        )
        text = message_ja or GENERIC_JA.get(code, "エラーが発生しました。")
        if not message_ja:  # say what is wrong: the fields at fault, else our message's words
            own = value_ja(message)
            text += _specifics_ja(details) or (f"（{own}）" if own else "")
        error.update(message=text, message_en=message)
        details = _details_ja(details)
    if details is not None:
        error["details"] = details
    return {"error": error}


def _details_ja(details: object) -> object:
    """Our own validators' `problem` texts in Japanese (the English kept as `problem_en`), as
    pydantic's already are for a Japanese caller."""
    if not isinstance(details, list):
        return details
    out: list[object] = []
    for d in details:
        ja = value_ja(str(d.get("problem", ""))) if isinstance(d, dict) else ""
        if isinstance(d, dict) and ja:
            d = {**d, "problem": ja, "problem_en": d["problem"]}
        out.append(d)
    return out
