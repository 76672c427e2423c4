"""Why a checklist item needs an advisor, and the checklist's warnings, in English and
Japanese: each message is written once per language here, so no view translates text."""

from __future__ import annotations

from collections.abc import Sequence

# (English, Japanese) templates; {docs} and {line} are filled in by the functions below.
_TEXT: dict[str, tuple[str, str]] = {
    "no_evidence": ("the card names no evidence document", "根拠となる資料が登録されていません"),
    "evidence_missing": (
        "evidence not in the index: {docs}",
        "根拠資料が索引にありません: {docs}",
    ),
    "no_passage": (
        "no supporting passage found in the evidence documents",
        "根拠資料に裏付けとなる記述が見つかりません",
    ),
    "weak_match": ("the supporting passage matches weakly", "裏付けとなる記述との一致が弱いです"),
    "source_needs_review": (
        "the source document is marked needs_review",
        "出典の資料が「要確認」とされています",
    ),
    "text_only": (
        "found only in the regulation text (no requirement card): verify",
        "規制本文からのみ検出した項目です（要件カードなし）。内容を確認してください",
    ),
    "card_file": ("card file problem: {line}", "要件カードのファイルに問題があります: {line}"),
    "no_cards": (
        "no requirement cards cover this destination yet: the list is incomplete (only "
        "Japan-side and cross-cutting items; none of the destination's own import rules)",
        "この仕向地の要件カードはまだありません。このリストは不完全です（日本側の手続きと"
        "全市場共通の項目だけで、仕向地の輸入規制は含まれていません）",
    ),
    "cards_not_found": (
        "no requirement cards were found in {folders}: the list is incomplete (run from the "
        "project folder or set EXPORT_ASSIST_COMPLIANCE__CARDS_DIR)",
        "要件カードが見つかりません（{folders}）。このリストは不完全です（プロジェクトのフォルダーで"
        "実行するか、EXPORT_ASSIST_COMPLIANCE__CARDS_DIR を設定してください）",
    ),
    "no_category": (
        "the product's category could not be inferred: only general requirements are "
        "listed; give an HS code or categories",
        "製品の種類を推定できなかったため、一般的な要件のみを挙げています。"
        "HSコードまたは製品の種類を指定してください",
    ),
    "uncertain_category": (
        "the kind of product is uncertain: the requirements follow one reading of the name; "
        "confirm the kind of product or give an HS code ({question})",
        "製品の種類が確定できません。名前の一つの読み方に基づいて要件を挙げています。"
        "製品の種類またはHSコードを確認してください（{question}）",
    ),
}


def message(key: str, **values: str) -> tuple[str, str]:
    """One message as (English, Japanese)."""
    en, ja = _TEXT[key]
    return en.format(**values), ja.format(**values)


def split(messages: Sequence[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(English list, Japanese list) of messages, in the same order."""
    return [en for en, _ in messages], [ja for _, ja in messages]
