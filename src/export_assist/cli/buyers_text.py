"""What the buyers, shortlist and screen commands print, in Japanese or English."""

from __future__ import annotations

from typing import Literal

from export_assist.geo import country_name_ja

Lang = Literal["ja", "en"]

# Buyer types and screening verdicts as the widget and console name them (i18n.js).
BUYER_TYPE_JA = {
    "importer": "輸入業者", "distributor": "販売代理店", "wholesaler": "卸売業者",
    "retailer": "小売業者", "e-commerce": "EC事業者", "food service": "外食事業者",
    "manufacturer": "製造業者", "public body": "公的機関",
}  # fmt: skip
STATUS_JA = {
    "clear": "該当なし", "possible_match": "類似名あり（要確認）", "hit": "該当あり",
    "not_screened": "未照合",
}  # fmt: skip
FICTITIOUS_JA = "架空のサンプル: export-assist がデモ用に作成したもので、実在の企業ではありません。"
DEMO_ONLY_JA = (
    "架空のデモ用リストしか読み込まれていないため、実際の照合ではありません。"
    "EXPORT_ASSIST_MATCHING__SCREENING__LISTS に実際のリスト（OpenSanctions、経済産業省の"
    "外国ユーザーリストなど）を設定してください"
)
NO_LIST_JA = "取引制限リストが読み込まれていません"

_TEXT: dict[str, tuple[str, str]] = {
    "imported": ("{file}: {rows}行: 新規 {created}件、更新 {updated}件、ファイル内の重複 {dup}件、"
                 "取り込めなかった行 {rejected}件。",
                 "{file}: {rows} row(s): {created} created, {updated} updated, {dup} duplicate(s) "
                 "in the file, {rejected} rejected."),
    "stopped": ("取り込みを途中で止めました: {why}", "the import stopped: {why}"),
    "wrote": ("{n}社のバイヤーを {out} に書き出しました", "wrote {n} buyer(s) to {out}"),
    "wrote_sample": ("架空のサンプルバイヤー {n}社を {out} に書き出しました",
                     "wrote {n} FICTITIOUS sample buyer(s) to {out}"),
    "of": ("{total}社中 {shown}社を表示", "{shown} of {total}"),
    "moved": ("{moved}社を {to} に移しました", "moved {moved} buyer(s) to {to}"),
    "public": ("共有（公開）名簿", "the public directory"),
    "fictitious": (" [架空]", " [FICTITIOUS]"),
    "private": (" [非公開]", " [private]"),
    "screening": ("      取引制限リスト照合: {status}（{lists}）",
                  "      screening: {status} ({lists})"),
    "no_list": ("リストなし", "no list"),
    "screened_out": ("  照合で除外: {name}: {reason}", "  screened out: {name}: {reason}"),
    "footer": ("{considered}社を検討、必要な認証などの条件で除外 {excluded}社、{ms:.0f} ミリ秒",
               "{considered} considered, {excluded} excluded by certification requirements, "
               "{ms:.0f} ms"),
    "verdict": ("{status}（照合したリスト: {lists}）", "{status} (lists: {lists})"),
    "none": ("なし", "none"),
    "note": ("  注記: {note}", "  note: {note}"),
    "bad_lang": ("--lang は ja か en で指定してください", "--lang must be ja or en"),
    "blank_tenant": ("--tenant を空にはできません", "--tenant must not be blank"),
    "no_file": ("ファイルがありません: {file}", "no such file: {file}"),
}  # fmt: skip


def say(key: str, lang: Lang, **values: object) -> str:
    """One message in the command's language, with its figures filled in."""
    ja, en = _TEXT[key]
    return (ja if lang == "ja" else en).format(**values)


def buyer_type(value: str, lang: Lang) -> str:
    """A buyer type as a Japanese reader calls it (English keeps the stored value)."""
    return BUYER_TYPE_JA.get(value, value) if lang == "ja" else value


def status(value: str, lang: Lang) -> str:
    """A screening verdict in words."""
    return STATUS_JA.get(value, value) if lang == "ja" else value


def country(code: str, lang: Lang) -> str:
    """A buyer's country: the Japanese name beside the code in Japanese."""
    return f"{country_name_ja(code)}({code})" if lang == "ja" else code


def screening_note(note: str, demo_only: bool, lang: Lang) -> str:
    """The screener's note (English only in the library) in the command's language."""
    if lang == "en" or not note:
        return note
    if demo_only:
        return DEMO_ONLY_JA
    return NO_LIST_JA if note.startswith("no restricted-party list") else note
