"""Why a shortlist came back empty, in words a user can act on (ja and en)."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from export_assist.geo import country_name, country_name_ja


class EmptyShortlist(BaseModel):
    """Why no buyer was proposed, and the markets the directory holds no buyer in."""

    markets_without_buyers: list[str]
    ja: str
    en: str


def _names(codes: Iterable[str], lang: str) -> str:
    codes = sorted(codes)
    if lang == "ja":
        return "、".join(country_name_ja(c) for c in codes)
    return ", ".join(country_name(c) for c in codes)


def why_empty(
    markets: list[str],
    held: set[str],
    *,
    excluded: int,
    screened_out: int,
    other_goods: int = 0,
) -> EmptyShortlist:
    """The reason for an empty shortlist: no buyer there, buyers of other goods only, hard
    requirements, or screening."""
    missing = [m for m in markets if m not in held]
    if markets and len(missing) == len(markets):
        where_ja, where_en = _names(missing, "ja"), _names(missing, "en")
        have_ja = f"（登録がある国・地域: {_names(held, 'ja')}）" if held else ""
        have_en = f" (it holds buyers in: {_names(held, 'en')})" if held else ""
        return EmptyShortlist(
            markets_without_buyers=missing,
            ja=f"{where_ja}のバイヤーは、検索できるバイヤー名簿にまだ登録されていません{have_ja}。"
            "アドバイザーに相談してください（アドバイザーは自社のバイヤー名簿を取り込めます）。",
            en=f"The buyer directory you can search holds no buyer in {where_en} yet{have_en}. "
            "Ask an advisor (advisors can import a buyer list of their own).",
        )
    # the main reason first; a few held by screening beside it are said, not made the reason
    # (escalation_dev27 d001: one Hamburg buyer held, every other one dealing in other goods,
    # was told "every candidate was held back by screening")
    held_ja = f"（ほかに取引制限リストとの照合で保留: {screened_out}社）" if screened_out else ""
    held_en = (
        f" ({screened_out} more held back by restricted-party screening.)" if screened_out else ""
    )
    if other_goods:
        return EmptyShortlist(
            markets_without_buyers=missing,
            ja=f"この市場で名簿に登録されているバイヤー（{other_goods}社）は、ほかの種類の商品を"
            f"扱うバイヤーだけでした{held_ja}。アドバイザーに相談してください（アドバイザーは自社の"
            "バイヤー名簿を取り込めます）。",
            en=f"The buyers the directory holds in this market ({other_goods}) all deal in other "
            f"kinds of goods.{held_en} Ask an advisor (advisors can import a buyer list of their own).",
        )
    if excluded:
        return EmptyShortlist(
            markets_without_buyers=missing,
            ja=f"条件に合わないバイヤー（{excluded}社: 必要な認証・最低発注額など）を除くと、"
            f"候補が残りませんでした{held_ja}。条件を見直すか、アドバイザーに相談してください。",
            en=f"No buyer is left once those that do not fit your profile ({excluded}: "
            f"certifications, minimum order and the like) are left out.{held_en} Review those "
            "details or ask an advisor.",
        )
    if screened_out:
        return EmptyShortlist(
            markets_without_buyers=missing,
            ja="候補はすべて取引制限リストとの照合で保留になりました。アドバイザーに確認を"
            "依頼してください。",
            en="Every candidate was held back by restricted-party screening. Ask an advisor "
            "to review them.",
        )
    return EmptyShortlist(
        markets_without_buyers=missing,
        ja="この製品・市場に合うバイヤーは見つかりませんでした。製品の説明やHSコードを"
        "変えて試すか、アドバイザーに相談してください。",
        en="No buyer fits this product and market. Try another description or HS code, "
        "or ask an advisor.",
    )
